// Entry point. Activation is cheap on purpose: no SDK, no sandbox, no I/O. The heavy bundles load on
// first use through src/lazy.ts (the tree's first getChildren, a connection command, the sandbox).
import vscode = require('vscode');
import { loadAws } from './lazy';
import type { CustomerProfilesApi } from './aws/client';
import type { RunningSandbox } from './sandbox/index';
import { ResourceArns } from './connection/accountIds';
import { ConnectionManager } from './connection/connectionManager';
import { registerConnectionCommands } from './connection/commands';
import { registerDomainJson, type DomainJsonTestApi } from './domainJson/index';
import { readAutoRefreshJobs, readPageSize } from './connection/settings';
import { createConnectionStatusBar } from './connection/statusBar';
import type { ConnectionSpec, ResolvedConnection } from './connection/types';
import { registerExplorerCommands } from './explorer/commands';
import { matchesDepsFor, registerMatches, restoreMatchesPanel, type DeletedDomain, type MatchesDeps } from './matches/index';
import { createMatchesTestApi, type MatchesTestApi } from './matches/testApi';
import { DomainFilterStore } from './explorer/domainFilter';
import { JSON_SCHEME, ResourceJsonDocuments } from './explorer/jsonDocuments';
import type { ExplorerNode, LoadMoreNode, ResourceNode } from './explorer/nodes';
import { presentNode, type NodePresentation } from './explorer/presentation';
import { ExplorerTreeDataProvider, type ExplorerState } from './explorer/treeDataProvider';
import { showErrorNotification } from './util/errorNotification';

/**
 * TEST-ONLY API returned from activate() for the integration tests (test/integration). It exposes the
 * real objects behind the UI so tests can assert the tree's actual children. Not a public contract:
 * other extensions must not depend on it.
 */
export interface CustomerProfilesTestApi {
  readonly explorer: {
    getChildren(node?: ExplorerNode): Promise<ExplorerNode[]>;
    /** The TreeItem VS Code would show, with the lazily resolved tooltip filled in. */
    getTreeItem(node: ExplorerNode): Promise<vscode.TreeItem>;
    present(node: ExplorerNode): NodePresentation;
    refresh(node?: ExplorerNode): void;
    loadMore(node: LoadMoreNode): Promise<void>;
    state(): ExplorerState;
    readonly onDidChangeTreeData: vscode.Event<ExplorerNode | undefined>;
  };
  readonly connection: {
    current(): ConnectionSpec;
    resolved(): ResolvedConnection | undefined;
    api(): Promise<CustomerProfilesApi>;
    readonly onDidChange: vscode.Event<void>;
  };
  readonly sandbox: {
    start(): Promise<RunningSandbox>;
    stop(): Promise<boolean>;
    running(): RunningSandbox | undefined;
  };
  openAsJson(node: ResourceNode): Promise<vscode.TextDocument>;
  /** Domain / object-type JSON editor: prompt stubs, document URIs, save diagnostics. */
  readonly domainJson: DomainJsonTestApi;
  readonly matches: MatchesTestApi;
}

export function activate(context: vscode.ExtensionContext): CustomerProfilesTestApi {
  const log = vscode.window.createOutputChannel('Customer Profiles', { log: true });
  const connection = new ConnectionManager(log);
  const filter = new DomainFilterStore(context.workspaceState);
  const provider = new ExplorerTreeDataProvider(connection, filter, log, {
    pageSize: readPageSize,
    autoRefreshJobs: readAutoRefreshJobs,
    onRootError: (error) => void showErrorNotification(error, () => provider.refresh()),
  });
  const treeView = vscode.window.createTreeView('customerProfiles.explorer', { treeDataProvider: provider, showCollapseAll: true });
  const documents = new ResourceJsonDocuments(connection);
  const arns = new ResourceArns(connection);

  const showFilter = (): void => {
    treeView.description = filter.value ? `filter: ${filter.value}` : undefined;
    void vscode.commands.executeCommand('setContext', 'customerProfiles.domainFilterActive', filter.value !== undefined);
  };
  showFilter();

  // Every command reports failures the same way: logged, then a message with the next step.
  const run = (command: string, fn: (...args: unknown[]) => Promise<unknown>): vscode.Disposable =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        log.error(`${command} failed: ${(err as Error)?.message ?? String(err)}`);
        const spec = connection.spec();
        const described = loadAws().describeError(err, { profile: spec.profile, endpoint: connection.resolved?.endpoint ?? spec.endpoint });
        void showErrorNotification(described, () => vscode.commands.executeCommand(command, ...args));
        return undefined;
      }
    });

  context.subscriptions.push(
    log,
    connection,
    provider,
    treeView,
    documents,
    vscode.workspace.registerTextDocumentContentProvider(JSON_SCHEME, documents),
    createConnectionStatusBar(connection),
    ...registerConnectionCommands(connection, log, run),
    ...registerExplorerCommands({ provider, arns, documents, filter, showLog: () => log.show(true), onFilterChanged: showFilter }, run),
  );
  const domainJson = registerDomainJson(context, {
    connection,
    log,
    arns,
    refreshTree: () => provider.refresh(),
    describeError: (err) => loadAws().describeError(err, { profile: connection.spec().profile, endpoint: connection.resolved?.endpoint }).message,
    run,
  });
  // The matches review panels share the explorer's connection and log; a merge re-reads the tree's Matches item.
  // Fired once DeleteDomain succeeded, so the domain's matches panel detaches at once. (To be hooked to Delete
  // Domain in src/domainJson; until then a panel detaches on its next call's ResourceNotFound.)
  const domainDeleted = new vscode.EventEmitter<DeletedDomain>();
  context.subscriptions.push(domainDeleted);
  const matchesDeps: MatchesDeps = {
    ...matchesDepsFor(connection, log), onMerged: (domain) => provider.refreshMatches(domain), onDidDeleteDomain: domainDeleted.event,
  };
  registerMatches(context, matchesDeps);

  return {
    explorer: {
      getChildren: (node) => provider.getChildren(node),
      getTreeItem: (node) => provider.resolveTreeItem(provider.getTreeItem(node), node),
      present: presentNode,
      refresh: (node) => provider.refresh(node),
      loadMore: (node) => provider.loadMore(node),
      state: () => provider.state,
      onDidChangeTreeData: provider.onDidChangeTreeData,
    },
    connection: {
      current: () => connection.spec(),
      resolved: () => connection.resolved,
      api: () => connection.api(),
      onDidChange: connection.onDidChange,
    },
    sandbox: {
      start: () => connection.startSandbox(),
      stop: () => connection.stopSandbox(),
      running: () => connection.runningSandbox,
    },
    openAsJson: (node) => documents.open(node),
    domainJson,
    matches: createMatchesTestApi(matchesDeps, (panel, state) => restoreMatchesPanel(context, matchesDeps, panel, state)),
  };
}

export function deactivate(): void {
  // Everything (including a running sandbox) is disposed through context.subscriptions.
}
