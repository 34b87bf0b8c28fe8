// The TEST-ONLY API that activate() returns when VS Code runs the extension's tests (ExtensionMode.Test), and
// never otherwise: it hands out the user's client and lets a caller skip merge and save confirmations, so an
// installed extension must not expose it to other extensions. Integration tests (test/integration) use it to
// assert the tree's real children and to answer modals that cannot be clicked from an extension-host test.
import vscode = require('vscode');
import type { CustomerProfilesApi } from './aws/client';
import type { RunningSandbox } from './sandbox/index';
import type { ConnectionManager } from './host/connection/connectionManager';
import type { ConnectionSpec, ResolvedConnection } from './shared/connection/types';
import type { DomainJsonTestApi } from './host/domainJson/index';
import type { ResourceJsonDocuments } from './host/explorer/jsonDocuments';
import type { ExplorerNode, LoadMoreNode, ResourceNode } from './host/explorer/nodes';
import { presentNode, type NodePresentation } from './host/explorer/presentation';
import type { ExplorerHooks, ExplorerState, ExplorerTreeDataProvider } from './host/explorer/treeDataProvider';
import type { MatchesDeps, MatchesPanels } from './host/matches/index';
import { createMatchesTestApi, type MatchesTestApi } from './host/matches/testApi';
import { createMappingTestApi, type MappingTestApi } from './host/profiles/mapping/testApi';
import type { ProfilesDeps, ProfilesHost } from './host/profiles/index';
import type { ProfileViewTestApi } from './host/profiles/view/hostApi';
import { createProfileSearchTestApi, type ProfileSearchTestApi } from './host/profiles/search/testApi';
import type { SearchPrompts } from './host/profiles/search/prompts';
import type { MappingHooks } from './host/profiles/mapping/hooks';

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
    /** Answers the explorer's modals (Start / Stop Upload Job) and shortens its status re-checks. */
    readonly hooks: ExplorerHooks;
  };
  readonly connection: {
    current(): ConnectionSpec;
    /** ConnectionManager.key(): the identity of the current connection. */
    key(): string;
    resolved(): ResolvedConnection | undefined;
    api(): Promise<CustomerProfilesApi>;
    readonly onDidChange: vscode.Event<void>;
  };
  readonly sandbox: {
    start(): Promise<RunningSandbox>;
    stop(): Promise<boolean>;
    running(): RunningSandbox | undefined;
  };
  /** Folder of the extension's log files (the "Customer Profiles" output channel is written there). */
  readonly logUri: vscode.Uri;
  openAsJson(node: ResourceNode): Promise<vscode.TextDocument>;
  /** Domain / object-type JSON editor: prompt stubs, document URIs, save diagnostics. */
  readonly domainJson: DomainJsonTestApi;
  readonly matches: MatchesTestApi;
  /** Test Mapping with Sample: sample/confirmation/open-profile stubs, the open previews' views. */
  readonly mapping: MappingTestApi;
  /** The profile view: its rendered sections, webview-shaped messages, answers to its pickers and confirmations. */
  readonly profileView: ProfileViewTestApi;
  /** Answers Search Profiles…'s prompts from a script and records what they offered. */
  readonly profileSearch: ProfileSearchTestApi;
}

export interface TestApiParts {
  readonly context: vscode.ExtensionContext;
  readonly provider: ExplorerTreeDataProvider;
  readonly connection: ConnectionManager;
  readonly documents: ResourceJsonDocuments;
  readonly domainJson: DomainJsonTestApi;
  readonly matchesDeps: MatchesDeps;
  /** The panel serializer's restore path (the matches test API drives it with a saved state). */
  restoreMatchesPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  readonly matchesPanels: MatchesPanels;
  readonly profilesDeps: ProfilesDeps;
  readonly profilesHost: ProfilesHost;
  /** Search Profiles…'s prompt holder (src/host/profiles/search/register.ts searchPrompts). */
  readonly profileSearchPrompts: { current?: SearchPrompts };
  /** The mapping preview's hooks, the entry bundle's one instance (this API is a bundle of its own). */
  readonly mappingHooks: MappingHooks;
}

export function createTestApi({ context, provider, connection, documents, domainJson, matchesDeps, restoreMatchesPanel, matchesPanels, profilesDeps, profilesHost, profileSearchPrompts, mappingHooks }: TestApiParts): CustomerProfilesTestApi {
  return {
    explorer: {
      getChildren: (node) => provider.getChildren(node),
      getTreeItem: (node) => provider.resolveTreeItem(provider.getTreeItem(node), node),
      present: presentNode,
      refresh: (node) => provider.refresh(node),
      loadMore: (node) => provider.loadMore(node),
      state: () => provider.state,
      onDidChangeTreeData: provider.onDidChangeTreeData,
      hooks: provider.hooks,
    },
    connection: {
      current: () => connection.spec(),
      key: () => connection.key(),
      resolved: () => connection.resolved,
      api: () => connection.api(),
      onDidChange: connection.onDidChange,
    },
    sandbox: {
      start: () => connection.startSandbox(),
      stop: () => connection.stopSandbox(),
      running: () => connection.runningSandbox,
    },
    logUri: context.logUri,
    openAsJson: (node) => documents.open(node),
    domainJson,
    matches: createMatchesTestApi(matchesDeps, restoreMatchesPanel, matchesPanels),
    mapping: createMappingTestApi(mappingHooks),
    // A getter: the profile view's test API lives in the lazy profilesHost bundle (loaded on first use).
    get profileView() {
      return profilesHost().profileViewHost.testApi(profilesDeps);
    },
    profileSearch: createProfileSearchTestApi(profileSearchPrompts),
  };
}
