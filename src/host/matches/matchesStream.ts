// Streaming GetMatches into one panel: every page becomes a `groupsPage` push, and GetDomain (the AutoMerging
// threshold) runs beside the first page. The first page may be requested before the webview has booted
// (prefetch()), and the pages after it are held until the webview says it painted the first one
// (`firstPaint`, or a short timeout), so the first rows paint without competing with the rest of the stream.
// No vscode: the controller owns one and tells it when to start, cancel or let go.
import * as l10n from '@vscode/l10n';
import { iteratePages } from '../../shared/paging';
import type { DomainMatchingInfo, MatchesBackend, MatchesPage } from './backend';
import { GroupIndex } from './groupIndex';
import { errorText } from '../../shared/matches/bulkMerge';
import { toMatchGroup, type MatchGroup } from '../../shared/matches/matchGroup';
import type { GroupSummary, HostMessage } from '../../shared/matches/protocol';
import { FirstPaintGate } from './firstPaintGate';

export interface MatchesStreamHost {
  readonly domain: string;
  readonly backend: MatchesBackend;
  post(message: HostMessage): void;
  log(line: string): void;
  /**
   * The run starts: the host opens the run's review states and posts `init`. `firstPage` is undefined when
   * the stream failed before any page arrived.
   */
  begin(autoMergeThreshold: number | undefined, firstPage: MatchesPage | undefined): Promise<void>;
  summary(group: MatchGroup): GroupSummary;
  /** The run ended: every group loaded (`complete`), or cancelled / failed part way. */
  ended(groups: GroupIndex, complete: boolean): unknown;
  /** How long to wait for the webview's `firstPaint` before going on without it (default 500 ms). */
  readonly firstPaintTimeoutMs?: number;
}

/** How far the last run got: bulk merge and export say when they cover only part of PotentialMatches. */
export interface StreamStatus {
  readonly loaded: number;
  readonly potentialMatches?: number;
  /** Every page was loaded. */
  readonly complete: boolean;
}

export class MatchesStream {
  private index = new GroupIndex();
  private loading: AbortController | undefined;
  /** GetDomain and the first GetMatches page, requested by prefetch() before the webview was ready. */
  private prefetched: { readonly loading: AbortController; readonly domain: Promise<DomainMatchingInfo>; readonly firstPage: Promise<MatchesPage> } | undefined;
  private readonly paint = new FirstPaintGate();
  private disposed = false;
  private last: StreamStatus = { loaded: 0, complete: false };

  constructor(private readonly host: MatchesStreamHost) {}

  /** The groups of the current run (validation, export and bulk merge read them). */
  get groups(): GroupIndex { return this.index; }
  get status(): StreamStatus { return { ...this.last, loaded: this.index.size }; }

  setPaintAck(paintAck: boolean): void { this.paint.setPaintAck(paintAck); }

  /** The webview painted the first page: the held pages may follow. */
  firstPaint(): void { this.paint.release(); }

  /** Stops the current load (Cancel loading); the stream then posts its `cancelled` page. */
  cancel(): void { this.loading?.abort(); }

  dispose(): void {
    this.disposed = true;
    this.paint.release();
    this.loading?.abort();
    this.prefetched?.loading.abort();
  }

  /**
   * Starts GetDomain and the first GetMatches page now, while the webview is still booting (the panel calls
   * this as soon as it has a connection). The webview's `ready` then uses them instead of asking again, so
   * the first groups paint up to a round trip sooner. Only the first `ready` uses them; a reload asks afresh.
   */
  prefetch(): void {
    if (this.prefetched || this.disposed) return;
    const loading = new AbortController();
    const domain = this.host.backend.getDomain(this.host.domain, loading.signal);
    const firstPage = this.host.backend.getMatchesPage(this.host.domain, undefined, loading.signal);
    // Failures are reported when `ready` consumes them; until then they must not be unhandled rejections.
    domain.catch(() => undefined);
    firstPage.catch(() => undefined);
    this.prefetched = { loading, domain, firstPage };
  }

