// The one message protocol between the matches webview and the extension host. Pure (no vscode, no DOM):
// both the host and the webview bundle import it.
//
// Handshake: the webview posts `ready`; the host answers `init`, then streams `groupsPage` pushes. A webview
// that sent `ready` with `paintAck` posts `firstPaint` once the first page after each `init` is on screen; the
// host holds the remaining pages until then (or a short timeout), so the first rows paint without competing
// with the rest of the stream.
// Requests (webview -> host) carry a `requestId` and the panel's `domain`; the host answers each request
// with exactly one message carrying the same `requestId` (see ResponseFor), or an `error` with it.
import type { FieldSourceProfileIds, ProfileRecord } from '../profile';
import type { BulkMergeReport } from './bulkMerge';
import type { ExportFormat } from './exportGroups';
import type { JournalReport } from './mergeJournal';
import type { GroupFilter, SortOrder } from './groupFilter';
import type { ReviewState, SettableReviewState } from './reviewState';
import type { MatchSource } from './matchGroup';
import type { RuleBasedConfig } from '../rules/config';

export type { ReviewState, SettableReviewState } from './reviewState';

/** A group as the webview sees it. */
export interface GroupSummary {
  readonly matchId: string;
  readonly profileIds: readonly string[];
  readonly score: number;
  readonly state: ReviewState;
  /** Rule-based groups: RuleLevel. */
  readonly level?: number;
  /** Rule-based groups whose MatchId no longer resolves: why (see MatchGroup.unresolved). */
  readonly unresolved?: string;
}

// ---- webview -> host ------------------------------------------------------------------------------------

export interface ReadyMessage {
  readonly type: 'ready';
  /** The webview will post `firstPaint` after painting the first page of each load. */
  readonly paintAck?: boolean;
}

/** The first page after `init` has been painted: the host may stream the rest. */
export interface FirstPaintMessage { readonly type: 'firstPaint' }

/**
 * Rule-based panels: groups the webview wants before the rest (e.g. the group open before a reload). The host
 * looks these MatchIds up first; unknown ones are ignored. At most MAX_WANTED_GROUPS ids.
 */
export interface WantGroupsMessage { readonly type: 'wantGroups'; readonly matchIds: readonly string[] }
export const MAX_WANTED_GROUPS = 200;

interface RequestBase { readonly requestId: number; readonly domain: string }

export interface LoadProfilesRequest extends RequestBase { readonly type: 'loadProfiles'; readonly profileIds: readonly string[] }
export interface SetReviewStateRequest extends RequestBase { readonly type: 'setReviewState'; readonly matchId: string; readonly state: SettableReviewState }
export interface MergeRequest extends RequestBase {
  readonly type: 'merge';
  readonly matchId: string;
  readonly mainProfileId: string;
  readonly profileIdsToBeMerged: readonly string[];
  readonly fieldSourceProfileIds: FieldSourceProfileIds;
}
export interface CancelLoadingRequest extends RequestBase { readonly type: 'cancelLoading' }
export interface ReloadRequest extends RequestBase { readonly type: 'reload' }
export interface ExportRequest extends RequestBase {
  readonly type: 'export';
  readonly format: ExportFormat;
  /** Only these groups, in this order (the webview's filtered list); absent = every loaded group. */
  readonly matchIds?: readonly string[];
}
/** ML panels send minScore ("score ≥"), rule-based panels maxLevel ("level ≤"): exactly one of them. */
export type BulkMergeRequest = RequestBase & { readonly type: 'bulkMerge' } & ({ readonly minScore: number; readonly maxLevel?: undefined } | { readonly maxLevel: number; readonly minScore?: undefined });
/** The bulk-merge report's buttons; `runId` names the journal the webview showed (a stale one is refused). */
export interface ResumeBulkMergeRequest extends RequestBase { readonly type: 'resumeBulkMerge'; readonly runId: string }
export interface RetryFailedMergesRequest extends RequestBase { readonly type: 'retryFailedMerges'; readonly runId: string }
export interface ExportMergeReportRequest extends RequestBase { readonly type: 'exportMergeReport'; readonly runId: string; readonly format: ExportFormat }
export interface DismissMergeReportRequest extends RequestBase { readonly type: 'dismissMergeReport'; readonly runId: string }

export type WebviewRequest =
  | LoadProfilesRequest | SetReviewStateRequest | MergeRequest | CancelLoadingRequest | ReloadRequest
  | ExportRequest | BulkMergeRequest | ResumeBulkMergeRequest | RetryFailedMergesRequest | ExportMergeReportRequest
  | DismissMergeReportRequest;
