// The one paging helper. Most Customer Profiles list calls have no SDK paginator (see SHAPES.md), so
// every list goes through this: a table of where each list operation keeps its items, `toPage` to
// normalise one response, and `iteratePages` to loop on NextToken. Pure: no SDK import (types only).
import type { OperationInput, OperationName, OperationOutput } from './operations';
import type { Page } from '../shared/paging';

/** Output member holding the items of each paged operation. Adding a paged list = one row. */
export const PAGED_LISTS = {
  ListDomains: 'Items',
  ListProfileObjectTypes: 'Items',
  ListProfileObjectTypeTemplates: 'Items',
  ListIdentityResolutionJobs: 'IdentityResolutionJobsList',
  ListUploadJobs: 'Items',
  ListWorkflows: 'Items',
  ListProfileObjects: 'Items',
  ListProfileHistoryRecords: 'ProfileHistoryRecords',
  SearchProfiles: 'Items',
  GetMatches: 'Matches',
  ListRuleBasedMatches: 'MatchIds',
} as const satisfies Partial<Record<OperationName, string>>;

export type PagedOperationName = keyof typeof PAGED_LISTS;
type ItemsMember<K extends PagedOperationName> = (typeof PAGED_LISTS)[K] & keyof OperationOutput<K>;
export type PageItem<K extends PagedOperationName> =
  NonNullable<OperationOutput<K>[ItemsMember<K>]> extends readonly (infer T)[] ? T : never;
/** Input of a paged operation without the paging members (the helper owns those). */
export type PageInput<K extends PagedOperationName> = Omit<OperationInput<K>, 'NextToken' | 'MaxResults'>;

// Compile-time check that every row names a real list member of its operation's output.
type CheckItemsMembers = { [K in PagedOperationName]: (typeof PAGED_LISTS)[K] extends keyof OperationOutput<K> ? true : never };
export const PAGED_LISTS_ARE_VALID: CheckItemsMembers[PagedOperationName] = true;

export type { Page, PageFetcher } from '../shared/paging';
export { collectAll, iteratePages, RepeatedNextTokenError } from '../shared/paging';

/** Normalises one response of a paged operation. An empty-string token counts as "no more pages". */
export function toPage<K extends PagedOperationName>(op: K, output: OperationOutput<K>): Page<PageItem<K>> {
  const record = output as unknown as Record<string, unknown>;
  const items = record[PAGED_LISTS[op]];
  const token = record.NextToken;
  return {
    items: Array.isArray(items) ? (items as PageItem<K>[]) : [],
    nextToken: typeof token === 'string' && token !== '' ? token : undefined,
  };
}
