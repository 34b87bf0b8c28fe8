// The one message protocol between the profile view's webview and the extension host. Pure (no vscode, no DOM):
// both the host and the webview bundle import it.
//
// Handshake: the webview posts `ready`; the host answers `init` and then pushes one `section` message per part of
// the view as it loads (profile, keys, objects, history, similar), each `loading`, then `ready` or `error` (a
// stopped endpoint fails one section, which offers Retry; the others still show). Requests (webview -> host) carry
// a `requestId` and the view's `profileId`; the host answers each with `done` or `error` carrying the requestId.
// Everything the webview shows arrives as data and is put in the DOM with textContent.
import type { AttributeRow, HistoryRow, KeyRow, ObjectGroupView, SimilarGroupView } from './presentation';

export const PROFILE_VIEW_TYPE = 'customerProfiles.profile';

export const SECTIONS = ['profile', 'keys', 'objects', 'history', 'similar'] as const;
export type SectionName = (typeof SECTIONS)[number];

export const MATCH_TYPES = ['ML_BASED_MATCHING', 'RULE_BASED_MATCHING'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

export const PROFILE_ACTIONS = ['edit', 'addKey', 'delete'] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

// ---- webview -> host ------------------------------------------------------------------------------------

export interface ReadyMessage { readonly type: 'ready' }

interface RequestBase { readonly requestId: number; readonly profileId: string }

export interface RefreshRequest extends RequestBase { readonly type: 'refresh' }
export interface RetryRequest extends RequestBase { readonly type: 'retry'; readonly section: SectionName }
export interface LoadMoreObjectsRequest extends RequestBase { readonly type: 'loadMoreObjects'; readonly objectTypeName: string }
export interface LoadMoreHistoryRequest extends RequestBase { readonly type: 'loadMoreHistory' }
/** Reads one history record's Content (GetProfileHistoryRecord); the id must be a listed record. */
export interface OpenHistoryRecordRequest extends RequestBase { readonly type: 'openHistoryRecord'; readonly recordId: string }
/** Opens another profile's view; the id must be one the similar section listed. */
export interface OpenProfileRequest extends RequestBase { readonly type: 'openProfile'; readonly otherProfileId: string }
/** Opens that match group in the matches panel; the group must be one the similar section listed. */
export interface OpenMatchRequest extends RequestBase { readonly type: 'openMatch'; readonly matchType: MatchType; readonly matchId: string }
export interface ActionRequest extends RequestBase { readonly type: 'action'; readonly action: ProfileAction }

export type WebviewRequest =
  | RefreshRequest | RetryRequest | LoadMoreObjectsRequest | LoadMoreHistoryRequest | OpenHistoryRecordRequest
  | OpenProfileRequest | OpenMatchRequest | ActionRequest;
export type WebviewRequestType = WebviewRequest['type'];
export const WEBVIEW_REQUEST_TYPES: readonly WebviewRequestType[] = [
  'refresh', 'retry', 'loadMoreObjects', 'loadMoreHistory', 'openHistoryRecord', 'openProfile', 'openMatch', 'action',
];
export type WebviewMessage = ReadyMessage | WebviewRequest;
/** A request as the webview's client builds it (the client adds requestId and profileId). */
export type RequestBody = WebviewRequest extends infer R ? (R extends WebviewRequest ? Omit<R, 'requestId' | 'profileId'> : never) : never;

// ---- host -> webview ------------------------------------------------------------------------------------

export interface InitMessage {
  readonly type: 'init';
  readonly domainName: string;
  readonly profileId: string;
  readonly connectionLabel: string;
  readonly connectionKey: string;
}

export interface ProfileSectionData {
  readonly name: string;
  readonly standard: readonly AttributeRow[];
  /** Standard members the profile has no value for (listed, so "all attributes" is visible at a glance). */
  readonly unset: readonly string[];
  readonly attributes: readonly AttributeRow[];
}
export interface KeysSectionData { readonly keys: readonly KeyRow[]; readonly derivation: string }
export interface ObjectsSectionData { readonly groups: readonly ObjectGroupView[] }
export interface HistorySectionData { readonly rows: readonly HistoryRow[]; readonly more: boolean }
export interface SimilarSectionData { readonly groups: readonly SimilarGroupView[]; readonly notes: readonly string[] }

export interface SectionDataMap {
  readonly profile: ProfileSectionData;
  readonly keys: KeysSectionData;
  readonly objects: ObjectsSectionData;
  readonly history: HistorySectionData;
  readonly similar: SimilarSectionData;
}

export type SectionState<S extends SectionName = SectionName> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly data: SectionDataMap[S] };

export type SectionMessage = { [S in SectionName]: { readonly type: 'section'; readonly section: S; readonly state: SectionState<S> } }[SectionName];

/** The content of one history record (GetProfileHistoryRecord), pretty-printed when it is JSON. */
export interface HistoryRecordMessage {
  readonly type: 'historyRecord';
  readonly recordId: string;
  readonly content: string;
  /** MERGED / DELETED_BY_MERGE: the merge's ids as the record names them. */
  readonly merge?: { readonly mainProfileId: string; readonly profileIdsToBeMerged: readonly string[] };
}

/** The view no longer acts: its connection changed, or it was restored on another connection (final). */
export interface DetachedMessage { readonly type: 'detached'; readonly reason: string }
/** The profile was deleted (here or elsewhere): the view says so; nothing can be changed any more. */
export interface GoneMessage { readonly type: 'gone'; readonly reason: string }
export interface DoneMessage { readonly type: 'done'; readonly requestId: number }
export interface ErrorMessage { readonly type: 'error'; readonly requestId?: number; readonly message: string }

export type HostMessage = InitMessage | SectionMessage | HistoryRecordMessage | DetachedMessage | GoneMessage | DoneMessage | ErrorMessage;

/** What the webview saves (vscode.setState) and the serializer restores a view from after a reload. */
export interface ProfileWebviewState {
  readonly connectionKey: string;
  readonly domainName: string;
  readonly profileId: string;
  readonly connectionLabel?: string;
}
