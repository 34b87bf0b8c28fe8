// Entry point. Activation is cheap on purpose: no SDK, no sandbox, no I/O. The heavy bundles load on
// first use through src/lazy.ts (the tree's first getChildren, a connection command, the sandbox).
import vscode = require('vscode');
import { loadAws, loadConnectionPickers, loadErrorDescriptions, loadUploadJobCommands, loadDomainJsonEditor, loadMatchesHost, loadProfilesHost, loadSandbox, loadTestApi, loadTooltipText } from './lazy';
import { ResourceArns } from './host/connection/accountIds';
import { ConnectionManager } from './host/connection/connectionManager';
import { registerConnectionCommands } from './host/connection/commands';
import { registerDomainJson } from './host/domainJson/index';
import { readAutoRefreshJobs, readPageSize } from './host/connection/settings';
import { createConnectionStatusBar } from './host/connection/statusBar';
import { registerExplorerCommands } from './host/explorer/commands';
import { matchesDepsFor, registerMatches, restoreMatchesPanel, type DeletedDomain, type MatchesDeps } from './host/matches/index';
import { RuleMatchResults } from './host/matches/ruleMatchResults';
import { registerProfiles } from './host/profiles/index';
import { searchPrompts } from './host/profiles/search/register';
import { mappingHooks } from './host/profiles/mapping/hooks';
import { DomainFilterStore } from './host/explorer/domainFilter';
import { JSON_SCHEME, ResourceJsonDocuments } from './host/explorer/jsonDocuments';
import { isOtherConnectionNode } from './host/explorer/nodeIds';
import { ExplorerTreeDataProvider } from './host/explorer/treeDataProvider';
import { trackExplorerViewState } from './host/explorer/viewState';
import type { CustomerProfilesTestApi } from './testApi';
import { showErrorNotification } from './host/util/errorNotification';
import type { ErrorDescription } from './shared/describeError';

export type { CustomerProfilesTestApi } from './testApi';

