// What the Customer Profiles tree shows, without vscode: connection → domains → "Matches" (+ "Rule-based Matches" when
// configured) + folders → resources. Caches are keyed by node id (nodeIds.ts), grouped per domain, invalidated explicitly.
// No API call is made while rendering anything but a list's first page, a Matches summary or a hovered tooltip.
// The vscode TreeDataProvider (treeDataProvider.ts) only adapts it; tests drive it in Node.
import * as l10n from '@vscode/l10n';
import { DOMAIN_CHILDREN } from './domainChildren';
import { folderChildren } from './folderChildren';
import { errorNode, ListCache } from './listCache';
import { matchesDomainFilter } from './domainFilter';
import { folderNodeId, placeholderNodeId, ROOT_LIST } from './nodeIds';
import { isResourceNode, type DomainNode, type ErrorNode, type ExplorerNode, type FolderNode, type LoadMoreNode, type ResourceNode } from './nodes';
import type { RuleState } from './ruleMatchesSummary';
import { DomainItems } from './domainItems';
import { RuleStatusPolling } from './rulePolling';
import { domainList } from './domainList';
import { ProfilesItems } from './profilesItems';
import { Tooltips } from './tooltips';
import type { ExplorerModelDeps, ExplorerState } from './explorerModelDeps';

export type { ExplorerModelDeps, ExplorerState } from './explorerModelDeps';

/** Everything cached under one domain node. */
interface DomainCache {
  readonly domain: DomainNode;
  readonly folders: readonly FolderNode[];
  /** "Matches" and, when configured, "Rule-based Matches": their calls settle into the same item objects. */
  readonly items: DomainItems;
}

export class ExplorerModel {
  private readonly lists: ListCache;
  private domains = new Map<string, DomainCache>();
  private readonly tooltips: Tooltips;
  private readonly rulePolls: RuleStatusPolling;
  /** The domains' Profiles items and their searches. */
  readonly profiles: ProfilesItems;
  private currentState: ExplorerState = 'loading';
  /** Connection the caches belong to. */
  private cachesKey: string | undefined;

  constructor(private readonly deps: ExplorerModelDeps) {
    this.lists = new ListCache((owner) => deps.changed(owner), deps.pollTiming);
    this.tooltips = new Tooltips(deps.api, deps.describe, deps.tooltipText);
    this.rulePolls = new RuleStatusPolling((domainId) => this.domains.get(domainId)?.items.refreshRules(), deps.pollTiming);
    this.profiles = new ProfilesItems(deps, this.lists, deps.profileSearchRows, {
      // A search run before the first render must not be dropped by it as another connection's.
      sync: () => void this.connectionChanged(),
      rerenderDomain: (domainId) => {
        const cache = this.domains.get(domainId);
        if (cache) deps.changed(cache.domain);
      },
    });
  }

  get state(): ExplorerState { return this.currentState; }

  async children(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (this.connectionChanged() && node) return [];
    if (!node) return this.rootChildren();
    if (node.kind === 'domain') {
      const cache = this.domainCache(node);
      const items = await cache.items.items();
      // Refreshed while GetDomain was awaited: that refresh fetches the children again.
      if (this.domains.get(node.id) !== cache) return [];
      return [...items, this.profiles.node(cache.domain), ...cache.folders];
    }
    if (node.kind === 'folder') return folderChildren(node, this.lists, this.deps, this.domainIdOf(node));
    if (node.kind === 'profiles') return this.profiles.children(node);
    return [];
  }

  /** The tooltip of nodes whose details need a Get* call (domains, object types); undefined for others. */
  tooltip = (node: ExplorerNode): Promise<string> | undefined => this.tooltips.of(node);

  /** What the domain's GetDomain said about rule-based matching (undefined until its children were shown). */
  ruleState = (node: DomainNode): RuleState | undefined => this.domains.get(node.id)?.items.ruleState;

  /** Drops every cache of the connection: the next render reloads from the service. */
  refreshAll(): void {
    this.clear();
    this.deps.changed(undefined);
  }

  /** Reloads a subtree, or retries a failed list. */
  refresh(node: ExplorerNode): void {
    switch (node.kind) {
      case 'domain':
        this.forgetDomain(node.id);
        this.deps.changed(node);
        return;
      case 'folder':
        this.lists.drop(node.id);
        this.deps.changed(node);
        return;
      case 'matches':
        for (const cache of this.domains.values()) if (cache.items.matches.id === node.id) cache.items.refreshMatches();
        return;
      case 'ruleMatches':
        for (const cache of this.domains.values()) {
          const rules = cache.items.ruleState;
          if (rules.phase === 'configured' && rules.node.id === node.id) cache.items.refreshRules();
        }
        return;
      case 'profiles':
        this.lists.drop(node.id); // the same search runs again when it renders
        this.deps.changed(node);
        return;
      case 'error':
        void this.retry(node);
        return;
      case 'loadMore':
        void this.loadMore(node);
        return;
      case 'placeholder':
        this.refreshAll();
        return;
      default:
        this.tooltips.forget(node.id);
        this.deps.changed(node);
    }
  }

  /** Re-fetches the "Matches" items of the domain (e.g. after a merge changed its PotentialMatches / groups). */
  refreshMatches(domainName: string): void {
    for (const cache of [...this.domains.values()]) {
      if (cache.domain.domainName !== domainName) continue;
      cache.items.refreshMatches();
      if (cache.items.ruleState.phase === 'configured') cache.items.refreshRules();
    }
  }

