// The host side of one matches panel, without vscode: it answers the webview's messages, records review
// states and runs merges; GetMatches streaming is MatchesStream's (matchesStream.ts) and the background
// profile fetch ProfilePrefetch's (profilePrefetch.ts). The panel (panel.ts) only plugs in the webview,
// the modal, the save dialog and the progress notification. The backend is reachable only from handlers
// that take Validated<...> messages, and receive() is the only way in.
import type { MatchesBackend, MatchesPage } from './backend';
import { watchForDomainGone } from './domainGone';
import type { GroupIndex } from './groupIndex';
import { bulkMergeConfirmation } from './model/bulkMergeConfirmation';
import {
  errorText, formatBulkMergeReport, planBulkMerge, runBulkMerge, type BulkMergePlan, type PreparedMerge,
} from './model/bulkMerge';
import type { ExportContext } from './model/exportGroups';
import type { ExportUi } from './exportService';
import { exportMatches } from './exportMatches';
import type { MatchGroup } from './model/matchGroup';
import { buildMergeRequests, profilesDeletedBy, type MergeProfilesRequest } from './model/mergeRequests';
import { preselectMainProfile } from './model/mainProfile';
import { transition } from './model/reviewState';
import { MatchesStream } from './matchesStream';
import { ProfileCache } from './profileCache';
import { ProfilePrefetch } from './profilePrefetch';
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
  /** Identity of the panel's connection (ConnectionManager.key()), sent in `init` for the webview's saved state. */
  readonly connectionKey?: string;
  /** A call showed the domain no longer exists (ResourceNotFound): the panel detaches. */
  readonly onDomainGone?: (reason: string) => void;
  /** BatchGetProfile calls in flight for the background profile fetch (default 4; 0 = no background fetch). */
  readonly prefetchConcurrency?: number;
}

export class MatchesController {
  private readonly backend: MatchesBackend;
  private readonly stream: MatchesStream;
  private readonly profiles: ProfileCache;
  private readonly prefetcher: ProfilePrefetch;
  private readonly review: ReviewBook;
  private readonly mergesInFlight = new Set<string>();
  private matchGenerationDate: string | undefined;
  private disposed = false;

  constructor(private readonly options: MatchesControllerOptions) {
    this.backend = watchForDomainGone(options.backend, options.domain, (reason) => options.onDomainGone?.(reason));
    this.profiles = new ProfileCache(this.backend, options.domain);
    this.review = new ReviewBook(options.store, options.connectionId, options.domain);
    this.prefetcher = new ProfilePrefetch({
      cache: this.profiles, post: (m) => this.post(m), log: (line) => options.ui.log(`Matches (${options.domain}): ${line}`),
      concurrency: options.prefetchConcurrency,
    });
    this.stream = new MatchesStream({
      domain: options.domain, backend: this.backend, firstPaintTimeoutMs: options.firstPaintTimeoutMs,
      post: (m) => this.post(m), log: (line) => options.ui.log(line),
      begin: (threshold, firstPage) => this.begin(threshold, firstPage),
      summary: (g) => this.summary(g),
      // Search and export cover every loaded group: once the stream stops, fetch all their profiles.
      ended: (groups) => options.prefetchConcurrency !== 0 && this.prefetcher.start(groups.all),
    });
  }

  get domain(): string { return this.options.domain; }
  private get groups(): GroupIndex { return this.stream.groups; }

  dispose(): void {
    this.detach();
    this.disposed = true;
  }

  /** Stops loading and the background fetch for good; answers to requests in flight are still posted. */
  detach(): void {
    this.stream.dispose();
    this.prefetcher.stop();
  }

  /** Starts GetDomain and the first GetMatches page while the webview boots (see MatchesStream.prefetch). */
  prefetch(): void {
    if (!this.disposed) this.stream.prefetch();
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
        case 'ready': this.stream.setPaintAck(msg.paintAck === true); return await this.startLoading();
        case 'firstPaint': return this.stream.firstPaint();
        case 'reload': this.post({ type: 'ack', requestId: msg.requestId }); return await this.startLoading();
        case 'cancelLoading': this.stream.cancel(); return this.post({ type: 'ack', requestId: msg.requestId });
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

  private startLoading(): Promise<void> {
    this.prefetcher.stop();
    return this.stream.start();
  }

  /** A stream run starts: open the run's review states, then tell the webview (it resets its list). */
  private async begin(autoMergeThreshold: number | undefined, firstPage: MatchesPage | undefined): Promise<void> {
    if (firstPage) {
      this.matchGenerationDate = firstPage.matchGenerationDate?.toISOString();
      await this.review.open(this.matchGenerationDate);
    }
    this.post({
      type: 'init', domain: this.domain, connectionLabel: this.options.connectionLabel, autoMergeThreshold,
      matchGenerationDate: this.matchGenerationDate, potentialMatches: firstPage?.potentialMatches, reviewStates: this.review.persisted.states,
      ...(this.options.connectionKey !== undefined ? { connectionKey: this.options.connectionKey } : {}),
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
          await this.backend.mergeProfiles(request);
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
    const result = await exportMatches({
      format: msg.format, context: { ...this.exportContext(), groups }, prefetcher: this.prefetcher, status: this.stream.status,
      now: (this.options.now ?? (() => new Date()))(), ui: this.options.ui, log: (l) => this.options.ui.log(l),
    });
    this.post({ type: 'exportResult', requestId: msg.requestId, ...result });
  }

  // ---- bulk merge ---------------------------------------------------------------------------------------

  private async bulkMerge(msg: Validated<BulkMergeRequest>): Promise<void> {
    const plan = planBulkMerge(this.groups.all.filter((g) => !this.mergesInFlight.has(g.matchId)), (id) => this.review.stateOf(id), msg.minScore);
    if (plan.candidates.length === 0) {
      throw new Error(`No unreviewed group has a score of ${msg.minScore} or more.`);
    }
    const question = bulkMergeConfirmation(plan, this.stream.status);
    const ok = await this.options.ui.confirm(question.message, question.detail, 'Merge All');
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
      merge: (request) => this.backend.mergeProfiles(request),
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
