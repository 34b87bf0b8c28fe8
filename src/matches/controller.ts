// The host side of one matches panel, without vscode: it answers the webview's messages, streams GetMatches,
// loads profiles, records review states and runs merges. The panel (panel.ts) only plugs in the webview,
// the modal, the save dialog and the progress notification. The backend is reachable only from handlers
// that take Validated<...> messages, and receive() is the only way in.
import { iteratePages } from '../aws/paging';
import type { DomainMatchingInfo, MatchesBackend, MatchesPage } from './backend';
import { GroupIndex } from './groupIndex';
import { BulkMergeService } from './bulkMergeService';
import { MergeService } from './mergeService';
import { errorText } from './model/bulkMerge';
import { exportGroupsCsv, exportGroupsJson, type ExportContext } from './model/exportGroups';
import { toMatchGroup, type MatchGroup } from './model/matchGroup';
import { transition } from './model/reviewState';
import { ProfileCache } from './profileCache';
import type {
  ExportRequest, GroupSummary, HostMessage, LoadProfilesRequest, SetReviewStateRequest,
} from './protocol';
import type { MatchesHostUi } from './hostUi';
import { ReviewBook, type KeyValueStore } from './reviewBook';
import { validateWebviewMessage, type Validated } from './validateWebviewMessage';

export type { MatchesHostUi } from './hostUi';

export interface MatchesControllerOptions {
  readonly domain: string;
  /** Stable id of the connection (profile + region + endpoint): part of the review-state key. */
  readonly connectionId: string;
  readonly connectionLabel: string;
  readonly backend: MatchesBackend;
  readonly ui: MatchesHostUi;
  readonly store: KeyValueStore;
  readonly bulkConcurrency?: number;
  readonly now?: () => Date;
  /** Called once MergeProfiles changed the domain (a merge, or a bulk merge that merged a group): other views re-read it. */
  readonly onMerged?: () => void;
  /** How long the stream waits for the webview's `firstPaint` before going on without it (default 500 ms). */
  readonly firstPaintTimeoutMs?: number;
}

export class MatchesController {
  private groups = new GroupIndex();
  private readonly profiles: ProfileCache;
  private readonly review: ReviewBook;
  private readonly mergesInFlight = new Set<string>();
  private readonly merges: MergeService;
  private readonly bulk: BulkMergeService;
  private loading: AbortController | undefined;
  /** GetDomain and the first GetMatches page, requested by prefetch() before the webview was ready. */
  private prefetched: { readonly loading: AbortController; readonly domain: Promise<DomainMatchingInfo>; readonly firstPage: Promise<MatchesPage> } | undefined;
  private matchGenerationDate: string | undefined;
  private disposed = false;
  /** Set by a `ready` with paintAck: each load waits for `firstPaint` after its first page. */
  private paintAck = false;
  /** Releases the stream waiting for the current load's `firstPaint`. */
  private releaseFirstPaint: (() => void) | undefined;

  constructor(private readonly options: MatchesControllerOptions) {
    this.profiles = new ProfileCache(options.backend, options.domain);
    this.review = new ReviewBook(options.store, options.connectionId, options.domain);
    const { domain, connectionId, backend, ui, store } = options;
    const context = {
      domain, connectionId, backend, ui, store, review: this.review, profiles: this.profiles, mergesInFlight: this.mergesInFlight,
      group: (id: string) => this.groups.group(id),
      allGroups: () => this.groups.all,
      matchGenerationDate: () => this.matchGenerationDate,
      post: (m: HostMessage) => this.post(m),
      now: options.now ?? (() => new Date()),
      onMerged: options.onMerged,
    };
    this.merges = new MergeService(context);
    this.bulk = new BulkMergeService(context, options.bulkConcurrency ?? 4);
  }

  /** TEST-ONLY (through the test API): as if the extension host died in the middle of a bulk merge. */
  simulateCrash(): Promise<void> {
    return this.bulk.simulateCrash();
  }

  get domain(): string { return this.options.domain; }

  dispose(): void {
    this.disposed = true;
    this.releaseFirstPaint?.();
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
    const domain = this.options.backend.getDomain(this.domain, loading.signal);
    const firstPage = this.options.backend.getMatchesPage(this.domain, undefined, loading.signal);
    // Failures are reported when `ready` consumes them; until then they must not be unhandled rejections.
    domain.catch(() => undefined);
    firstPage.catch(() => undefined);
    this.prefetched = { loading, domain, firstPage };
  }

