// The matches part of the extension's TEST-ONLY API (see CustomerProfilesTestApi in src/extension.ts):
// integration tests drive the real host path (panel → controller → SDK → endpoint) with webview-shaped
// messages and answer the merge confirmation and the save dialog, which would otherwise block.
// Panels are one per (connection, domain): every lookup takes an optional connection key (default: the
// current connection's, ConnectionManager.key()).
import vscode = require('vscode');
import type { MatchesPanels } from './index';
import type { MatchesDeps, MatchesPanel } from './panel';
import type { HostMessage } from '../../shared/matches/protocol';
import { MATCHES_VIEW_TYPE, REVIEW_MATCHES_COMMAND, REVIEW_RULE_BASED_MATCHES_COMMAND } from './viewType';
import type { MatchSource } from '../../shared/matches/matchGroup';

/** A panel: its domain (the ML panel), or the domain and source. */
export type PanelRef = string | { readonly domain: string; readonly source: MatchSource };

export interface MatchesTestApi {
  /** Runs "Review Rule-based Matches…" for the domain and resolves once its panel is connected. */
  openRuleBased(domain: string): Promise<void>;
  /** Runs "Review Matches…" for the domain (opens or reveals its panel) and resolves once it is connected. */
  open(domain: string): Promise<void>;
  isOpen(domain: PanelRef, connectionKey?: string): boolean;
  /** Closes the domain's panel, as closing its tab. */
  close(domain: PanelRef, connectionKey?: string): void;
  /** Hands a message to the panel exactly where the webview's messages arrive (before any validation). */
  postFromWebview(domain: PanelRef, message: unknown, connectionKey?: string): Promise<void>;
  /** Every message the host posts to the domain's webview from now on (until the listener is disposed). */
  onDidPostToWebview(domain: PanelRef, listener: (message: HostMessage) => void, connectionKey?: string): vscode.Disposable;
  /** Why the panel is detached (its connection is gone or its domain was deleted); undefined while attached. */
  detachedReason(domain: PanelRef, connectionKey?: string): string | undefined;
  /** The key panels of the current connection are filed under (ConnectionManager.key()). */
  currentConnectionKey(): string;
  /**
   * As if the extension host died in the middle of the domain's bulk merge: nothing more reaches its journal,
   * the run stops starting groups, the panel closes; resolves once the calls in flight came back (answers lost).
   */
  simulateHostCrash(domain: PanelRef, connectionKey?: string): Promise<void>;
  /** Answers merge confirmations instead of the modal (undefined: the modal again). Records what was asked. */
  answerConfirmations(answer: ((message: string, detail: string) => boolean) | undefined): void;
  /** Answers the export save dialog with this file (undefined: the dialog again). */
  answerSaveDialog(target: vscode.Uri | undefined): void;
  /** Restores a panel from a webview's saved state exactly as the serializer does after a window reload. */
  restoreFromState(state: unknown): Promise<void>;
}

export function createMatchesTestApi(
  deps: MatchesDeps,
  restore: (panel: vscode.WebviewPanel, state: unknown) => Promise<void>,
  panels: MatchesPanels,
): MatchesTestApi {
  const keyOr = (connectionKey: string | undefined): string => connectionKey ?? deps.connectionKey();
  const find = (ref: PanelRef, connectionKey?: string): MatchesPanel | undefined =>
    typeof ref === 'string' ? panels().of(ref, keyOr(connectionKey)) : panels().of(ref.domain, keyOr(connectionKey), ref.source);
  const panel = (ref: PanelRef, connectionKey?: string): MatchesPanel => {
    const open = find(ref, connectionKey);
    if (!open) throw new Error(`No matches panel is open for ${JSON.stringify(ref)} on ${keyOr(connectionKey)}.`);
    return open;
  };
  return {
    open: async (domain) => { await vscode.commands.executeCommand(REVIEW_MATCHES_COMMAND, domain); },
    openRuleBased: async (domain) => { await vscode.commands.executeCommand(REVIEW_RULE_BASED_MATCHES_COMMAND, domain); },
    isOpen: (domain, key) => find(domain, key) !== undefined,
    close: (domain, key) => panel(domain, key).close(),
    postFromWebview: (domain, message, key) => panel(domain, key).receive(message),
    onDidPostToWebview: (domain, listener, key) => panel(domain, key).onDidPost(listener),
    detachedReason: (domain, key) => panel(domain, key).detachedReason,
    currentConnectionKey: () => deps.connectionKey(),
    simulateHostCrash: (domain, key) => panel(domain, key).simulateHostCrash(),
    answerConfirmations(answer) {
      deps.confirm = answer ? async (message, detail) => answer(message, detail) : undefined;
    },
    answerSaveDialog(target) {
      deps.pickSaveTarget = target ? async () => target : undefined;
    },
    async restoreFromState(state) {
      // As VS Code hands the serializer a fresh panel of the view type (without scripts until restored).
      const panel = vscode.window.createWebviewPanel(MATCHES_VIEW_TYPE, 'Matches', vscode.ViewColumn.Active, {});
      await restore(panel, state);
    },
  };
}
