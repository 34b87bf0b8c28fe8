// The vscode side of the Customer Profiles tree: adapts ExplorerModel (explorerModel.ts, pure) to a
// TreeDataProvider, turns nodes into TreeItems, and drives the welcome views through a context key.
// A connection change reloads everything once, here.
import vscode = require('vscode');
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import type { ConnectionManager } from '../connection/connectionManager';
import type { DomainFilterStore } from './domainFilter';
import { ExplorerModel, type ExplorerState } from './explorerModel';
import type { DomainNode, ExplorerNode, LoadMoreNode, ProfilesNode, ResourceNode } from './nodes';
import { presentNode } from './presentation';
import { markdownTooltip, toTreeItem } from './treeItem';
import type { ProfileQuery } from '../profiles/search/query';
import type { ProfileSearchRowsFactory } from './profilesItems';
import type { ProfileSearchOutcome, ProfileSearchTree } from '../profiles/search/types';
import type * as TooltipText from './tooltipText';

export type { ExplorerState } from './explorerModel';

/** Test-mode seams (set only by the test API): a modal cannot be answered from an extension-host test. */
export interface ExplorerHooks {
  confirm?: (message: string, detail: string, action: string) => Promise<boolean>;
  /** Delays of the status checks after Start / Stop Upload Job. */
  recheckMs?: readonly number[];
}

/** What the tree remembers across reloads (viewState.ts): expanded rows render expanded again. */
export interface ExpansionMemory {
  isExpanded(nodeId: string): boolean;
}

export interface ExplorerOptions {
  pageSize(): number;
  autoRefreshJobs(): boolean;
  /** The domain list failed (not for missing credentials, which shows the welcome view). */
  onRootError?(error: ErrorDescription): void;
  /** The rows under Profiles items and their searches (the lazily loaded profile search code). */
  readonly profileSearchRows?: ProfileSearchRowsFactory;
  /** The domain and object-type tooltip builders, loaded on the first hover of such a row. */
  tooltipText(): typeof TooltipText;
  /** What a failed call means for this connection (the lazily loaded error texts). */
  describeError(err: unknown): ErrorDescription;
}

export class ExplorerTreeDataProvider implements vscode.TreeDataProvider<ExplorerNode>, ProfileSearchTree, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly stateEmitter = new vscode.EventEmitter<ExplorerState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly childrenEmitter = new vscode.EventEmitter<readonly ExplorerNode[]>();
  /** Fired with every children list handed to VS Code (the view state re-selects a remembered row). */
  readonly onDidLoadChildren = this.childrenEmitter.event;
  readonly hooks: ExplorerHooks = {};
  expansion: ExpansionMemory | undefined;
  private readonly model: ExplorerModel;
  private readonly subscription: vscode.Disposable;
  private readonly connection: ConnectionManager;

  constructor(connection: ConnectionManager, filter: DomainFilterStore, log: Logger, options: ExplorerOptions) {
    this.model = new ExplorerModel({
      connectionKey: () => connection.key(),
      api: () => connection.api(),
      describe: options.describeError,
      tooltipText: options.tooltipText,
      filter: () => filter.value,
      pageSize: options.pageSize,
      autoRefreshJobs: options.autoRefreshJobs,
      log,
      changed: (node) => this.changed.fire(node),
      stateChanged: (state) => {
        void vscode.commands.executeCommand('setContext', 'customerProfiles.explorerState', state);
        this.stateEmitter.fire(state);
      },
      rootError: options.onRootError,
      profileSearchRows: options.profileSearchRows,
    });
    this.connection = connection;
    this.subscription = connection.onDidChange(() => this.model.refreshAll());
  }

  get state(): ExplorerState {
    return this.model.state;
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return toTreeItem(node, presentNode(node), this.expansion?.isExpanded(node.id) ?? false);
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    const children = await this.model.children(node);
    this.childrenEmitter.fire(children);
    return children;
  }

  /** The connection's client (the upload-job commands call the service with it). */
  api(): ReturnType<ConnectionManager['api']> {
    return this.connection.api();
  }

  /** Reloads the folder listing `node` (after Start / Stop Upload Job). */
  refreshListOf(node: ResourceNode): void {
    this.model.refreshListOf(node);
  }

  /** The view was hidden (false) or shown (true): polling of running jobs pauses while nobody can see it. */
  setVisible(visible: boolean): void {
    this.model.setPollingPaused(!visible);
  }

  /** Lazily fills the tooltip of nodes whose details need a Get* call (domains, object types). */
  async resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): Promise<vscode.TreeItem> {
    const text = this.model.tooltip(node);
    if (text) item.tooltip = markdownTooltip(await text);
    return item;
  }

  /** Re-fetches the "Matches" item of the domain (e.g. after a merge changed its PotentialMatches). */
  refreshMatches(domainName: string): void {
    this.model.refreshMatches(domainName);
  }

  /** Reloads everything (no node), a subtree, or retries a failed list. */
  refresh(node?: ExplorerNode): void {
    if (node) this.model.refresh(node);
    else this.model.refreshAll();
  }

  /** Re-renders the domains after the filter changed, without reloading anything. */
  refreshFilter(): void {
    this.changed.fire(undefined);
  }

  searchProfiles(domainName: string, query: ProfileQuery): Promise<ProfileSearchOutcome> {
    return this.model.profiles.run(domainName, query);
  }

  clearProfileSearch(domainName: string): void {
    this.model.profiles.clear(domainName);
  }

  /**
   * Parents for TreeView.reveal: a Profiles item after Search Profiles…, and the row selected before a window
   * reload (a resource's parent is the folder that lists it; a domain's items' parent is the domain).
   */
  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.kind === 'profiles' ? this.loadedDomain(node.domainName) : this.model.parentOf(node);
  }

  /**
   * The domain's current Profiles item, loading the root's first page if the tree never showed (a search from the
   * palette before the view was opened); undefined if the domain is not among the loaded domains.
   */
  async profilesNodeOf(domainName: string): Promise<ProfilesNode | undefined> {
    if (!this.loadedDomain(domainName)) await this.getChildren();
    const domain = this.loadedDomain(domainName);
    return domain ? this.model.profiles.node(domain) : undefined;
  }

  private loadedDomain(domainName: string): DomainNode | undefined {
    return this.model.loadedResources().find((n): n is DomainNode => n.kind === 'domain' && n.domainName === domainName);
  }

  loadMore(node: LoadMoreNode): Promise<void> {
    return this.model.loadMore(node);
  }

  listsWithMore(): { label: string; node: LoadMoreNode }[] {
    return this.model.listsWithMore();
  }

  loadedResources(): ResourceNode[] {
    return this.model.loadedResources();
  }

  dispose(): void {
    this.model.dispose();
    this.subscription.dispose();
    this.changed.dispose();
    this.stateEmitter.dispose();
    this.childrenEmitter.dispose();
  }
}
