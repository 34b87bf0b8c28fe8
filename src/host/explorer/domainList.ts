// The root's paged list: ListDomains pages as domain nodes of the connection `connectionKey`. Pure.
import type { CustomerProfilesApi } from '../../aws/client';
import type { Logger } from '../../shared/logger';
import { domainNodeId } from './nodeIds';
import type { DomainNode, ResourceNode } from './nodes';
import { loggedLoader, PagedList } from './pagedList';

export interface DomainListDeps {
  api(): Promise<CustomerProfilesApi>;
  pageSize(): number;
  readonly log: Logger;
}

export function domainList(deps: DomainListDeps, connectionKey: string): PagedList<ResourceNode> {
  return new PagedList<ResourceNode>(loggedLoader(deps.log, 'domains', async (token) => {
    const api = await deps.api();
    const page = await api.fetchPage('ListDomains', {}, token, { pageSize: deps.pageSize() });
    return {
      items: page.items.map((item): DomainNode => ({ kind: 'domain', id: domainNodeId(connectionKey, item.DomainName ?? ''), domainName: item.DomainName ?? '', item })),
      nextToken: page.nextToken,
    };
  }), (n) => n.id);
}