  /** Entry point for every webview message. Never throws; failures go back to the webview as `error`. */
  async receive(raw: unknown): Promise<void> {
    const result = validateWebviewMessage(raw, { domain: this.domain, group: (id) => this.groups.group(id), isLoadedProfile: (id) => this.groups.isLoadedProfile(id) });
    if (!result.ok) {
      this.options.ui.log(`Rejected a message from the matches webview (${this.domain}): ${result.reason}`);
      this.post({ type: 'error', requestId: result.requestId, message: `Rejected: ${result.reason}`, rejected: true });
      return;
    }
    const msg = result.message;
    const requestId = msg.type === 'ready' || msg.type === 'firstPaint' ? undefined : msg.requestId;
    try {
      switch (msg.type) {
        case 'ready': this.paintAck = msg.paintAck === true; return await this.startLoading();
        case 'firstPaint': return this.releaseFirstPaint?.();
        case 'reload': this.post({ type: 'ack', requestId: msg.requestId }); return await this.startLoading();
        case 'cancelLoading': this.loading?.abort(); return this.post({ type: 'ack', requestId: msg.requestId });
        case 'loadProfiles': return await this.loadProfiles(msg);
        case 'setReviewState': return await this.setReviewState(msg);
        case 'merge': return await this.merges.merge(msg);
        case 'export': return await this.export(msg);
        case 'bulkMerge': return await this.bulk.bulkMerge(msg);
        case 'resumeBulkMerge': return await this.bulk.resume(msg);
        case 'retryFailedMerges': return await this.bulk.retryFailed(msg);
        case 'exportMergeReport': return await this.bulk.exportReport(msg);
        case 'dismissMergeReport': return await this.bulk.dismiss(msg);
      }
    } catch (e) {
      this.options.ui.log(`Matches (${this.domain}): ${errorText(e)}`);
      this.post({ type: 'error', requestId, message: errorText(e) });
    }
  }

  private post(message: HostMessage): void {
    if (!this.disposed) this.options.ui.post(message);
  }

  // ---- GetMatches streaming ---------------------------------------------------------------------------

  private async startLoading(): Promise<void> {
    this.loading?.abort();
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const loading = prefetched?.loading ?? new AbortController();
    this.loading = loading;
    // Every run starts from an empty index: the webview resets its list on `init` (after Reload, or when VS Code
    // re-created it after its tab was hidden), so each group must be streamed again, and ids of groups gone from
    // GetMatches since the last run must stop validating.
    this.groups = new GroupIndex();
    const { backend } = this.options;
    // GetDomain runs beside the first GetMatches page, not before it: the first groups paint one round trip sooner.
    const thresholdLookup = (prefetched?.domain ?? backend.getDomain(this.domain, loading.signal)).then(
      (info) => info.autoMergeThreshold,
      (e: unknown) => {
        // The threshold only decorates the histogram; the matches are still worth loading.
        if (!loading.signal.aborted) this.options.ui.log(`Matches (${this.domain}): GetDomain failed, no AutoMerging threshold shown: ${errorText(e)}`);
        return undefined;
      },
    );
    let threshold: number | undefined;
    let initSent = false;
    /** Set once the first page is posted: the next page is fetched meanwhile but handed on only after it. */
    let painted: Promise<void> | undefined;
    let firstPageSent = false;
    let unusable = 0;
    let last: MatchesPage | undefined;
    let prefetchedPage = prefetched?.firstPage;
    const fetchPage = async (token: string | undefined): Promise<MatchesPage> => {
      const page = token === undefined && prefetchedPage ? prefetchedPage : backend.getMatchesPage(this.domain, token, loading.signal);
      prefetchedPage = undefined;
      const waitFor = painted;
      painted = undefined;
      // The request runs during the wait; its result is posted only after the webview painted the first page.
      if (waitFor) return (last = (await Promise.all([page, waitFor]))[0]);
      return (last = await page);
    };
    try {
      for await (const page of iteratePages(fetchPage)) {
        if (loading.signal.aborted) break;
        const meta = last!;
        if (!initSent) {
          threshold = await thresholdLookup;
          this.matchGenerationDate = meta.matchGenerationDate?.toISOString();
          await this.review.open(this.matchGenerationDate);
          this.sendInit(threshold, meta.potentialMatches);
          initSent = true;
        }
        const usable = page.items.map(toMatchGroup).filter((g): g is MatchGroup => !!g);
        unusable += page.items.length - usable.length;
        const added = this.groups.add(usable);
        this.post({
          type: 'groupsPage', groups: added.map((g) => this.summary(g)), loaded: this.groups.size,
          total: meta.potentialMatches, done: !page.nextToken, unusable: unusable || undefined,
        });
        // Posting the next pages right away would compete with the first paint (see fetchPage).
        if (!firstPageSent && page.nextToken) painted = this.firstPaint(loading.signal);
        firstPageSent = true;
      }
      if (loading.signal.aborted && loading === this.loading) {
        this.post({ type: 'groupsPage', groups: [], loaded: this.groups.size, done: true, cancelled: true });
      }
    } catch (e) {
      if (loading !== this.loading) return; // superseded by a reload
      if (!initSent) this.sendInit(await thresholdLookup, undefined);
      if (loading.signal.aborted) {
        // The reviewer cancelled while a page was in flight: the abort error is expected, not a failure.
        return this.post({ type: 'groupsPage', groups: [], loaded: this.groups.size, done: true, cancelled: true });
      }
      this.post({ type: 'error', message: `GetMatches failed after ${this.groups.size} groups: ${errorText(e)}` });
      this.post({ type: 'groupsPage', groups: [], loaded: this.groups.size, done: true, cancelled: true });
    }
  }

