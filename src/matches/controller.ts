// The host side of one matches panel, without vscode: it answers the webview's messages, streams GetMatches,
// loads profiles, records review states and runs merges. The panel (panel.ts) only plugs in the webview,
// the modal, the save dialog and the progress notification. The backend is reachable only from handlers
// that take Validated<...> messages, and receive() is the only way in.
import { iteratePages } from '../aws/paging';
import type { DomainMatchingInfo, MatchesBackend, MatchesPage } from './backend';
import { GroupIndex } from './groupIndex';
import {
  errorText, formatBulkMergeReport, planBulkMerge, runBulkMerge, type BulkMergePlan, type PreparedMerge,
} from './model/bulkMerge';
import { exportMatchGroups, type ExportUi } from './exportService';
import type { ExportContext } from './model/exportGroups';
import { toMatchGroup, type MatchGroup } from './model/matchGroup';
import { buildMergeRequests, profilesDeletedBy, type MergeProfilesRequest } from './model/mergeRequests';
import { preselectMainProfile } from './model/mainProfile';
import { transition } from './model/reviewState';
import { ProfileCache } from './profileCache';
import type {
  BulkMergeRequest, ExportRequest, GroupSummary, HostMessage, LoadProfilesRequest, MergeRequest, SetReviewStateRequest,
} from './protocol';
import { ReviewBook, type KeyValueStore } from './reviewBook';
import { validateWebviewMessage, type Validated } from './validateWebviewMessage';