  async start(): Promise<void> {
    if (this.disposed) return;
    this.loading?.abort();
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const loading = prefetched?.loading ?? new AbortController();
    this.loading = loading;
    // Every run starts from an empty index: the webview resets its list on `init` (after Reload, or when VS Code
    // re-created it after its tab was hidden), so each group must be streamed again, and ids of groups gone from
    // GetMatches since the last run must stop validating.
    this.index = new GroupIndex();
    this.last = { loaded: 0, complete: false };
    const { backend, domain } = this.host;
    // GetDomain runs beside the first GetMatches page, not before it: the first groups paint one round trip sooner.
    const thresholdLookup = (prefetched?.domain ?? backend.getDomain(domain, loading.signal)).then(
      (info) => info.autoMergeThreshold,
      (e: unknown) => {
        // The threshold only decorates the histogram; the matches are still worth loading.
        if (!loading.signal.aborted) this.host.log(`Matches (${domain}): GetDomain failed, no AutoMerging threshold shown: ${errorText(e)}`);
        return undefined;
      },
    );
    let initSent = false;
    /** Set once the first page is posted: the next page is fetched meanwhile but handed on only after it. */
    let painted: Promise<void> | undefined;
    let firstPageSent = false;
    let unusable = 0;
    let last: MatchesPage | undefined;
    let prefetchedPage = prefetched?.firstPage;
    const fetchPage = async (token: string | undefined): Promise<MatchesPage> => {
      const page = token === undefined && prefetchedPage ? prefetchedPage : backend.getMatchesPage(domain, token, loading.signal);
      prefetchedPage = undefined;
      const waitFor = painted;
      painted = undefined;
      // The request runs during the wait; its result is posted only after the webview painted the first page.
      if (waitFor) return (last = (await Promise.all([page, waitFor]))[0]);
      return (last = await page);
    };
    const stopped = (): void => {
      if (this.disposed) return;
      this.host.post({ type: 'groupsPage', groups: [], loaded: this.index.size, done: true, cancelled: true });
      this.host.ended(this.index, false);
    };
    try {
      for await (const page of iteratePages(fetchPage)) {
        if (loading.signal.aborted) break;
        const meta = last!;
        if (!initSent) {
          await this.host.begin(await thresholdLookup, meta);
          initSent = true;
        }
        this.last = { loaded: this.index.size, potentialMatches: meta.potentialMatches, complete: false };
        const usable = page.items.map(toMatchGroup).filter((g): g is MatchGroup => !!g);
        unusable += page.items.length - usable.length;
        const added = this.index.add(usable);
        this.host.post({
          type: 'groupsPage', groups: added.map((g) => this.host.summary(g)), loaded: this.index.size,
          total: meta.potentialMatches, done: !page.nextToken, unusable: unusable || undefined,
        });
        // Posting the next pages right away would compete with the first paint (see fetchPage).
        if (!firstPageSent && page.nextToken) painted = this.paint.wait(loading.signal, this.host.firstPaintTimeoutMs);
        firstPageSent = true;
      }
      if (loading !== this.loading) return; // superseded by a reload
      if (loading.signal.aborted) return stopped();
      this.last = { ...this.last, loaded: this.index.size, complete: true };
      if (!this.disposed) this.host.ended(this.index, true);
    } catch (e) {
      if (loading !== this.loading) return; // superseded by a reload
      if (!initSent) await this.host.begin(await thresholdLookup, undefined);
      // The reviewer cancelled while a page was in flight: the abort error is expected, not a failure.
      if (!loading.signal.aborted) this.host.post({ type: 'error', message: l10n.t('{0} failed after {1} groups: {2}', 'GetMatches', this.index.size, errorText(e)) });
      stopped();
    }
  }
}
