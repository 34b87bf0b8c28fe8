// The paging contract every list shares (service pages, the explorer's lists, the matches stream): a page of
// items with an optional NextToken, and one loop over NextToken that cannot spin forever. Pure; the table of
// which operation keeps its items where is the SDK bundle's (src/aws/paging.ts).
import * as l10n from '@vscode/l10n';

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextToken?: string;
}

export type PageFetcher<T> = (nextToken: string | undefined) => Promise<Page<T>>;

export class RepeatedNextTokenError extends Error {
  constructor() {
    super(l10n.t('Paging stopped: the service returned a {0} it had already returned (it would loop forever).', 'NextToken'));
    this.name = 'RepeatedNextTokenError';
  }
}

/**
 * Yields pages until there is no NextToken, `maxPages` pages were read, or the service repeats a token
 * (a server bug that would otherwise loop forever).
 */
export async function* iteratePages<T>(fetchPage: PageFetcher<T>, options: { maxPages?: number } = {}): AsyncGenerator<Page<T>> {
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  let token: string | undefined;
  for (let count = 0; count < maxPages; count++) {
    const page = await fetchPage(token);
    yield page;
    token = page.nextToken;
    if (token === undefined) return;
    if (seen.has(token)) throw new RepeatedNextTokenError();
    seen.add(token);
  }
}

/** All items of every page (bounded by maxPages). */
export async function collectAll<T>(fetchPage: PageFetcher<T>, options: { maxPages?: number } = {}): Promise<T[]> {
  const all: T[] = [];
  for await (const page of iteratePages(fetchPage, options)) all.push(...page.items);
  return all;
}
