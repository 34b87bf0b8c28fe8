// The tree's paged lists by list key (ROOT_LIST or a folder's node id), each remembering its folder and
// domain so a refresh drops exactly the lists it owns. Lists of running jobs reload themselves with backoff
// (AutoRefresh) until nothing runs. Pure.
import * as l10n from '@vscode/l10n';
import { AutoRefresh } from './autoRefresh';
import { folderSpec } from './domainChildren';
import { errorNodeId, loadMoreNodeId, ROOT_LIST } from './nodeIds';
import type { ErrorNode, ExplorerNode, FolderNode, LoadMoreNode, ProfilesNode, ResourceNode } from './nodes';
import type { PagedList } from './pagedList';
import type { ErrorDescription } from '../../shared/describeError';

export interface ListEntry {
  readonly list: PagedList<ResourceNode>;
  /** undefined = the root (domains); a Profiles item owns its search results. */
  readonly owner: ListOwner;
  /** Domain node the list belongs to (undefined for the root). */
  readonly domainId: string | undefined;
}

export type ListOwner = FolderNode | ProfilesNode | undefined;

export class ListCache {
  private entries = new Map<string, ListEntry>();
  private readonly autoRefresh: AutoRefresh;

  /** `reloaded` gets the owner of a list that auto-refresh dropped (its node must render again). */
  constructor(reloaded: (owner: ListOwner) => void, pollTiming?: { baseMs?: number; capMs?: number }) {
    this.autoRefresh = new AutoRefresh((listKey) => {
      const entry = this.entries.get(listKey);
      if (!entry) return;
      this.entries.delete(listKey); // a fresh list: statuses of loaded jobs change in place
      reloaded(entry.owner);
    }, pollTiming);
  }

  get(listKey: string): ListEntry | undefined {
    return this.entries.get(listKey);
  }

  set(listKey: string, entry: ListEntry): void {
    this.entries.set(listKey, entry);
  }

  /** Keeps reloading the list while `running` (after each load). */
  polling(listKey: string, running: boolean): void {
    this.autoRefresh.update(listKey, running);
  }

  /** The view is hidden (true) or shows again (false): see AutoRefresh.setPaused. */
  setPollingPaused(paused: boolean): void {
    this.autoRefresh.setPaused(paused);
  }

  /** The list entry that holds the resource node `nodeId` (its owner is the node's parent). */
  entryOf(nodeId: string): ListEntry | undefined {
    for (const entry of this.entries.values()) if (entry.list.items.some((n) => n.id === nodeId)) return entry;
    return undefined;
  }

  drop(listKey: string): void {
    this.autoRefresh.cancel(listKey);
    this.entries.delete(listKey);
  }

  /** Drops every list of the domain; returns their items (their cached tooltips go too). */
  dropDomain(domainId: string): ResourceNode[] {
    const items: ResourceNode[] = [];
    for (const [key, entry] of [...this.entries]) {
      if (entry.domainId !== domainId) continue;
      items.push(...entry.list.items);
      this.drop(key);
    }
    return items;
  }

  clear(): void {
    this.autoRefresh.cancelAll();
    this.entries = new Map();
  }

  /** What follows the loaded items: an error node for a failed page, else "Load more…" if there is more. */
  /** `failedLabel`: the error row's label ("Failed to load more domains"). */
  tail(listKey: string, failedLabel: string, describe: (err: unknown) => ErrorDescription): ExplorerNode[] {
    const list = this.entries.get(listKey)?.list;
    if (!list) return [];
    if (list.error !== undefined) return [errorNode(listKey, failedLabel, describe(list.error))];
    if (list.hasMore) return [loadMoreNode(listKey, list)];
    return [];
  }

  /** Lists that have another page, for the palette's "Load More". */
  withMore(): { label: string; node: LoadMoreNode }[] {
    return [...this.entries.entries()]
      .filter(([, e]) => e.list.hasMore)
      .map(([key, e]) => ({
        label: e.owner ? l10n.t('{0} › {1}', e.owner.domainName, e.owner.kind === 'folder' ? folderSpec(e.owner.folder).label : l10n.t('Profiles')) : l10n.t('Domains'),
        node: loadMoreNode(key, e.list),
      }));
  }

  /** Every resource node loaded so far, domains first (palette pickers). */
  resources(): ResourceNode[] {
    const all: ResourceNode[] = [...(this.entries.get(ROOT_LIST)?.list.items ?? [])];
    for (const [key, e] of this.entries) if (key !== ROOT_LIST) all.push(...e.list.items);
    return all;
  }
}

export function loadMoreNode(listKey: string, list: PagedList<ResourceNode>): LoadMoreNode {
  return { kind: 'loadMore', id: loadMoreNodeId(listKey), listKey, loadedCount: list.items.length, loading: list.loading };
}

export function errorNode(listKey: string, label: string, error: ErrorDescription): ErrorNode {
  return { kind: 'error', id: errorNodeId(listKey), listKey, label, error };
}
