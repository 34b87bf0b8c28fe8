// Explorer node DATA: plain objects (kind, ids, the raw API item). No presentation, no vscode.
// Node objects are created once per loaded page and reused, so the tree can refresh them by identity.
import type { PageItem } from '../../aws/paging';
import type { ErrorDescription } from '../../shared/describeError';
import type { RuleBasedConfig } from '../../shared/rules/config';

export type DomainItem = PageItem<'ListDomains'>;
export type ObjectTypeItem = PageItem<'ListProfileObjectTypes'>;
export type IdentityResolutionJobItem = PageItem<'ListIdentityResolutionJobs'>;
export type UploadJobItem = PageItem<'ListUploadJobs'>;
export type WorkflowItem = PageItem<'ListWorkflows'>;

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
 * The domain's "Matches" item (opens the matches review). Its description needs a GetMatches call: the
 * provider creates the node without `summary` (or `summaryError`) and replaces it once the call settles.
 */
export interface MatchesNode extends NodeBase {
  readonly kind: 'matches';
  readonly domainName: string;
  readonly summary?: MatchesSummary;
  readonly summaryError?: string;
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
 * (never counted while the service is still PENDING / IN_PROGRESS: there are no matches yet).
 */
export interface RuleMatchesNode extends NodeBase {
  readonly kind: 'ruleMatches';
  readonly domainName: string;
  readonly config: RuleBasedConfig;
  readonly count?: RuleMatchesCount;
  readonly countError?: string;
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
  /** e.g. "domains", "object types". */
  readonly what: string;
  readonly error: ErrorDescription;
}

/** "No object types", "No domains match …". */
export interface PlaceholderNode extends NodeBase {
  readonly kind: 'placeholder';
  readonly label: string;
}

export type ResourceNode = DomainNode | ObjectTypeNode | IdentityResolutionJobNode | UploadJobNode | WorkflowNode;
export type ExplorerNode = ResourceNode | FolderNode | MatchesNode | RuleMatchesNode | LoadMoreNode | ErrorNode | PlaceholderNode;

const RESOURCE_KINDS: ReadonlySet<ExplorerNode['kind']> = new Set(['domain', 'objectType', 'identityResolutionJob', 'uploadJob', 'workflow']);

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
  }
}
