// What the matches feature needs from Customer Profiles. The real implementation (awsBackend.ts) wraps the
// src/aws facade; tests and the browser harness use in-memory ones. Plain data in and out, no SDK types.
import type { Page } from '../../aws/paging';
import type { ProfileRecord } from '../../shared/profile';
import type { MatchItemLike } from '../../shared/matches/matchGroup';
import type { MergeProfilesRequest } from '../../shared/matches/mergeRequests';
import type { RuleBasedConfig } from '../../shared/rules/config';

export interface DomainMatchingInfo {
  /** Matching.AutoMerging.MinAllowedConfidenceScoreForMerging, when auto-merging is configured. */
  readonly autoMergeThreshold?: number;
  /** Matching.Enabled. */
  readonly matchingEnabled?: boolean;
  /** RuleBasedMatching, parsed (src/shared/rules/config.ts); absent when the domain has none. */
  readonly ruleBased?: RuleBasedConfig;
}

/** One ListRuleBasedMatches page: MatchIds only (each group is looked up with GetSimilarProfiles). */
export type RuleMatchIdsPage = Page<string>;

/**
 * One rule-based group from GetSimilarProfiles (MatchType RULE_BASED_MATCHING, SearchKey MATCH_ID_SEARCH_KEY).
 * `undefined` from getRuleBasedGroup: the MatchId no longer resolves (the group was merged or changed since
 * ListRuleBasedMatches listed it).
 */
export interface RuleBasedGroup {
  readonly matchId: string;
  readonly profileIds: readonly string[];
  readonly ruleLevel?: number;
}

/** One GetMatches page, in the shape of the project's one paging helper (src/aws/paging.ts), plus its metadata. */
export interface MatchesPage extends Page<MatchItemLike> {
  readonly potentialMatches?: number;
  readonly matchGenerationDate?: Date;
}

export interface BatchProfiles {
  readonly profiles: readonly ProfileRecord[];
  /** Requested ids that did not come back (BatchGetProfile Errors / absent): merged or deleted since. */
  readonly missing: readonly string[];
}

/** What a successful MergeProfiles answer tells: its request id (x-amzn-RequestId), for the merge journal. */
export interface MergeAnswer {
  readonly requestId?: string;
}

export interface MatchesBackend {
  getDomain(domain: string, signal?: AbortSignal): Promise<DomainMatchingInfo>;
  /** One GetMatches page (MaxResults 100). */
  getMatchesPage(domain: string, nextToken?: string, signal?: AbortSignal): Promise<MatchesPage>;
  /** One BatchGetProfile call: at most BATCH_GET_PROFILE_IDS (20) ids. */
  batchGetProfiles(domain: string, profileIds: readonly string[], signal?: AbortSignal): Promise<BatchProfiles>;
  /** One MergeProfiles call: at most MERGE_IDS_PER_CALL (20) ids to be merged. Resolves the answer's request id. */
  mergeProfiles(request: MergeProfilesRequest): Promise<MergeAnswer>;
  /** One ListRuleBasedMatches page (MaxResults 100). */
  listRuleBasedMatchesPage(domain: string, nextToken?: string, signal?: AbortSignal): Promise<RuleMatchIdsPage>;
  /** The group of one MatchId (every GetSimilarProfiles page of it); undefined when the MatchId no longer resolves. */
  getRuleBasedGroup(domain: string, matchId: string, signal?: AbortSignal): Promise<RuleBasedGroup | undefined>;
}
