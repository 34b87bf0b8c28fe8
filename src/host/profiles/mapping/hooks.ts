// The one seam between the mapping preview and the extension's test API (src/testApi.ts `mapping`). Lives in the
// entry bundle and is handed to the lazily loaded host bundle as an argument (a module singleton would not be
// shared across bundles). Only the test API, which exists only in ExtensionMode.Test, sets the stubs.
import type vscode = require('vscode');
import type { MappingHostMessage, MappingTarget, MappingView } from '../../../shared/objectTypes/protocol';
import type { ProfileRef } from '../profileRef';

export interface MappingSampleInput {
  readonly text: string;
  readonly label: string;
  readonly uri?: string;
  readonly live: boolean;
}

/** What the test API sees of an open preview. */
export interface MappingPanelHandle {
  readonly target: MappingTarget;
  readonly connectionKey: string;
  view(): MappingView | undefined;
  /** As if the webview posted `message` (unvalidated: the controller validates it). */
  receive(message: unknown): Promise<void>;
  close(): void;
}

export interface MappingHooks {
  /** Replaces the quick pick of the sample's source. */
  pickSample?: (target: MappingTarget) => Promise<MappingSampleInput | undefined>;
  /** Replaces VS Code's modal (a modal cannot be answered from an extension-host test). */
  confirm?: (message: string, detail: string, action: string) => Promise<boolean>;
  /** Replaces executing OPEN_PROFILE_COMMAND (registered by the profile view). */
  openProfile?: (ref: ProfileRef) => Promise<void>;
  /** The serializer's restore path (set by registerMapping; the test API drives it with a saved state). */
  restore?: (panel: vscode.WebviewPanel, state: unknown) => Promise<void>;
  /** Open previews by panel key (connection, domain, object type). */
  readonly panels: Map<string, MappingPanelHandle>;
  /** Every message a preview posts to its webview. */
  readonly listeners: Set<(target: MappingTarget, message: MappingHostMessage) => void>;
}

export const mappingHooks: MappingHooks = { panels: new Map(), listeners: new Set() };

export function mappingPanelKey(connectionKey: string, target: MappingTarget): string {
  return `${connectionKey}\u0000${target.domainName}\u0000${target.objectTypeName}`;
}