  /** Resolves on the webview's `firstPaint`, after the timeout (a lost ack must not stall loading), or on abort. */
  private firstPaint(signal: AbortSignal): Promise<void> {
    if (!this.paintAck || signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        if (this.releaseFirstPaint === done) this.releaseFirstPaint = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.firstPaintTimeoutMs ?? 500);
      signal.addEventListener('abort', done);
      this.releaseFirstPaint = done;
    });
  }

  private sendInit(autoMergeThreshold: number | undefined, potentialMatches: number | undefined): void {
    this.post({
      type: 'init', domain: this.domain, connectionLabel: this.options.connectionLabel, autoMergeThreshold,
      matchGenerationDate: this.matchGenerationDate, potentialMatches, reviewStates: this.review.persisted.states,
    });
    // After `init` (which resets the webview): the report of an interrupted or unfinished bulk merge.
    this.bulk.announce();
  }

  private summary(g: MatchGroup): GroupSummary {
    return { matchId: g.matchId, profileIds: g.profileIds, score: g.score, state: this.review.admit(g) };
  }

  // ---- requests -----------------------------------------------------------------------------------------

  private async loadProfiles(msg: Validated<LoadProfilesRequest>): Promise<void> {
    const { profiles, missingIds } = await this.profiles.load(msg.profileIds);
    this.post({ type: 'profiles', requestId: msg.requestId, profiles, missingIds });
  }

  private async setReviewState(msg: Validated<SetReviewStateRequest>): Promise<void> {
    const group = this.groups.group(msg.matchId)!;
    if (this.mergesInFlight.has(group.matchId)) throw new Error('A merge of this group is in progress.');
    const t = transition(this.review.stateOf(group.matchId), msg.state);
    if (!t.ok) throw new Error(t.reason);
    await this.review.set(group, t.state);
    this.post({ type: 'reviewStates', requestId: msg.requestId, states: { [group.matchId]: t.state } });
  }

  private exportContext(): ExportContext {
    return {
      domain: this.domain, matchGenerationDate: this.matchGenerationDate, groups: this.groups.all,
      stateOf: (id) => this.review.stateOf(id), profile: (id) => this.profiles.get(id),
    };
  }

  private async export(msg: Validated<ExportRequest>): Promise<void> {
    const ctx = this.exportContext();
    const now = (this.options.now ?? (() => new Date()))();
    const content = msg.format === 'csv' ? exportGroupsCsv(ctx) : exportGroupsJson(ctx, now);
    const target = await this.options.ui.saveFile(`${this.domain}-matches.${msg.format}`, msg.format, content);
    this.post({ type: 'exportResult', requestId: msg.requestId, saved: target !== undefined, target });
  }
}
