// The real MatchesBackend: the src/aws facade (CustomerProfilesApi from loadAws().createCustomerProfilesApi).
// Type-only import, so the extension bundle stays free of the SDK; the API object is created by the caller.
import type { CustomerProfilesApi } from '../../aws/index';
import type { ProfileRecord } from '../../shared/profile';
import type { BatchProfiles, DomainMatchingInfo, MatchesBackend, MatchesPage, MergeAnswer, RuleBasedGroup, RuleMatchIdsPage } from './backend';
import { isNotFound } from './domainGone';
import { parseRuleBasedConfig } from '../../shared/rules/config';
import { MATCH_ID_SEARCH_KEY } from '../../shared/rules/similarProfilesKeys';
import { BATCH_GET_PROFILE_IDS, GET_MATCHES_PAGE_SIZE, MERGE_IDS_PER_CALL } from '../../shared/matches/limits';
import type { MergeProfilesRequest } from '../../shared/matches/mergeRequests';

const RULE_MATCHES_PAGE_SIZE = 100;
const SIMILAR_PROFILES_PAGE_SIZE = 100;
const MAX_SIMILAR_PROFILES_PAGES = 50;

export function createAwsMatchesBackend(api: CustomerProfilesApi): MatchesBackend {
  return {
    async getDomain(domain, signal): Promise<DomainMatchingInfo> {
      const out = await api.call('GetDomain', { DomainName: domain }, { abortSignal: signal });
      const threshold = out.Matching?.AutoMerging?.MinAllowedConfidenceScoreForMerging;
      return {
        autoMergeThreshold: typeof threshold === 'number' ? threshold : undefined, matchingEnabled: out.Matching?.Enabled,
        ruleBased: parseRuleBasedConfig(out.RuleBasedMatching),
      };
    },

    async getMatchesPage(domain, nextToken, signal): Promise<MatchesPage> {
      // `call`, not `fetchPage`: PotentialMatches and MatchGenerationDate live beside the items. The paging
      // loop itself is the project's iteratePages (see controller.ts).
      const out = await api.call('GetMatches', { DomainName: domain, MaxResults: GET_MATCHES_PAGE_SIZE, NextToken: nextToken }, { abortSignal: signal });
      return {
        items: out.Matches ?? [],
        nextToken: out.NextToken || undefined,
        potentialMatches: out.PotentialMatches,
        matchGenerationDate: out.MatchGenerationDate,
      };
    },

    async listRuleBasedMatchesPage(domain, nextToken, signal): Promise<RuleMatchIdsPage> {
      const out = await api.call('ListRuleBasedMatches', { DomainName: domain, MaxResults: RULE_MATCHES_PAGE_SIZE, NextToken: nextToken }, { abortSignal: signal });
      return { items: (out.MatchIds ?? []).filter((id) => typeof id === 'string' && id.length > 0), nextToken: out.NextToken || undefined };
    },

    async getRuleBasedGroup(domain, matchId, signal): Promise<RuleBasedGroup | undefined> {
      const profileIds: string[] = [];
      let ruleLevel: number | undefined;
      let nextToken: string | undefined;
      let pages = 0;
      do {
        let out;
        try {
          out = await api.call('GetSimilarProfiles', {
            DomainName: domain, MatchType: 'RULE_BASED_MATCHING', SearchKey: MATCH_ID_SEARCH_KEY, SearchValue: matchId,
            MaxResults: SIMILAR_PROFILES_PAGE_SIZE, NextToken: nextToken,
          }, { abortSignal: signal });
        } catch (e) {
          // A MatchId listed a moment ago can be gone (its group was merged or re-matched): not a failure of the load.
          if (isNotFound(e) && pages === 0) return undefined;
          throw e;
        }
        profileIds.push(...(out.ProfileIds ?? []));
        ruleLevel ??= typeof out.RuleLevel === 'number' ? out.RuleLevel : undefined;
        nextToken = out.NextToken || undefined;
        // A group is at most a few hundred profiles; the bound stops a token that never ends.
      } while (nextToken && ++pages < MAX_SIMILAR_PROFILES_PAGES);
      return profileIds.length === 0 ? undefined : { matchId, profileIds: [...new Set(profileIds)], ruleLevel };
    },

    async batchGetProfiles(domain, profileIds, signal): Promise<BatchProfiles> {
      if (profileIds.length > BATCH_GET_PROFILE_IDS) throw new RangeError(`BatchGetProfile takes at most ${BATCH_GET_PROFILE_IDS} ids`);
      const out = await api.call('BatchGetProfile', { DomainName: domain, ProfileIds: [...profileIds] }, { abortSignal: signal });
      // The SDK's Profile has the same wire members as ProfileRecord (plus FoundByItems, unused here).
      const profiles = (out.Profiles ?? []).filter((p) => typeof p.ProfileId === 'string') as unknown as ProfileRecord[];
      const returned = new Set(profiles.map((p) => p.ProfileId));
      return { profiles, missing: profileIds.filter((id) => !returned.has(id)) };
    },

    async mergeProfiles(request: MergeProfilesRequest): Promise<MergeAnswer> {
      let requestId: string | undefined;
      if (request.ProfileIdsToBeMerged.length > MERGE_IDS_PER_CALL) throw new RangeError(`MergeProfiles takes at most ${MERGE_IDS_PER_CALL} ids`);
      await api.call('MergeProfiles', {
        DomainName: request.DomainName,
        MainProfileId: request.MainProfileId,
        ProfileIdsToBeMerged: [...request.ProfileIdsToBeMerged],
        FieldSourceProfileIds: request.FieldSourceProfileIds,
      }, { onRequestId: (id) => { requestId = id; } });
      return { requestId };
    },
  };
}
