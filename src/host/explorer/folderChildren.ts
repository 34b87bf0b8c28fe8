// A domain folder's children (object types, jobs, workflows): its paged list in the ListCache, created on first
// render, with auto-refresh while a job runs, an error row, an empty placeholder and "Load more…". Pure.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import { folderSpec } from './domainChildren';
import { errorNode, type ListCache } from './listCache';
import { placeholderNodeId } from './nodeIds';
import type { ExplorerNode, FolderNode, ResourceNode } from './nodes';
import { loggedLoader, PagedList } from './pagedList';

export interface FolderChildrenDeps {
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  pageSize(): number;
  autoRefreshJobs(): boolean;
  readonly log: Logger;
}

export async function folderChildren(folder: FolderNode, lists: ListCache, deps: FolderChildrenDeps, domainId: string | undefined): Promise<ExplorerNode[]> {
  const spec = folderSpec(folder.folder);
  let entry = lists.get(folder.id);
  if (!entry) {
    const list = new PagedList<ResourceNode>(loggedLoader(deps.log, `${folder.domainName} ${spec.what}`, async (token) => {
      const api = await deps.api();
      return spec.fetchPage(api, folder.domainName, folder.id, token, { pageSize: deps.pageSize() });
    }), (n) => n.id);
    entry = { list, owner: folder, domainId };
    lists.set(folder.id, entry);
  }
  await entry.list.ensureLoaded();
  if (lists.get(folder.id) !== entry) return folderChildren(folder, lists, deps, domainId); // refreshed while loading
  const { list } = entry;
  const running = spec.isRunning !== undefined && deps.autoRefreshJobs() && list.items.some(spec.isRunning);
  lists.polling(folder.id, running);
  const texts = spec.texts();
  if (list.error !== undefined && list.items.length === 0) return [errorNode(folder.id, texts.failed, deps.describe(list.error))];
  if (list.items.length === 0 && !list.hasMore) return [{ kind: 'placeholder', id: placeholderNodeId(folder.id, 'empty'), label: texts.emptyLabel }];
  return [...list.items, ...lists.tail(folder.id, texts.failedMore, deps.describe)];
}
