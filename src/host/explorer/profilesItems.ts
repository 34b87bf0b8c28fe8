// The domains' "Profiles" items (entry bundle): one node per domain, carrying the search it shows, and the result
// list in the explorer's one ListCache (so "Load more…", error rows and Retry work as for every list). What runs a
// search and builds its rows loads with the profilesHost bundle (profileSearches.ts, through `load`) on first use.
// A search's first page is fetched before it replaces the one shown: a failure leaves the previous results in place
// and reaches the caller. A search that outlived its connection is not shown. Pure.
import * as l10n from '@vscode/l10n';
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import type { ProfileQuery } from '../profiles/search/query';
import type { ProfileSearchOutcome } from '../profiles/search/types';
import type { ListCache } from './listCache';
import { domainNodeId, profilesNodeId } from './nodeIds';
import type { DomainNode, ExplorerNode, ProfilesNode, ResourceNode } from './nodes';
import type { PagedList } from './pagedList';

export interface ProfileSearchesDeps {
  connectionKey(): string;
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  pageSize(): number;
  readonly log: Logger;
}

/** The lazily loaded part (profileSearches.ts createProfileSearches). */
export interface ProfileSearchRows {
  /** Search Profiles… and the recent searches, or the node's search results (its list created when missing). */
  children(node: ProfilesNode, lists: ListCache, domainId: string): Promise<ExplorerNode[]>;
  /** A list of the query's results with its first page loaded (or failed: see its `error`). */
  firstPage(domainName: string, listKey: string, query: ProfileQuery): Promise<PagedList<ResourceNode>>;
}

export type ProfileSearchRowsFactory = (deps: ProfileSearchesDeps) => ProfileSearchRows;

export class ProfilesItems {
  /** By domain node id (which includes the connection key). */
  private nodes = new Map<string, ProfilesNode>();
  private rows: ProfileSearchRows | undefined;

  constructor(
    private readonly deps: ProfileSearchesDeps,
    private readonly lists: ListCache,
    private readonly load: ProfileSearchRowsFactory | undefined,
    private readonly model: {
      /** Makes the model's caches the current connection's before a search is installed. */
      sync(): void;
      /** Re-renders the domain (its Profiles item was replaced), if it is shown. */
      rerenderDomain(domainId: string): void;
    },
  ) {}

  node(domain: DomainNode): ProfilesNode {
    let node = this.nodes.get(domain.id);
    if (!node) this.nodes.set(domain.id, (node = { kind: 'profiles', id: profilesNodeId(domain.id), domainName: domain.domainName }));
    return node;
  }

  children(node: ProfilesNode): Promise<ExplorerNode[]> {
    const domainId = domainNodeId(this.deps.connectionKey(), node.domainName);
    return this.loaded().children(this.nodes.get(domainId) ?? node, this.lists, domainId);
  }

  async run(domainName: string, query: ProfileQuery): Promise<ProfileSearchOutcome> {
    this.model.sync();
    const key = this.deps.connectionKey();
    const domainId = domainNodeId(key, domainName);
    const list = await this.loaded().firstPage(domainName, profilesNodeId(domainId), query);
    if (list.error !== undefined) throw list.error;
    if (this.deps.connectionKey() !== key) throw new Error(l10n.t('The Customer Profiles connection changed during the search; search again.'));
    const node = this.replace(domainId, domainName, query);
    this.lists.set(node.id, { list, owner: node, domainId });
    this.model.rerenderDomain(domainId);
    return { shown: list.items.length, more: list.hasMore };
  }

  /** Back to "Search Profiles…" and the recent searches. */
  clear(domainName: string): void {
    const domainId = domainNodeId(this.deps.connectionKey(), domainName);
    if (!this.nodes.get(domainId)?.search) return;
    this.replace(domainId, domainName, undefined);
    this.model.rerenderDomain(domainId);
  }

  shown(domainName: string): ProfileQuery | undefined {
    return this.nodes.get(domainNodeId(this.deps.connectionKey(), domainName))?.search;
  }

  clearAll(): void {
    this.nodes = new Map();
  }

  private replace(domainId: string, domainName: string, search: ProfileQuery | undefined): ProfilesNode {
    const node: ProfilesNode = { kind: 'profiles', id: profilesNodeId(domainId), domainName, search };
    this.lists.drop(node.id);
    this.nodes.set(domainId, node);
    return node;
  }

  private loaded(): ProfileSearchRows {
    if (!this.load) throw new Error(l10n.t('Profile search is not available.'));
    return (this.rows ??= this.load(this.deps));
  }
}