export function activate(context: vscode.ExtensionContext): CustomerProfilesTestApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Customer Profiles', { log: true });
  // The only place that knows the SDK and the sandbox are separate, lazily loaded bundles.
  const connection = new ConnectionManager(log, {
    createApi: (spec, logger) => loadAws().createCustomerProfilesApi(spec, logger),
    startSandbox: (options) => loadSandbox().startSandbox(options),
    listAwsProfiles: () => loadAws().listAwsProfiles(),
  });
  // What a failed call means for the connection in use; the texts load with the first error (dist/describeError.js).
  const describeError = (err: unknown): ErrorDescription => {
    const spec = connection.spec();
    return loadErrorDescriptions().describeError(err, { profile: spec.profile, endpoint: connection.resolved?.endpoint ?? spec.endpoint });
  };
  const filter = new DomainFilterStore(context.workspaceState);
  const provider = new ExplorerTreeDataProvider(connection, filter, log, {
    pageSize: readPageSize,
    autoRefreshJobs: readAutoRefreshJobs,
    onRootError: (error) => void showErrorNotification(error, () => provider.refresh()),
    profileSearchRows: (deps) => loadProfilesHost().createProfileSearches(deps, context.globalState),
    tooltipText: loadTooltipText,
    describeError,
  });
  const treeView = vscode.window.createTreeView('customerProfiles.explorer', { treeDataProvider: provider, showCollapseAll: true });
  const documents = new ResourceJsonDocuments(connection);
  const arns = new ResourceArns(connection);

  const showFilter = (): void => {
    treeView.description = filter.value ? vscode.l10n.t('filter: {0}', filter.value) : undefined;
    // A view alone in its container shows no description (its header merges into the container's): say it above the tree too.
    treeView.message = filter.value ? vscode.l10n.t('Domain filter: {0}. Clear Domain Filter shows every domain.', filter.value) : undefined;
    void vscode.commands.executeCommand('setContext', 'customerProfiles.domainFilterActive', filter.value !== undefined);
  };
  showFilter();

  // Every command reports failures the same way: logged, then a message with the next step. And none acts on a
  // row the tree still shows from the previous connection (its node names that connection's resource).
  const run = (command: string, fn: (...args: unknown[]) => Promise<unknown>): vscode.Disposable =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      const key = connection.key();
      if (args.some((a) => isOtherConnectionNode(a, key) || (Array.isArray(a) && a.some((n) => isOtherConnectionNode(n, key))))) {
        log.info(`${command}: not run, its row belongs to the previous connection`);
        void vscode.window.showInformationMessage(vscode.l10n.t('That row belongs to the previous connection, so nothing was run. The explorer now lists the current connection: use its row.'));
        return undefined;
      }
      try {
        return await fn(...args);
      } catch (err) {
        log.error(`${command} failed: ${(err as Error)?.message ?? String(err)}`);
        void showErrorNotification(describeError(err), () => vscode.commands.executeCommand(command, ...args));
        return undefined;
      }
    });

  context.subscriptions.push(
    log,
    connection,
    provider,
    treeView,
    trackExplorerViewState(treeView, provider, context.workspaceState, () => connection.key()),
    documents,
    vscode.workspace.registerTextDocumentContentProvider(JSON_SCHEME, documents),
    createConnectionStatusBar(connection),
    ...registerConnectionCommands(connection, log, run, loadConnectionPickers),
    ...registerExplorerCommands({ provider, arns, documents, filter, showLog: () => log.show(true), onFilterChanged: showFilter, loadUploadJobCommands }, run),
  );
  // Fired once DeleteDomain succeeded, so the domain's matches panel detaches at once (a panel also detaches on
  // a ResourceNotFound of its own calls, for a domain deleted elsewhere).
  const domainDeleted = new vscode.EventEmitter<DeletedDomain>();
  context.subscriptions.push(domainDeleted);
  // Rule-based panels record their counts per level here; the domain JSON's hover on a rule reads them.
  const ruleMatchResults = new RuleMatchResults();
  context.subscriptions.push(ruleMatchResults);
  const domainJson = registerDomainJson(context, {
    connection,
    log,
    arns,
    refreshTree: () => provider.refresh(),
    domainDeleted: (domain) => domainDeleted.fire({ connectionKey: connection.key(), domain }),
    describeError: (err) => describeError(err).message,
    ruleMatches: { get: (key, domain) => ruleMatchResults.get(key, domain)?.levels, onDidChange: ruleMatchResults.onDidChange },
    run,
  }, (deps) => loadDomainJsonEditor().createDomainJsonEditor(deps));
  // The matches review panels share the explorer's connection and log; a merge re-reads the tree's Matches item.
  const matchesDeps: MatchesDeps = {
    ...matchesDepsFor(connection, log, (api) => loadMatchesHost().createAwsMatchesBackend(api)), ruleMatchResults, onMerged: (domain) => provider.refreshMatches(domain), onDidDeleteDomain: domainDeleted.event,
  };
  const matchesPanels = (): ReturnType<typeof loadMatchesHost>['MatchesPanel'] => loadMatchesHost().MatchesPanel;
  registerMatches(context, matchesDeps, matchesPanels, run);
  // Search Profiles…, the profile view and the object-type mapping preview (their webviews load on first use).
  // After a search the domain's Profiles item is revealed and expanded, so results found from the palette are in sight.
  const profileSearchTree = {
    searchProfiles: async (...args: Parameters<typeof provider.searchProfiles>) => {
      const outcome = await provider.searchProfiles(...args);
      // A search from the palette may come while the view is hidden (reveal() alone does not show a view never opened).
      void provider.profilesNodeOf(args[0])
        .then(async (node) => {
          if (!node) return;
          if (!treeView.visible) await vscode.commands.executeCommand('workbench.view.extension.customerProfiles');
          await treeView.reveal(node, { expand: true, select: false, focus: false });
        })
        .catch((e: Error) => log.warn(`Could not reveal the search results: ${e.message}`));
      return outcome;
    },
    clearProfileSearch: (domainName: string) => provider.clearProfileSearch(domainName),
  };
  const profilesDeps = { context, connection, log, run, refreshTree: () => provider.refresh(), profileSearchTree };
  context.subscriptions.push(...registerProfiles(profilesDeps, loadProfilesHost));
  // The figure users and `npm test` (runtime.test.ts, both VS Codes) read: what activation costs in a real host.
  log.info(`Activated in ${(performance.now() - started).toFixed(1)} ms`);

  // The test API hands out the user's client and skips confirmations: it exists only when VS Code runs the
  // extension's tests (ExtensionMode.Test), from its own bundle that the .vsix does not carry. Installed
  // extensions export nothing.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return loadTestApi().createTestApi({
    context, provider, connection, documents, domainJson, matchesDeps,
    restoreMatchesPanel: (panel, state) => restoreMatchesPanel(context, matchesDeps, matchesPanels, panel, state),
    matchesPanels, profilesDeps, profilesHost: loadProfilesHost,
    profileSearchPrompts: searchPrompts, mappingHooks,
  });
}

export function deactivate(): void {
  // Everything (including a running sandbox) is disposed through context.subscriptions.
}
