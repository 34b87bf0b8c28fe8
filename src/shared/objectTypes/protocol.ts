// The message protocol between the mapping preview webview ("Test Mapping with Sample…") and the extension
// host. Pure: both the host and the webview bundle import it.
//
// Handshake: the webview posts `ready`; the host answers with the current `view` (and posts a new `view`
// whenever the preview changes: sample edited, refresh, ingest). Requests (webview -> host) carry a
// `requestId`; the host answers each with `done` or `error` carrying it. The host validates every message
// (src/host/profiles/mapping/validateMessage.ts) before anything reaches the API.
import type { DecisionView, FoundProfile } from './attachDecision';
import type { MappingPreview } from './types';

export const MAPPING_VIEW_TYPE = 'customerProfiles.mappingPreview';

/** What the preview tests: one object type of one domain. */
export interface MappingTarget {
  readonly domainName: string;
  readonly objectTypeName: string;
}

export interface IngestAvailability {
  readonly available: boolean;
  /** Why not (not the sandbox, refused, detached…), or what it would do. */
  readonly reason: string;
}

export interface IngestResult {
  readonly uniqueKey: string;
  /** The profile holding the object afterwards, found by the extracted keys (SearchProfiles). */
  readonly profile?: FoundProfile;
  readonly message: string;
}

export interface MappingView {
  readonly target: MappingTarget;
  readonly connectionLabel: string;
  /** "untitled:Untitled-1", "customer.json (selection, lines 3–9)", "pasted text"… */
  readonly sampleLabel: string;
  /** The preview follows edits of the sample's document. */
  readonly live: boolean;
  readonly status: 'loading' | 'ready' | 'error';
  /** Why the object type could not be read, or the sample cannot be used (invalid JSON with the position). */
  readonly error?: string;
  /** The last good preview stays shown under an error (nothing lost). */
  readonly preview?: MappingPreview;
  readonly decision?: DecisionView;
  readonly ingest: IngestAvailability;
  readonly ingested?: IngestResult;
  /** Set once the preview no longer belongs to the current connection: every action is disabled. */
  readonly detached?: string;
  /** What the webview saves for a reload (the serializer), or why it cannot. */
  readonly persist: MappingPersistedState | { readonly notRestorable: string };
}

/** The webview's saved state (vscode.setState): enough for the serializer to reopen the preview. */
export interface MappingPersistedState {
  readonly kind: 'mappingPreview';
  readonly target: MappingTarget;
  readonly connectionKey: string;
  readonly connectionLabel: string;
  readonly sampleLabel: string;
  /** The sample's document (re-opened and followed again when it still exists). */
  readonly sampleUri?: string;
  /** A snapshot of the sample text (used when the document is gone, e.g. an untitled one). */
  readonly sampleText: string;
}

/** Above this a sample is not saved in the webview state: the preview says it cannot be restored. */
export const MAX_PERSISTED_SAMPLE_CHARS = 256 * 1024;

// ---- webview -> host ----------------------------------------------------------------------------------
export interface MappingReadyMessage { readonly type: 'ready' }
export interface MappingRefreshRequest { readonly type: 'refresh'; readonly requestId: number }
export interface MappingIngestRequest { readonly type: 'ingest'; readonly requestId: number }
/** Opens a profile the preview showed (the attach target or the ingested profile): OPEN_PROFILE_COMMAND. */
export interface MappingOpenProfileRequest { readonly type: 'openProfile'; readonly requestId: number; readonly profileId: string }
export type MappingRequest = MappingRefreshRequest | MappingIngestRequest | MappingOpenProfileRequest;
export type MappingWebviewMessage = MappingReadyMessage | MappingRequest;
export const MAPPING_MESSAGE_TYPES: readonly MappingWebviewMessage['type'][] = ['ready', 'refresh', 'ingest', 'openProfile'];

// ---- host -> webview ----------------------------------------------------------------------------------
export interface MappingViewMessage { readonly type: 'view'; readonly view: MappingView }
export interface MappingDoneMessage { readonly type: 'done'; readonly requestId: number }
export interface MappingErrorMessage { readonly type: 'error'; readonly requestId?: number; readonly message: string; readonly rejected?: boolean }
export type MappingHostMessage = MappingViewMessage | MappingDoneMessage | MappingErrorMessage;