export type WebviewMessage = ReadyMessage | FirstPaintMessage | WantGroupsMessage | WebviewRequest;
export type WebviewRequestType = WebviewRequest['type'];
export const WEBVIEW_REQUEST_TYPES: readonly WebviewRequestType[] = [
  'loadProfiles', 'setReviewState', 'merge', 'cancelLoading', 'reload', 'export', 'bulkMerge',
  'resumeBulkMerge', 'retryFailedMerges', 'exportMergeReport', 'dismissMergeReport',
];

/** Limit on ids per loadProfiles request (the host chunks them into BatchGetProfile calls of 20). */
export const MAX_PROFILE_IDS_PER_LOAD = 200;
/** Limit on matchIds per export request (far above any real domain's PotentialMatches; bounds the check). */
export const MAX_EXPORT_MATCH_IDS = 100_000;

// ---- host -> webview ------------------------------------------------------------------------------------

export interface InitMessage {
  readonly type: 'init';
  readonly domain: string;
  readonly connectionLabel: string;
  /** Domain's Matching.AutoMerging.MinAllowedConfidenceScoreForMerging, when auto-merging is configured. */
  readonly autoMergeThreshold?: number;
  /** ISO timestamp of the job run the matches come from. */
  readonly matchGenerationDate?: string;
  readonly potentialMatches?: number;
  /** Identity of the panel's connection (ConnectionManager.key()); saved in the webview state. */
  readonly connectionKey?: string;
  /** Persisted review states of this run (MatchId -> state; absent = unreviewed). */
  readonly reviewStates: Readonly<Record<string, ReviewState>>;
  /** Which matching the panel reviews (absent = 'ml'). */
  readonly source?: MatchSource;
  /** Rule-based panels: the domain's RuleBasedMatching (for the levels' rules and "why do these match"). */
  readonly ruleConfig?: RuleBasedConfig;
  /** customerProfiles.matching.defaultPhoneRegion when set and valid (see phoneRegionSetting); absent = US. */
  readonly defaultPhoneRegion?: string;
}

/** The matching settings changed (onDidChangeConfiguration): the open group's highlighting is redrawn with them. */
export interface MatchingSettingsMessage { readonly type: 'matchingSettings'; readonly defaultPhoneRegion?: string }

/**
 * The value of customerProfiles.matching.defaultPhoneRegion to use: an ISO 3166-1 alpha-2 code (upper-cased), or
 * undefined for empty or invalid (settings.json is hand-edited; package.json's pattern only warns).
 */