  /** Fetches the next page of the list behind a "Load more…" node (single-flight per list). */
  async loadMore(node: LoadMoreNode): Promise<void> {
    const entry = this.lists.get(node.listKey);
    if (!entry) return;
    await entry.list.loadMore();
    this.deps.changed(entry.owner);
  }

  /** The folder (or Profiles item) that lists a resource reloads: its row shows the resource's new state. */
  refreshListOf(node: ResourceNode): void { const owner = this.lists.entryOf(node.id)?.owner; if (owner) this.refresh(owner); }

  /** The view was hidden (true) or shown again (false): job and rule polling pause meanwhile. */
  setPollingPaused(paused: boolean): void { this.lists.setPollingPaused(paused); this.rulePolls.setPaused(paused); }

  /** A loaded node's parent (TreeView.reveal): a listed resource's folder / Profiles item, else its domain; root: undefined. */
  parentOf(node: ExplorerNode): ExplorerNode | undefined {
    if (node.kind === 'domain') return undefined;
    const entry = isResourceNode(node) ? this.lists.entryOf(node.id) : undefined;
    if (entry) return entry.owner;
    return 'domainName' in node ? [...this.domains.values()].find((c) => c.domain.domainName === node.domainName)?.domain : undefined;
  }

  /** Lists that have another page, for the palette's "Load More". */
  listsWithMore(): { label: string; node: LoadMoreNode }[] { return this.lists.withMore(); }

  /** Every resource node loaded so far (palette pickers). */
  loadedResources(): ResourceNode[] { return this.lists.resources(); }

  dispose(): void { this.clear(); }

  private async rootChildren(): Promise<ExplorerNode[]> {
    let entry = this.lists.get(ROOT_LIST);
    if (!entry) {
      const list = domainList(this.deps, this.deps.connectionKey());
      entry = { list, owner: undefined, domainId: undefined };
      this.lists.set(ROOT_LIST, entry);
      this.setState('loading');
    }
    await entry.list.ensureLoaded();
    if (this.lists.get(ROOT_LIST) !== entry) return this.rootChildren(); // refreshed while loading
    const { list } = entry;
    if (list.error !== undefined && list.items.length === 0) {
      const error = this.deps.describe(list.error);
      if (error.kind === 'noCredentials') {
        this.setState('noCredentials'); // welcome view with "Select AWS Profile" / "Start Local Sandbox"
        return [];
      }
      if (this.currentState !== 'error') this.deps.rootError?.(error);
      this.setState('error');
      return [errorNode(ROOT_LIST, l10n.t('Failed to load domains'), error)];
    }
    if (list.items.length === 0 && !list.hasMore) {
      this.setState('noDomains');
      return [];
    }
    this.setState('ready');
    const filter = this.deps.filter();
    const shown: ExplorerNode[] = list.items.filter((n) => matchesDomainFilter(n.kind === 'domain' ? n.domainName : '', filter));
    if (shown.length === 0) shown.push({ kind: 'placeholder', id: placeholderNodeId(ROOT_LIST, 'filtered'), label: l10n.t('No loaded domain matches "{0}"', filter ?? '') });
    return [...shown, ...this.lists.tail(ROOT_LIST, l10n.t('Failed to load more domains'), this.deps.describe)];
  }

  private domainCache(domain: DomainNode): DomainCache {
    let cache = this.domains.get(domain.id);
    if (!cache) {
      const folders = DOMAIN_CHILDREN.map((spec): FolderNode => ({ kind: 'folder', id: folderNodeId(domain.id, spec.folder), folder: spec.folder, domainName: domain.domainName }));
      const { api, describe, log, changed } = this.deps;
      const items = new DomainItems(domain, { api, describe, log, changed, rulesSettled: (state) => this.rulePolls.update(domain.id, state, this.deps.autoRefreshJobs()) });
      cache = { domain, folders, items };
      this.domains.set(domain.id, cache);
    }
    return cache;
  }

  /** The domain node whose folder this is (the folder was created by domainCache). */
  private domainIdOf(folder: FolderNode): string | undefined {
    for (const cache of this.domains.values()) if (cache.folders.some((f) => f.id === folder.id)) return cache.domain.id;
    return undefined;
  }

  private forgetDomain(domainId: string): void {
    const cache = this.domains.get(domainId);
    this.domains.delete(domainId);
    cache?.items.dispose();
    this.tooltips.forget(domainId);
    for (const item of this.lists.dropDomain(domainId)) this.tooltips.forget(item.id);
    if (cache) for (const folder of cache.folders) this.lists.drop(folder.id);
  }

  private async retry(node: ErrorNode): Promise<void> {
    const entry = this.lists.get(node.listKey);
    if (!entry) return this.refreshAll();
    if (entry.list.items.length === 0) this.lists.drop(node.listKey);
    else await entry.list.retry();
    this.deps.changed(entry.owner);
  }

  /** Caches belong to one connection: if it changed before its change event reached us, start over. */
  private connectionChanged(): boolean {
    const key = this.deps.connectionKey();
    if (key === this.cachesKey) return false;
    this.clear();
    this.cachesKey = key;
    return true;
  }

  private clear(): void {
    this.lists.clear();
    this.rulePolls.cancelAll();
    this.profiles.clearAll();
    for (const cache of this.domains.values()) cache.items.dispose();
    this.domains = new Map();
    this.tooltips.clear();
  }

  private setState(state: ExplorerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.deps.stateChanged(state);
  }
}
