// The Customer Profiles tree: connection → domains → "Matches" + folders (DOMAIN_CHILDREN) → resources.
// Lists are PagedLists keyed by their owner's id; nodes are created once per page so refresh(node)
// can target them. Welcome content (no credentials / no domains) is driven by a context key.
import vscode = require('vscode');
import { describeError, type ErrorDescription } from '../core/describeError';
import type { Logger } from '../log/logger';
import type { ConnectionManager } from '../connection/connectionManager';
import { AutoRefresh } from './autoRefresh';
import { DOMAIN_CHILDREN, folderSpec, type FolderSpec } from './domainChildren';
import { matchesDomainFilter, type DomainFilterStore } from './domainFilter';
import { PagedList, type PageLoader } from './pagedList';
import { fetchMatchesSummary } from './matchesSummary';
import { domainTooltip, objectTypeTooltip, presentNode } from './presentation';
import { markdownTooltip, toTreeItem } from './treeItem';
import type {
  DomainNode,
  ErrorNode,
  ExplorerNode,
  FolderNode,
  LoadMoreNode,
  MatchesNode,
  ResourceNode,
} from './nodes';

/** Drives `viewsWelcome` through the `customerProfiles.explorerState` context key. */
export type ExplorerState = 'loading' | 'ready' | 'noCredentials' | 'noDomains' | 'error';

const ROOT_LIST = 'domains';

interface ListEntry {
  readonly list: PagedList<ResourceNode>;
  /** undefined = the root (domains). */
  readonly owner: FolderNode | undefined;
  readonly spec: FolderSpec | undefined;
}

export interface ExplorerOptions {
  pageSize(): number;
  autoRefreshJobs(): boolean;
  /** The domain list failed (not for missing credentials, which shows the welcome view). */
  onRootError?(error: ErrorDescription): void;
}

