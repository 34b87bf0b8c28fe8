// The explorer's one "Load more…" mechanism: a list that loads page by page on request, with at most
// one request in flight, de-duplicated items, and the last failure kept for an error node. Pure.
import * as l10n from '@vscode/l10n';
import type { Page } from '../../aws/paging';
import type { Logger } from '../../shared/logger';

export type PageLoader<T> = (nextToken: string | undefined) => Promise<Page<T>>;

export class PagedList<T> {
  private readonly byKey = new Map<string, T>();
  private readonly seenTokens = new Set<string>();
  private nextToken: string | undefined;
  private started = false;
  private firstPageLoaded = false;
  private inFlight: Promise<void> | undefined;
  private lastError: unknown;

  constructor(
    private readonly loadPage: PageLoader<T>,
    private readonly keyOf: (item: T) => string,
  ) {}

  /** Loaded items in first-seen order, without duplicates. */
  get items(): readonly T[] {
    return [...this.byKey.values()];
  }

  /** The service said there is another page. */
  get hasMore(): boolean {
    return this.nextToken !== undefined;
  }

  get loading(): boolean {
    return this.inFlight !== undefined;
  }

  get loaded(): boolean {
    return this.firstPageLoaded;
  }

  /** Failure of the last page request, cleared by the next success. */
  get error(): unknown {
    return this.lastError;
  }

  /** Loads the first page once. Later calls wait for it; they do not retry a failure (use retry()). */
  ensureLoaded(): Promise<void> {
    if (this.started) return this.inFlight ?? Promise.resolve();
    return this.loadNext();
  }

  /** Fetches the next page; calls while one is in flight share it; no-op at the end of the list. */
  loadMore(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.started && !this.hasMore && !this.lastError) return Promise.resolve();
    return this.loadNext();
  }

  /** Repeats the request that failed (first page or a later one). */
  retry(): Promise<void> {
    return this.lastError === undefined ? this.ensureLoaded() : this.loadNext();
  }

  private loadNext(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.started = true;
    const token = this.nextToken;
    this.inFlight = (async () => {
      try {
        const page = await this.loadPage(token);
        for (const item of page.items) {
          const key = this.keyOf(item);
          if (!this.byKey.has(key)) this.byKey.set(key, item);
        }
        this.lastError = undefined;
        this.firstPageLoaded = true;
        if (page.nextToken !== undefined && this.seenTokens.has(page.nextToken)) {
          // A service that repeats a token would make "Load more…" loop forever.
          this.nextToken = undefined;
          this.lastError = new Error(l10n.t('The service returned a paging token it had already returned; stopped loading.'));
        } else {
          this.nextToken = page.nextToken;
          if (page.nextToken !== undefined) this.seenTokens.add(page.nextToken);
        }
      } catch (err) {
        this.lastError = err;
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }
}

/** Logs each failed page once, where it happens (a render may show the same failure many times). */
export function loggedLoader<T>(log: Logger, what: string, load: PageLoader<T>): PageLoader<T> {
  return async (token) => {
    try {
      return await load(token);
    } catch (err) {
      const e = err as { name?: string; message?: string };
      log.error(`Failed to load ${what}: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`);
      throw err;
    }
  };
}
