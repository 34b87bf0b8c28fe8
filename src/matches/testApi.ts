// The matches part of the extension's TEST-ONLY API (see CustomerProfilesTestApi in src/extension.ts):
// integration tests drive the real host path (panel → controller → SDK → endpoint) with webview-shaped
// messages and answer the merge confirmation, which a modal would otherwise block.
import vscode = require('vscode');
import { loadMatchesHost } from '../lazy';
import type { MatchesDeps, MatchesPanel } from './panel';
import type { HostMessage } from './protocol';
import { REVIEW_MATCHES_COMMAND } from './viewType';

export interface MatchesTestApi {
  /** Runs "Review Matches…" for the domain (opens or reveals its panel) and resolves once it is connected. */
  open(domain: string): Promise<void>;
  isOpen(domain: string): boolean;
  /** Closes the domain's panel, as closing its tab. */
  close(domain: string): void;
  /** Hands a message to the panel exactly where the webview's messages arrive (before any validation). */
  postFromWebview(domain: string, message: unknown): Promise<void>;
  /** Every message the host posts to the domain's webview from now on (until the listener is disposed). */
  onDidPostToWebview(domain: string, listener: (message: HostMessage) => void): vscode.Disposable;
  /**
   * As if the extension host died in the middle of the domain's bulk merge: nothing more reaches its journal,
   * the run stops starting groups, the panel closes; resolves once the calls in flight came back (answers lost).
   */
  simulateHostCrash(domain: string): Promise<void>;
  /** Answers merge confirmations instead of the modal (undefined: the modal again). Records what was asked. */
  answerConfirmations(answer: ((message: string, detail: string) => boolean) | undefined): void;
}

export function createMatchesTestApi(deps: MatchesDeps): MatchesTestApi {
  const panel = (domain: string): MatchesPanel => {
    const open = loadMatchesHost().MatchesPanel.of(domain);
    if (!open) throw new Error(`No matches panel is open for ${domain}.`);
    return open;
  };
  return {
    open: async (domain) => { await vscode.commands.executeCommand(REVIEW_MATCHES_COMMAND, domain); },
    isOpen: (domain) => loadMatchesHost().MatchesPanel.of(domain) !== undefined,
    close: (domain) => panel(domain).close(),
    postFromWebview: (domain, message) => panel(domain).receive(message),
    onDidPostToWebview: (domain, listener) => panel(domain).onDidPost(listener),
    simulateHostCrash: (domain) => panel(domain).simulateHostCrash(),
    answerConfirmations(answer) {
      deps.confirm = answer ? async (message, detail) => answer(message, detail) : undefined;
    },
  };
}
