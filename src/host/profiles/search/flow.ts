// Search Profiles…'s work, in the lazy profilesHost bundle: the domain (asked when not given), the query (a recent
// search, or composed in the prompts: keys of the domain's object types read on first use), then the search itself
// through the explorer, which shows its results once the first page answered. A failure propagates to the
// command wrapper (logged, shown with Retry); the previous results stay. A successful search is remembered.
import vscode = require('vscode');
import { composeQuery } from './composeQuery';
import { SearchKeyLoader } from './keyLoader';
import { isDomainName } from '../../../shared/matches/ids';
import { vscodePrompts, type SearchPrompts } from './prompts';
import { isProfileQuery, queryLabel, type ProfileQuery } from './query';
import { RecentSearches, type StateStore } from './recentSearches';
import type { ProfileSearchOutcome, ProfileSearchTree } from './types';
import type { ConnectionManager } from '../../connection/connectionManager';

export interface ProfileSearchRun {
  readonly connection: ConnectionManager;
  readonly log: vscode.LogOutputChannel;
  readonly tree: ProfileSearchTree;
  /** Where recent searches are kept (the extension's globalState). */
  readonly state: StateStore;
  /** undefined = VS Code's own prompts. */
  readonly prompts?: SearchPrompts;
}

/** A domain name, a node or request with `domainName`, optionally with a recent search's `query`. */
export function searchArgument(arg: unknown): { domainName?: string; query?: ProfileQuery } {
  if (isDomainName(arg)) return { domainName: arg };
  if (!arg || typeof arg !== 'object') return {};
  const { domainName, query } = arg as { domainName?: unknown; query?: unknown };
  return { domainName: isDomainName(domainName) ? domainName : undefined, query: isProfileQuery(query) ? query : undefined };
}

/** Keys of the object types per connection and domain, for as long as the window lives. */
const keys = new SearchKeyLoader();

async function pickDomain(run: ProfileSearchRun, prompts: SearchPrompts): Promise<string | undefined> {
  const api = await run.connection.api();
  const names: string[] = [];
  for await (const page of api.pages('ListDomains', {}, { pageSize: 100, maxPages: 10 })) names.push(...page.items.map((d) => d.DomainName ?? '').filter(Boolean));
  if (names.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No Customer Profiles domains on this connection.'));
    return undefined;
  }
  return (await prompts.pick(names.map((label) => ({ label })), { title: vscode.l10n.t('Search Profiles'), placeHolder: vscode.l10n.t('Domain whose profiles to search') }))?.label;
}

export async function runProfileSearch(run: ProfileSearchRun, arg: unknown): Promise<ProfileSearchOutcome | undefined> {
  const given = searchArgument(arg);
  const prompts = run.prompts ?? vscodePrompts;
  const recent = new RecentSearches(run.state);
  const domainName = given.domainName ?? (await pickDomain(run, prompts));
  if (!domainName) return undefined;
  const connectionKey = run.connection.key();
  let query = given.query;
  if (!query) {
    const catalog = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading the search keys of the object types…') },
      () => keys.catalog(connectionKey, domainName, () => run.connection.api()),
    );
    if (catalog.error) run.log.warn(`Search Profiles: the object types of ${domainName} could not be read; offering the standard keys only: ${(catalog.error as Error)?.message ?? String(catalog.error)}`);
    query = await composeQuery(domainName, catalog, recent.list(connectionKey, domainName), prompts);
    if (!query) return undefined;
  }
  const chosen = query;
  const outcome = await vscode.window.withProgress({ location: { viewId: 'customerProfiles.explorer' } }, () => run.tree.searchProfiles(domainName, chosen));
  await recent.remember(connectionKey, domainName, chosen);
  const found = `${outcome.shown}${outcome.more ? '+' : ''}`;
  run.log.info(`Search Profiles in ${domainName}: ${queryLabel(chosen)} → ${found} shown`);
  vscode.window.setStatusBarMessage(vscode.l10n.t('{0}: {1} profile(s) for {2}', domainName, found, queryLabel(chosen)), 5000);
  return outcome;
}
