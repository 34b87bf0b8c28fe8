// Explorer node DATA: plain objects (kind, ids, the raw API item). No presentation, no vscode.
// Node objects are created once per loaded page and reused, so the tree can refresh them by identity.
import type { PageItem } from '../../aws/paging';
import type { ErrorDescription } from '../../shared/describeError';
import type { RuleBasedConfig } from '../../shared/rules/config';
import type { ProfileQuery } from '../profiles/search/query';
import type { NodePresentation } from './presentationTypes';

export type DomainItem = PageItem<'ListDomains'>;
export type ObjectTypeItem = PageItem<'ListProfileObjectTypes'>;
export type IdentityResolutionJobItem = PageItem<'ListIdentityResolutionJobs'>;
export type UploadJobItem = PageItem<'ListUploadJobs'>;
export type WorkflowItem = PageItem<'ListWorkflows'>;
/** A SearchProfiles result: the profile with the FoundByItems that found it. */
export type ProfileItem = PageItem<'SearchProfiles'>;

export type FolderKind = 'objectTypes' | 'identityResolutionJobs' | 'uploadJobs' | 'workflows';

interface NodeBase {
  /** Unique in the whole tree (includes the connection), stable across refreshes. */
  readonly id: string;
}

export interface DomainNode extends NodeBase {
  readonly kind: 'domain';
  readonly domainName: string;
  readonly item: DomainItem;
}

export interface FolderNode extends NodeBase {
  readonly kind: 'folder';
  readonly folder: FolderKind;
  readonly domainName: string;
}

export interface ObjectTypeNode extends NodeBase {
  readonly kind: 'objectType';
  readonly domainName: string;
  readonly objectTypeName: string;
  readonly item: ObjectTypeItem;
}

export interface IdentityResolutionJobNode extends NodeBase {
  readonly kind: 'identityResolutionJob';
  readonly domainName: string;
  readonly jobId: string;
  readonly item: IdentityResolutionJobItem;
}

export interface UploadJobNode extends NodeBase {
  readonly kind: 'uploadJob';
  readonly domainName: string;
  readonly jobId: string;
  readonly item: UploadJobItem;
}

export interface WorkflowNode extends NodeBase {
  readonly kind: 'workflow';
  readonly domainName: string;
  readonly workflowId: string;
  readonly item: WorkflowItem;
}

/** Potential matches of the domain's latest identity-resolution run, as of `summary`. */
export interface MatchesSummary {
  /** GetMatches PotentialMatches. */
  readonly potentialMatches?: number;
  readonly matchGenerationDate?: Date;
}

/**
 * The domain's "Matches" item (opens the matches review). Its description needs a GetMatches call: the model
 * creates the node without `summary` (or `summaryError`) and sets them on THIS object once the call settles, then
 * re-renders just this item. VS Code refreshes an item by the object it was given, and re-rendering the domain
 * instead would drop its descendants' handles (a context-menu command on an object type then got no node).
 */
export interface MatchesNode extends NodeBase {
  readonly kind: 'matches';
  readonly domainName: string;
  summary?: MatchesSummary;
  summaryError?: string;
}

/** How many rule-based match groups ListRuleBasedMatches listed, counted up to a bound. */
export interface RuleMatchesCount {
  /** Groups counted (at most the bound). */
  readonly count: number;
  /** True when the service has more than `count` (the count stopped at the bound). */
  readonly more: boolean;
  /** The bound the counting stops at. */
  readonly limit: number;
}

/**
 * The domain's "Rule-based Matches" item (opens the matches review over the rule-based source), shown only when
 * the domain has RuleBasedMatching enabled. Created once GetDomain answered; `count` follows once counted
 * (never counted while the service is still PENDING / IN_PROGRESS: there are no matches yet). Like Matches, a
 * later GetDomain or count updates this object in place and re-renders this item only.
 */
export interface RuleMatchesNode extends NodeBase {
  readonly kind: 'ruleMatches';
  readonly domainName: string;
  config: RuleBasedConfig;
  count?: RuleMatchesCount;
  countError?: string;
}

/**
 * The domain's "Profiles" item. Its children offer "Search Profiles…" and the recent searches, or, once a search
 * ran, the result profiles. Replaced (same id) when a search is shown or cleared; `search` names the one shown.
 */
export interface ProfilesNode extends NodeBase {
  readonly kind: 'profiles';
  readonly domainName: string;
  readonly search?: ProfileQuery;
}

/**
 * The nodes under a Profiles item are made by the lazily loaded search code (profileSearches.ts), which decides their
 * presentation (profilePresentation.ts) as it makes them: the entry bundle renders them without that code.
 */
interface PresentedNode extends NodeBase {
  readonly presentation: NodePresentation;
}

/** A profile found by the domain's search. `domainName` + `profileId` make it a ProfileRef (profileRef.ts). */
export interface ProfileNode extends PresentedNode {
  readonly kind: 'profile';
  readonly domainName: string;
  readonly profileId: string;
  readonly item: ProfileItem;
}

/** "Search Profiles…" (no query) or a recent search (click runs it again) under a Profiles item. */
export interface ProfileSearchActionNode extends PresentedNode {
  readonly kind: 'profileSearchAction';
  readonly domainName: string;
  readonly query?: ProfileQuery;
}

/** The first row of a search's results: what was searched and how many profiles are shown. */
export interface ProfileResultsNode extends PresentedNode {
  readonly kind: 'profileResults';
  readonly domainName: string;
  readonly query: ProfileQuery;
  readonly shown: number;
  readonly more: boolean;
}

/** Fetches the next page of the list `listKey` when clicked. */
export interface LoadMoreNode extends NodeBase {
  readonly kind: 'loadMore';
  readonly listKey: string;
  readonly loadedCount: number;
  readonly loading: boolean;
}

/** A list (or its next page) failed to load. */
export interface ErrorNode extends NodeBase {
  readonly kind: 'error';
  readonly listKey: string;
  /** The row's label, translated: "Failed to load object types". */
  readonly label: string;
  readonly error: ErrorDescription;
}

/** "No object types", "No domains match …". */
export interface PlaceholderNode extends NodeBase {
  readonly kind: 'placeholder';
  readonly label: string;
}

export type ResourceNode = DomainNode | ObjectTypeNode | IdentityResolutionJobNode | UploadJobNode | WorkflowNode | ProfileNode;
export type ExplorerNode =
  | ResourceNode | FolderNode | MatchesNode | RuleMatchesNode | ProfilesNode | ProfileSearchActionNode | ProfileResultsNode
  | LoadMoreNode | ErrorNode | PlaceholderNode;

const RESOURCE_KINDS: ReadonlySet<ExplorerNode['kind']> = new Set(['domain', 'objectType', 'identityResolutionJob', 'uploadJob', 'workflow', 'profile']);

export function isResourceNode(node: ExplorerNode): node is ResourceNode {
  return RESOURCE_KINDS.has(node.kind);
}

/** The resource's own name/id (what "Copy Name" copies). */
export function resourceName(node: ResourceNode): string {
  switch (node.kind) {
    case 'domain':
      return node.domainName;
    case 'objectType':
      return node.objectTypeName;
    case 'identityResolutionJob':
    case 'uploadJob':
      return node.jobId;
    case 'workflow':
      return node.workflowId;
    case 'profile':
      return node.profileId;
  }
}