export function phoneRegionSetting(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

export interface GroupsPageMessage {
  readonly type: 'groupsPage';
  readonly groups: readonly GroupSummary[];
  /** Groups loaded so far, including this page. */
  readonly loaded: number;
  /** PotentialMatches, when the service reported it. */
  readonly total?: number;
  readonly done: boolean;
  /** Set on the last message when the reviewer cancelled loading. */
  readonly cancelled?: boolean;
  /** MatchItems dropped because they had no MatchId or ProfileIds. */
  readonly unusable?: number;
}

export interface ProfilesMessage {
  readonly type: 'profiles';
  readonly requestId?: number;
  readonly profiles: readonly ProfileRecord[];
  /** Ids BatchGetProfile did not return: merged or deleted since the job. */
  readonly missingIds: readonly string[];
}

export interface ReviewStatesMessage {
  readonly type: 'reviewStates';
  readonly requestId?: number;
  readonly states: Readonly<Record<string, ReviewState>>;
}

export interface MergeResultMessage {
  readonly type: 'mergeResult';
  readonly requestId?: number;
  readonly matchId: string;
  readonly outcome: 'merged' | 'cancelled' | 'failed';
  /** The API error, when failed. */
  readonly error?: string;
  readonly callsDone: number;
  readonly callsTotal: number;
}

export interface ExportResultMessage {
  readonly type: 'exportResult';
  readonly requestId: number;
  readonly saved: boolean;
  readonly target?: string;
  /** Groups written, when saved. */
  readonly count?: number;
  /** Rows exported without every profile's name/email (their profiles could not be fetched), when any. */
  readonly incompleteRows?: number;
  /** Groups exported, and PotentialMatches when loading stopped early (the export covers only the loaded ones). */
  readonly rows?: number;
  readonly potentialMatches?: number;
}
export interface BulkMergeResultMessage { readonly type: 'bulkMergeResult'; readonly requestId: number; readonly report?: BulkMergeReport; readonly cancelled?: boolean }
/**
 * The bulk-merge journal's report: pushed after `init` when a run needs attention (interrupted, failures,
 * groups not started), and as the answer to the report's buttons. No report = nothing to show (dismissed).
 */
export interface MergeReportMessage {
  readonly type: 'mergeReport';
  readonly requestId?: number;
  readonly report?: JournalReport;
}
export interface AckMessage { readonly type: 'ack'; readonly requestId: number }

export interface ErrorMessage {
  readonly type: 'error';
  /** The request this answers; absent for errors of the host's own work (e.g. loading matches). */
  readonly requestId?: number;
  readonly matchId?: string;
  readonly message: string;
  /** True when the host refused the message itself (validation), as opposed to an API failure. */
  readonly rejected?: boolean;
}

/**
 * The panel no longer belongs to a usable connection or domain (the connection changed, the domain was
 * deleted, or a restored panel's connection is not the current one). Final: the webview shows `reason` and
 * disables every action; the host refuses every request from it before any API call.
 */
export interface DetachedMessage { readonly type: 'detached'; readonly reason: string }

/**
 * Search text of groups whose profiles the host fetched in the background (groupSearchText of the group with
 * all its profiles), so search covers every loaded group without the webview holding every profile.
 */
export interface SearchIndexMessage {
  readonly type: 'searchIndex';
  /** [MatchId, lower-cased search text]. */
  readonly entries: ReadonlyArray<readonly [string, string]>;
}

/** Progress of the background profile fetch: "profiles for N of M groups". */
export interface ProfilesProgressMessage {
  readonly type: 'profilesProgress';
  /** Groups whose every profile has been fetched (or is known gone). */
  readonly groupsFetched: number;
  /** Groups loaded so far. */
  readonly groupsTotal: number;
  /** The fetch stopped: every group is covered, or some could not be fetched (failedGroups). */
  readonly done: boolean;
  /** Groups whose profiles could not be fetched (BatchGetProfile failed). */
  readonly failedGroups?: number;
}

/**
 * Open this group once it is loaded (Review Matches run with `{ domainName, matchId }`, e.g. from the profile
 * view's "Open in matches panel"). Sent after `init`, or at once to a panel already open.
 */
export interface SelectGroupMessage { readonly type: 'selectGroup'; readonly matchId: string }

export type HostMessage =
  | InitMessage | GroupsPageMessage | ProfilesMessage | ReviewStatesMessage | MergeResultMessage
  | ExportResultMessage | BulkMergeResultMessage | MergeReportMessage | AckMessage | ErrorMessage
  | DetachedMessage | SearchIndexMessage | ProfilesProgressMessage | SelectGroupMessage | MatchingSettingsMessage;

/** The successful answer to each request type. */
export interface ResponseMap {
  loadProfiles: ProfilesMessage;
  setReviewState: ReviewStatesMessage;
  merge: MergeResultMessage;
  cancelLoading: AckMessage;
  reload: AckMessage;
  export: ExportResultMessage;
  bulkMerge: BulkMergeResultMessage;
  resumeBulkMerge: MergeReportMessage;
  retryFailedMerges: MergeReportMessage;
  exportMergeReport: ExportResultMessage;
  dismissMergeReport: MergeReportMessage;
}
export type ResponseFor<T extends WebviewRequestType> = ResponseMap[T];

/** Distributes Omit over the request union so each member keeps its own fields. */
export type RequestBody<R extends WebviewRequest = WebviewRequest> = R extends WebviewRequest ? Omit<R, 'requestId' | 'domain'> : never;

// ---- webview state (vscode.getState / setState; also what the panel serializer receives) ------------------

export interface MatchesWebviewState {
  readonly domain: string;
  /** Which matching the panel reviews (absent = 'ml'): a restored panel reopens the same source. */
  readonly source?: MatchSource;
  /** The connection the panel belongs to (ConnectionManager.key()), so a restored panel re-attaches to it. */
  readonly connectionKey?: string;
  /** Shown when a restored panel's connection is not the current one. */
  readonly connectionLabel?: string;
  readonly filter?: GroupFilter;
  readonly sort?: SortOrder;
  readonly selectedMatchId?: string;
  readonly scrollTop?: number;
  /** The reviewer folded the overview (histogram, filters) away to give the list more height. */
  readonly overviewCollapsed?: boolean;
}