/** The editor services the controller needs (vscode in the extension, fakes in tests and the harness). */
export interface MatchesHostUi extends ExportUi {
  post(message: HostMessage): void;
  /** A modal confirmation; resolves true only when the user chose `action`. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** Runs a cancellable task under a progress notification. */
  withProgress<T>(title: string, task: (report: (message: string) => void, signal: AbortSignal) => Promise<T>): Promise<T>;
  log(line: string): void;
}

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
        case 'merge': return await this.merge(msg);
        case 'export': return await this.export(msg);
        case 'bulkMerge': return await this.bulkMerge(msg);
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

  private async merge(msg: Validated<MergeRequest>): Promise<void> {
    const group = this.groups.group(msg.matchId)!;
    if (this.mergesInFlight.has(group.matchId)) throw new Error('A merge of this group is already in progress.');
    const allowed = transition(this.review.stateOf(group.matchId), 'merged');
    if (!allowed.ok) throw new Error(allowed.reason);
    const requests = buildMergeRequests(this.domain, msg.mainProfileId, msg.profileIdsToBeMerged, msg.fieldSourceProfileIds);
    this.mergesInFlight.add(group.matchId);
    try {
      const result = { type: 'mergeResult' as const, requestId: msg.requestId, matchId: group.matchId, callsTotal: requests.length };
      if (!(await this.confirmMerge(requests))) {
        return this.post({ ...result, outcome: 'cancelled', callsDone: 0 });
      }
      let callsDone = 0;
      try {
        for (const request of requests) {
          await this.options.backend.mergeProfiles(request);
          callsDone++;
        }
      } catch (e) {
        this.options.ui.log(`MergeProfiles failed for group ${group.matchId} after ${callsDone} of ${requests.length} calls: ${errorText(e)}`);
        if (callsDone > 0) {
          this.profiles.forget(group.profileIds);
          this.options.onMerged?.();
        }
        return this.post({ ...result, outcome: 'failed', error: errorText(e), callsDone });
      }
      await this.markMerged(group, requests);
      this.post({ type: 'reviewStates', states: { [group.matchId]: 'merged' } });
      this.post({ ...result, outcome: 'merged', callsDone });
      this.options.onMerged?.();
    } finally {
      this.mergesInFlight.delete(group.matchId);
    }
  }

  private confirmMerge(requests: readonly MergeProfilesRequest[]): Promise<boolean> {
    const deleted = profilesDeletedBy(requests);
    const main = requests[0].MainProfileId;
    const calls = requests.length > 1
      ? ` MergeProfiles takes at most 20 profiles per call, so this runs as ${requests.length} calls in order, each into the same main profile.`
      : '';
    return this.options.ui.confirm(
      `Merge ${deleted} profile${deleted === 1 ? '' : 's'} into ${main}? This cannot be undone.`,
      `The ${deleted} merged profile${deleted === 1 ? ' is' : 's are'} deleted; their keys and objects move to the main profile.${calls}`,
      'Merge',
    );
  }

  private async markMerged(group: MatchGroup, requests: readonly MergeProfilesRequest[]): Promise<void> {
    await this.review.set(group, 'merged');
    this.profiles.forget(group.profileIds);
    this.options.ui.log(`Merged group ${group.matchId}: ${profilesDeletedBy(requests)} profile(s) into ${requests[0].MainProfileId} (${requests.length} MergeProfiles call(s)).`);
  }

  private exportContext(): ExportContext {
    return {
      domain: this.domain, matchGenerationDate: this.matchGenerationDate, groups: this.groups.all,
      stateOf: (id) => this.review.stateOf(id), profile: (id) => this.profiles.get(id),
    };
  }

  private async export(msg: Validated<ExportRequest>): Promise<void> {
    // Validated: every matchId names a loaded group (the webview's filtered list, in its order).
    const groups = msg.matchIds ? msg.matchIds.map((id) => this.groups.group(id)!) : this.groups.all;
    const now = (this.options.now ?? (() => new Date()))();
    const outcome = await exportMatchGroups({ ...this.exportContext(), groups }, msg.format, now, this.options.ui);
    this.post({ type: 'exportResult', requestId: msg.requestId, ...outcome });
  }

  // ---- bulk merge ---------------------------------------------------------------------------------------

  private async bulkMerge(msg: Validated<BulkMergeRequest>): Promise<void> {
    const plan = planBulkMerge(this.groups.all.filter((g) => !this.mergesInFlight.has(g.matchId)), (id) => this.review.stateOf(id), msg.minScore);
    if (plan.candidates.length === 0) {
      throw new Error(`No unreviewed group has a score of ${msg.minScore} or more.`);
    }
    const atMost = plan.candidates.reduce((n, g) => n + g.profileIds.length - 1, 0);
    const ok = await this.options.ui.confirm(
      `Merge ${plan.candidates.length} unreviewed group${plan.candidates.length === 1 ? '' : 's'} with score ≥ ${msg.minScore}? This cannot be undone.`,
      `Up to ${atMost} profiles will be deleted (merged into each group's most complete profile; conflicts keep the main profile's value). ` +
      `${plan.skipped.length} group(s) at that score are left alone (not a match, skipped or merged). Profiles gone since the job are left out.`,
      'Merge All',
    );
    if (!ok) return this.post({ type: 'bulkMergeResult', requestId: msg.requestId, cancelled: true });
    for (const g of plan.candidates) this.mergesInFlight.add(g.matchId);
    try {
      const report = await this.options.ui.withProgress(`Merging ${plan.candidates.length} match groups`, (progress, signal) =>
        this.runBulk(plan, progress, signal));
      this.options.ui.log(formatBulkMergeReport(report));
      this.post({ type: 'bulkMergeResult', requestId: msg.requestId, report });
      if (report.merged.length > 0 || report.failed.some((f) => f.callsDone > 0)) this.options.onMerged?.();
    } finally {
      for (const g of plan.candidates) this.mergesInFlight.delete(g.matchId);
    }
  }

  private runBulk(plan: BulkMergePlan, progress: (message: string) => void, signal: AbortSignal) {
    return runBulkMerge(plan, {
      concurrency: this.options.bulkConcurrency ?? 4,
      signal,
      prepare: (group) => this.prepareBulkGroup(group),
      merge: (request) => this.options.backend.mergeProfiles(request),
      onGroupDone: (matchId, outcome, done, total) => {
        progress(`${done} of ${total} groups done`);
        if (outcome === 'merged') {
          const group = this.groups.group(matchId)!;
          void this.review.set(group, 'merged').catch((e) => this.options.ui.log(`Could not record review state: ${errorText(e)}`));
          this.profiles.forget(group.profileIds);
          this.post({ type: 'reviewStates', states: { [matchId]: 'merged' } });
        }
      },
    });
  }

  private async prepareBulkGroup(group: MatchGroup): Promise<PreparedMerge> {
    // Re-check at run time: the reviewer may have changed the state since the plan was made.
    if (this.review.stateOf(group.matchId) !== 'unreviewed') return { skip: `state changed to ${this.review.stateOf(group.matchId)}` };
    const { profiles, missingIds } = await this.profiles.load(group.profileIds);
    const present = group.profileIds.map((id) => profiles.find((p) => p.ProfileId === id)).filter((p) => p !== undefined);
    if (present.length < 2) {
      return { skip: `only ${present.length} of its ${group.profileIds.length} profiles still exist (${missingIds.length} merged or deleted since the job)` };
    }
    const main = preselectMainProfile(present)!;
    const others = present.map((p) => p.ProfileId).filter((id) => id !== main.profileId);
    return { requests: buildMergeRequests(this.domain, main.profileId, others) };
  }
}