export class ExplorerTreeDataProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly stateEmitter = new vscode.EventEmitter<ExplorerState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private lists = new Map<string, ListEntry>();
  private folders = new Map<string, FolderNode[]>();
  private details = new Map<string, Promise<string>>();
  /** The "Matches" item per domain id: without a summary while its GetMatches call runs. */
  private matchesNodes = new Map<string, { readonly domain: DomainNode; node: MatchesNode }>();
  private readonly autoRefresh = new AutoRefresh((listKey) => this.reloadList(listKey));
  private currentState: ExplorerState = 'loading';
  /** Connection the cached lists belong to. */
  private listsKey: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly connection: ConnectionManager,
    private readonly filter: DomainFilterStore,
    private readonly log: Logger,
    private readonly options: ExplorerOptions,
  ) {
    this.subscription = connection.onDidChange(() => this.refresh());
  }

  get state(): ExplorerState {
    return this.currentState;
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return toTreeItem(node, presentNode(node));
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    // Lists belong to one connection. If it changed before its change event reached us, start over.
    const key = this.connection.key();
    if (key !== this.listsKey) {
      this.clearCaches();
      this.listsKey = key;
      if (node) return [];
    }
    if (!node) return this.rootChildren();
    if (node.kind === 'domain') return [this.matchesNodeOf(node), ...this.foldersOf(node)];
    if (node.kind === 'folder') return this.folderChildren(node);
    return [];
  }

  /** Lazily fills the tooltip of nodes whose details need a Get* call (domains, object types). */
  async resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'domain' && node.kind !== 'objectType') return item;
    let text = this.details.get(node.id);
    if (!text) {
      text = this.loadDetails(node);
      this.details.set(node.id, text);
    }
    item.tooltip = markdownTooltip(await text);
    return item;
  }

  /** Re-fetches the "Matches" item of the domain (e.g. after a merge changed its PotentialMatches). */
  refreshMatches(domainName: string): void {
    for (const entry of [...this.matchesNodes.values()]) if (entry.domain.domainName === domainName) this.refresh(entry.node);
  }

  /** Reloads everything (no node), a subtree, or retries a failed list. */
  refresh(node?: ExplorerNode): void {
    if (!node) {
      this.clearCaches();
      this.changed.fire(undefined);
      return;
    }
    switch (node.kind) {
      case 'domain':
        this.details.delete(node.id);
        this.matchesNodes.delete(node.id);
        for (const key of [...this.lists.keys()]) if (key.startsWith(`${node.id}/`)) this.dropList(key);
        this.changed.fire(node);
        return;
      case 'folder':
        this.dropList(node.id);
        this.changed.fire(node);
        return;
      case 'matches':
        for (const [domainId, entry] of this.matchesNodes) {
          if (entry.node.id !== node.id) continue;
          this.matchesNodes.delete(domainId); // fetched again when the domain re-renders
          this.changed.fire(entry.domain);
        }
        return;
      case 'error':
        void this.retry(node);
        return;
      case 'loadMore':
        void this.loadMore(node);
        return;
      case 'placeholder':
        this.refresh();
        return;
      default:
        this.details.delete(node.id);
        this.changed.fire(node);
    }
  }

  /** Re-renders the domains after the filter changed, without reloading anything. */
  refreshFilter(): void {
    this.changed.fire(undefined);
  }

  /** Fetches the next page of the list behind a "Load more…" node (single-flight per list). */
  async loadMore(node: LoadMoreNode): Promise<void> {
    const entry = this.lists.get(node.listKey);
    if (!entry) return;
    await entry.list.loadMore();
    this.changed.fire(entry.owner);
  }

  /** Lists that have another page, for the palette's "Load More". */
  listsWithMore(): { label: string; node: LoadMoreNode }[] {
    return [...this.lists.entries()]
      .filter(([, e]) => e.list.hasMore)
      .map(([key, e]) => ({
        label: e.owner ? `${e.owner.domainName} › ${folderSpec(e.owner.folder).label}` : 'Domains',
        node: this.loadMoreNode(key, e.list),
      }));
  }

  /** Every resource node loaded so far (palette pickers). */
  loadedResources(): ResourceNode[] {
    const all: ResourceNode[] = [];
    const root = this.lists.get(ROOT_LIST);
    if (root) all.push(...root.list.items);
    for (const [key, e] of this.lists) if (key !== ROOT_LIST) all.push(...e.list.items);
    return all;
  }

  dispose(): void {
    this.autoRefresh.cancelAll();
    this.subscription.dispose();
    this.changed.dispose();
    this.stateEmitter.dispose();
  }

  // ---- children ----

  private async rootChildren(): Promise<ExplorerNode[]> {
    const connectionKey = this.connection.key();
    let entry = this.lists.get(ROOT_LIST);
    if (!entry) {
      const list = new PagedList<ResourceNode>(this.logged('domains', async (token) => {
        const api = await this.connection.api();
        const page = await api.fetchPage('ListDomains', {}, token, { pageSize: this.options.pageSize() });
        return {
          items: page.items.map((item): DomainNode => ({ kind: 'domain', id: `${connectionKey}::${item.DomainName ?? ''}`, domainName: item.DomainName ?? '', item })),
          nextToken: page.nextToken,
        };
      }), (n) => n.id);
      entry = { list, owner: undefined, spec: undefined };
      this.lists.set(ROOT_LIST, entry);
      this.setState('loading');
    }
    await entry.list.ensureLoaded();
    if (this.lists.get(ROOT_LIST) !== entry) return this.rootChildren(); // refreshed while loading
    const { list } = entry;
    if (list.error !== undefined && list.items.length === 0) {
      const error = this.describe(list.error);
      if (error.kind === 'noCredentials') {
        this.setState('noCredentials'); // welcome view with "Select AWS Profile" / "Start Local Sandbox"
        return [];
      }
      if (this.currentState !== 'error') this.options.onRootError?.(error);
      this.setState('error');
      return [this.errorNode(ROOT_LIST, 'domains', error)];
    }
    if (list.items.length === 0 && !list.hasMore) {
      this.setState('noDomains');
      return [];
    }
    this.setState('ready');
    const filter = this.filter.value;
    const shown: ExplorerNode[] = list.items.filter((n) => matchesDomainFilter(n.kind === 'domain' ? n.domainName : '', filter));
    if (shown.length === 0) shown.push({ kind: 'placeholder', id: `${ROOT_LIST}#filtered`, label: `No loaded domain matches "${filter ?? ''}"` });
    return [...shown, ...this.tail(ROOT_LIST, list, 'more domains')];
  }

  private foldersOf(domain: DomainNode): FolderNode[] {
    let folders = this.folders.get(domain.id);
    if (!folders) {
      folders = DOMAIN_CHILDREN.map((spec) => ({ kind: 'folder', id: `${domain.id}/${spec.folder}`, folder: spec.folder, domainName: domain.domainName }));
      this.folders.set(domain.id, folders);
    }
    return folders;
  }

  /**
   * The domain's "Matches" item. Its description needs GetMatches (MaxResults 1), fetched the first time the
   * domain is expanded; when it settles the item is replaced (same id) and the domain re-rendered.
   */
  private matchesNodeOf(domain: DomainNode): MatchesNode {
    const known = this.matchesNodes.get(domain.id);
    if (known) return known.node;
    const node: MatchesNode = { kind: 'matches', id: `${domain.id}/matches`, domainName: domain.domainName };
    const entry = { domain, node };
    this.matchesNodes.set(domain.id, entry);
    const settle = (next: MatchesNode): void => {
      if (this.matchesNodes.get(domain.id) !== entry) return; // refreshed meanwhile
      entry.node = next;
      this.changed.fire(domain);
    };
    this.connection.api()
      .then((api) => fetchMatchesSummary(api, domain.domainName))
      .then(
        (summary) => settle({ ...node, summary }),
        (err: unknown) => {
          const message = this.describe(err).message;
          this.log.warn(`GetMatches (summary) failed for ${domain.domainName}: ${message}`);
          settle({ ...node, summaryError: message });
        },
      );
    return node;
  }

  private async folderChildren(folder: FolderNode): Promise<ExplorerNode[]> {
    const spec = folderSpec(folder.folder);
    let entry = this.lists.get(folder.id);
    if (!entry) {
      const list = new PagedList<ResourceNode>(this.logged(`${folder.domainName} ${spec.what}`, async (token) => {
        const api = await this.connection.api();
        return spec.fetchPage(api, folder.domainName, folder.id, token, { pageSize: this.options.pageSize() });
      }), (n) => n.id);
      entry = { list, owner: folder, spec };
      this.lists.set(folder.id, entry);
    }
    await entry.list.ensureLoaded();
    if (this.lists.get(folder.id) !== entry) return this.folderChildren(folder);
    const { list } = entry;
    const running = spec.isRunning !== undefined && this.options.autoRefreshJobs() && list.items.some(spec.isRunning);
    this.autoRefresh.update(folder.id, running);
    if (list.error !== undefined && list.items.length === 0) return [this.errorNode(folder.id, spec.what, this.describe(list.error))];
    if (list.items.length === 0 && !list.hasMore) return [{ kind: 'placeholder', id: `${folder.id}#empty`, label: spec.emptyLabel }];
    return [...list.items, ...this.tail(folder.id, list, `more ${spec.what}`)];
  }

  /** What follows the loaded items: an error node for a failed page, else "Load more…" if there is more. */
  private tail(listKey: string, list: PagedList<ResourceNode>, what: string): ExplorerNode[] {
    if (list.error !== undefined) return [this.errorNode(listKey, what, this.describe(list.error))];
    if (list.hasMore) return [this.loadMoreNode(listKey, list)];
    return [];
  }

  private loadMoreNode(listKey: string, list: PagedList<ResourceNode>): LoadMoreNode {
    return { kind: 'loadMore', id: `${listKey}#more`, listKey, loadedCount: list.items.length, loading: list.loading };
  }

  private errorNode(listKey: string, what: string, error: ErrorDescription): ErrorNode {
    return { kind: 'error', id: `${listKey}#error`, listKey, what, error };
  }

  // ---- helpers ----

  private async retry(node: ErrorNode): Promise<void> {
    const entry = this.lists.get(node.listKey);
    if (!entry) return this.refresh();
    if (entry.list.items.length === 0) this.dropList(node.listKey);
    else await entry.list.retry();
    this.changed.fire(entry.owner);
  }

  private reloadList(listKey: string): void {
    const entry = this.lists.get(listKey);
    if (!entry) return;
    this.lists.delete(listKey); // a fresh list: statuses of loaded jobs change in place
    this.changed.fire(entry.owner);
  }

  private clearCaches(): void {
    this.autoRefresh.cancelAll();
    this.lists = new Map();
    this.folders = new Map();
    this.details = new Map();
    this.matchesNodes = new Map();
  }

  private dropList(listKey: string): void {
    this.autoRefresh.cancel(listKey);
    this.lists.delete(listKey);
  }

  /** Logs each failed page once, where it happens (getChildren may render the failure many times). */
  private logged(what: string, load: PageLoader<ResourceNode>): PageLoader<ResourceNode> {
    return async (token) => {
      try {
        return await load(token);
      } catch (err) {
        const e = err as { name?: string; message?: string };
        this.log.error(`Failed to load ${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`);
        throw err;
      }
    };
  }

  private describe(err: unknown): ErrorDescription {
    const spec = this.connection.spec();
    return describeError(err, { profile: spec.profile, endpoint: this.connection.resolved?.endpoint ?? spec.endpoint });
  }

  private setState(state: ExplorerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    void vscode.commands.executeCommand('setContext', 'customerProfiles.explorerState', state);
    this.stateEmitter.fire(state);
  }

  private async loadDetails(node: ExplorerNode): Promise<string> {
    try {
      const api = await this.connection.api();
      if (node.kind === 'domain') return domainTooltip(node, await api.call('GetDomain', { DomainName: node.domainName }));
      if (node.kind === 'objectType') {
        return objectTypeTooltip(node, await api.call('GetProfileObjectType', { DomainName: node.domainName, ObjectTypeName: node.objectTypeName }));
      }
      return presentNode(node).tooltip ?? '';
    } catch (err) {
      this.details.delete(node.id); // hover again to retry
      const message = this.describe(err).message;
      if (node.kind === 'domain') return domainTooltip(node, undefined, message);
      if (node.kind === 'objectType') return objectTypeTooltip(node, undefined, message);
      return message;
    }
  }
}
