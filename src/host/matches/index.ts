// Entry of the matches feature: registers the "Review Matches…" command and the panel serializer. Kept
// small: the panel and everything behind it load on first use (src/extension.ts hands in `panels`, which loads
// the matchesHost bundle on its first call).
import vscode = require('vscode');
import { isDomainName, isMatchId } from '../../shared/matches/ids';
import type { MatchesDeps, MatchesPanel } from './panel';

/** The panels' class, from the lazily loaded host bundle. */
export type MatchesPanels = () => typeof MatchesPanel;
import type { MatchesWebviewState } from '../../shared/matches/protocol';
import { MATCHES_VIEW_TYPE, REVIEW_MATCHES_COMMAND, REVIEW_RULE_BASED_MATCHES_COMMAND } from './viewType';
import type { MatchSource } from '../../shared/matches/matchGroup';

export type { DeletedDomain, MatchesDeps, MatchesConnection } from './panel';
export type { MatchesBackend } from './backend';
export { MATCHES_VIEW_TYPE, REVIEW_MATCHES_COMMAND, REVIEW_RULE_BASED_MATCHES_COMMAND } from './viewType';
export { matchesDepsFor } from './connectionDeps';

/**
 * The command's argument: a domain name (palette/API), or a tree node from the explorer carrying the domain
 * as `domainName` or `domain` (domain node or its "Matches" child). Anything else → ask.
 */
export function domainFromArgument(arg: unknown): string | undefined {
  if (isDomainName(arg)) return arg;
  if (arg && typeof arg === 'object') {
    const { domainName, domain } = arg as { domainName?: unknown; domain?: unknown };
    if (isDomainName(domainName)) return domainName;
    if (isDomainName(domain)) return domain;
  }
  return undefined;
}

/** `{ domainName, matchId }` (the profile view's "Open in matches panel"): the group to open once it is loaded. */
export function matchIdFromArgument(arg: unknown): string | undefined {
  const matchId = arg && typeof arg === 'object' ? (arg as { matchId?: unknown }).matchId : undefined;
  return isMatchId(matchId) ? matchId : undefined;
}

/** The webview's saved state as handed to the serializer: its domain and the connection it belongs to. */
export function restoredPanel(state: unknown): { domain: string; connectionKey?: string; connectionLabel?: string; source: MatchSource } | undefined {
  const saved = state as Partial<MatchesWebviewState> | undefined;
  if (!isDomainName(saved?.domain)) return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 2048 ? v : undefined);
  // Anything but 'rules' (including states saved before panels had a source) is the ML panel.
  const source: MatchSource = saved.source === 'rules' ? 'rules' : 'ml';
  return { domain: saved.domain, connectionKey: text(saved.connectionKey), connectionLabel: text(saved.connectionLabel), source };
}

/** The saved state's domain (restoredPanel(state)?.domain). */
export function restoredDomain(state: unknown): string | undefined {
  return restoredPanel(state)?.domain;
}

/** The extension's command wrapper: logs a failure and shows it once, with next steps and Retry. */
export type CommandRunner = (command: string, fn: (...args: unknown[]) => Promise<unknown>) => vscode.Disposable;

export function registerMatches(context: vscode.ExtensionContext, deps: MatchesDeps, panels: MatchesPanels, run: CommandRunner): void {
  context.subscriptions.push(
    run(REVIEW_MATCHES_COMMAND, async (arg?: unknown) => {
      const domain = domainFromArgument(arg) ?? (await pickDomain(deps, 'ml'));
      if (domain) await panels().show(context, deps, domain, 'ml', matchIdFromArgument(arg));
    }),
    // The same panel over rule-based matching (ListRuleBasedMatches + GetSimilarProfiles), same argument forms.
    run(REVIEW_RULE_BASED_MATCHES_COMMAND, async (arg?: unknown) => {
      const domain = domainFromArgument(arg) ?? (await pickDomain(deps, 'rules'));
      if (domain) await panels().show(context, deps, domain, 'rules', matchIdFromArgument(arg));
    }),
    vscode.window.registerWebviewPanelSerializer(MATCHES_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => restoreMatchesPanel(context, deps, panels, panel, state),
    }),
  );
}

/** What the serializer does with a panel VS Code restored after a reload (also used by the test API). */
export async function restoreMatchesPanel(context: vscode.ExtensionContext, deps: MatchesDeps, panels: MatchesPanels, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  const saved = restoredPanel(state);
  // Without a saved domain there is nothing to restore (e.g. the webview never got going).
  if (!saved) return panel.dispose();
  await panels().restore(context, deps, panel, saved);
}

/** A failure to list domains propagates to the command wrapper, which logs it and shows it once with next steps. */
async function pickDomain(deps: MatchesDeps, source: MatchSource): Promise<string | undefined> {
  const domains = await deps.listDomains();
  if (domains.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No Customer Profiles domains on this connection.'));
    return undefined;
  }
  return source === 'rules'
    ? vscode.window.showQuickPick(domains, { title: vscode.l10n.t('Review Rule-based Matches'), placeHolder: vscode.l10n.t('Domain whose rule-based matches to review') })
    : vscode.window.showQuickPick(domains, { title: vscode.l10n.t('Review Matches'), placeHolder: vscode.l10n.t('Domain whose matches to review') });
}
