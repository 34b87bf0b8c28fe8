// The rows under a Profiles item and the SearchProfiles list behind them (lazy profilesHost bundle; the entry's
// profilesItems.ts holds the state). Before a search: "Search Profiles…" and the recent searches of the connection's
// domain; after it: a header saying what was searched and how many are shown, the profiles, "Load more…". Pure.
import * as l10n from '@vscode/l10n';
import { queryIdentity, searchCriteria, type ProfileQuery } from '../profiles/search/query';
import { RecentSearches, type StateStore } from '../profiles/search/recentSearches';
import { errorNode, type ListCache } from './listCache';
import { childNodeId, placeholderNodeId, profileResultsNodeId, profileSearchActionNodeId } from './nodeIds';
import type { ExplorerNode, ProfileItem, ProfilesNode, ResourceNode } from './nodes';
import { loggedLoader, PagedList } from './pagedList';
import { presentProfile, presentProfileResults, presentProfileSearchAction, type ProfileData } from './profilePresentation';
import type { ProfileSearchesDeps, ProfileSearchRows } from './profilesItems';

export function createProfileSearches(deps: ProfileSearchesDeps, state: StateStore | undefined): ProfileSearchRows {
  const recent = state && new RecentSearches(state);

  const newList = (domainName: string, listKey: string, query: ProfileQuery): PagedList<ResourceNode> => {
    const criteria = searchCriteria(query);
    return new PagedList<ResourceNode>(loggedLoader(deps.log, `${domainName} profiles`, async (token) => {
      const api = await deps.api();
      const page = await api.fetchPage('SearchProfiles', { DomainName: domainName, ...criteria }, token, { pageSize: deps.pageSize() });
      return { items: page.items.map((item) => profileNode(listKey, domainName, item)), nextToken: page.nextToken };
    }), (n) => n.id);
  };

  const searchRows = (node: ProfilesNode): ExplorerNode[] => {
    const queries = [undefined, ...(recent?.list(deps.connectionKey(), node.domainName) ?? [])];
    return queries.map((query): ExplorerNode => {
      const data = { kind: 'profileSearchAction' as const, id: profileSearchActionNodeId(node.id, query && queryIdentity(query)), domainName: node.domainName, query };
      return { ...data, presentation: presentProfileSearchAction(data) };
    });
  };

  const children = async (node: ProfilesNode, lists: ListCache, domainId: string): Promise<ExplorerNode[]> => {
    const query = node.search;
    if (!query) return searchRows(node);
    let entry = lists.get(node.id);
    if (!entry) {
      // Refreshed (or its domain was): the same search runs again.
      entry = { list: newList(node.domainName, node.id, query), owner: node, domainId };
      lists.set(node.id, entry);
    }
    await entry.list.ensureLoaded();
    if (lists.get(node.id) !== entry) return children(node, lists, domainId);
    const { list } = entry;
    const data = { kind: 'profileResults' as const, id: profileResultsNodeId(node.id), domainName: node.domainName, query, shown: list.items.length, more: list.hasMore };
    const header: ExplorerNode = { ...data, presentation: presentProfileResults(data) };
    if (list.error !== undefined && list.items.length === 0) return [header, errorNode(node.id, l10n.t('Failed to load profiles'), deps.describe(list.error))];
    if (list.items.length === 0 && !list.hasMore) return [header, { kind: 'placeholder', id: placeholderNodeId(node.id, 'empty'), label: l10n.t('No profile matches this search') }];
    return [header, ...list.items, ...lists.tail(node.id, l10n.t('Failed to load more profiles'), deps.describe)];
  };

  return {
    children,
    async firstPage(domainName, listKey, query) {
      const list = newList(domainName, listKey, query);
      await list.ensureLoaded();
      return list;
    },
  };
}

function profileNode(listKey: string, domainName: string, item: ProfileItem): ResourceNode {
  const profileId = item.ProfileId ?? '';
  const data: ProfileData = { kind: 'profile', id: childNodeId(listKey, profileId), domainName, profileId, item };
  return { ...data, presentation: presentProfile(data) };
}
