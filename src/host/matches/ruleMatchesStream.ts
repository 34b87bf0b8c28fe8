// Streaming rule-based matches into one panel. ListRuleBasedMatches pages (100 MatchIds each) only name the
// groups; each group's profiles and RuleLevel come from one GetSimilarProfiles lookup per MatchId. Lookups run
// with bounded concurrency (default 8) in list order, except that MatchIds the webview asks for (`wantGroups`,
// e.g. the group open before a reload) jump the queue. The first screenful is posted as soon as it has
// resolved, and the rest is held until the webview painted it (`firstPaint`, or a short timeout), then
// streamed in batches through the same `groupsPage` messages as GetMatches. A MatchId that no longer resolves
// (merged or changed since it was listed), or whose lookup failed, becomes a group marked `unresolved` instead
// of failing the stream. No vscode: the controller owns one and tells it when to start, cancel or let go.
import * as l10n from '@vscode/l10n';
import type { DomainMatchingInfo, MatchesBackend, RuleMatchIdsPage } from './backend';
import { GroupIndex } from './groupIndex';
import type { StreamStatus } from './matchesStream';
import { errorText } from '../../shared/matches/bulkMerge';
import type { MatchGroup } from '../../shared/matches/matchGroup';
import type { GroupSummary, HostMessage } from '../../shared/matches/protocol';
import type { RuleBasedConfig } from '../../shared/rules/config';
import { FirstPaintGate } from './firstPaintGate';

export interface RuleMatchesStreamHost {
  readonly domain: string;
  readonly backend: MatchesBackend;
  post(message: HostMessage): void;
  log(line: string): void;
  /** The run starts: the host opens the review states and posts `init` (with the domain's rule config). */
  begin(config: RuleBasedConfig | undefined): Promise<void>;
  summary(group: MatchGroup): GroupSummary;
  /** The run ended: every listed group looked up (`complete`), or cancelled / failed part way. */
  ended(groups: GroupIndex, complete: boolean): unknown;
  readonly firstPaintTimeoutMs?: number;
  /** GetSimilarProfiles calls in flight at most (default 8). */
  readonly concurrency?: number;
  /** Groups in the first post: about one screenful of rows (default 24: a tall list shows about 20). */
  readonly firstBatch?: number;
  /** Later posts go out at most this often (default 100 ms), so 10,000 groups are not 10,000 messages. */
  readonly batchIntervalMs?: number;
}

/** One load's state: the MatchIds listed, the lookup queue and what is waiting to be posted. */
class Run {
  readonly abort = new AbortController();
  readonly listed: string[] = [];
  readonly listedSet = new Set<string>();
  next = 0;
  readonly wanted: string[] = [];
  readonly taken = new Set<string>();
  listingDone = false;
  readonly buffer: MatchGroup[] = [];
  wake: (() => void) | undefined;

  take(): string | undefined {
    while (this.wanted.length) {
      const id = this.wanted.shift()!;
      if (this.listedSet.has(id) && !this.taken.has(id)) { this.taken.add(id); return id; }
    }
    while (this.next < this.listed.length) {
      const id = this.listed[this.next++];
      if (!this.taken.has(id)) { this.taken.add(id); return id; }
    }
    return undefined;
  }

  notify(): void { const w = this.wake; this.wake = undefined; w?.(); }
}

export class RuleMatchesStream {
  private index = new GroupIndex();
  private run: Run | undefined;
  private prefetched: { readonly abort: AbortController; readonly domain: Promise<DomainMatchingInfo>; readonly firstPage: Promise<RuleMatchIdsPage> } | undefined;
  private readonly paint = new FirstPaintGate();
  private disposed = false;
  private last: StreamStatus = { loaded: 0, complete: false };

  constructor(private readonly host: RuleMatchesStreamHost) {}

  get groups(): GroupIndex { return this.index; }
  get status(): StreamStatus { return { ...this.last, loaded: this.index.size }; }
  setPaintAck(paintAck: boolean): void { this.paint.setPaintAck(paintAck); }
  firstPaint(): void { this.paint.release(); }
  cancel(): void { this.run?.abort.abort(); this.run?.notify(); }

  /** The webview wants these groups first (ids not listed, or already looked up, are ignored). */
  want(matchIds: readonly string[]): void {
    const run = this.run;
    if (!run) return;
    run.wanted.unshift(...matchIds.filter((id) => !run.taken.has(id)));
  }

  dispose(): void {
    this.disposed = true;
    this.paint.release();
    this.cancel();
    this.prefetched?.abort.abort();
  }

  /** GetDomain and the first ListRuleBasedMatches page while the webview boots (see MatchesStream.prefetch). */
  prefetch(): void {
    if (this.prefetched || this.disposed) return;
    const abort = new AbortController();
    const domain = this.host.backend.getDomain(this.host.domain, abort.signal);
    const firstPage = this.host.backend.listRuleBasedMatchesPage(this.host.domain, undefined, abort.signal);
    domain.catch(() => undefined);
    firstPage.catch(() => undefined);
    this.prefetched = { abort, domain, firstPage };
  }

  async start(): Promise<void> {
    if (this.disposed) return;
    this.cancel();
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const run = new Run();
    prefetched?.abort.signal.addEventListener('abort', () => run.abort.abort());
    if (prefetched?.abort.signal.aborted) run.abort.abort();
    this.run = run;
    this.index = new GroupIndex();
    this.last = { loaded: 0, complete: false };
    const { backend, domain } = this.host;
    const signal = run.abort.signal;
    const config = (prefetched?.domain ?? backend.getDomain(domain, signal)).then((info) => info.ruleBased, (e: unknown) => {
      if (!signal.aborted) this.host.log(`Rule-based matches (${domain}): GetDomain failed, the rules are not shown: ${errorText(e)}`);
      return undefined;
    });
    let failure: unknown;
    const fail = (e: unknown): void => { if (!signal.aborted && failure === undefined) failure = e; run.abort.abort(); run.notify(); };
    const listing = this.list(run, prefetched?.firstPage).catch(fail);
    const workers = Array.from({ length: Math.max(1, this.host.concurrency ?? 8) }, () => this.work(run).catch(fail));
    const posting = this.post(run, config);
    await Promise.all([listing, ...workers]);
    run.listingDone = true;
    run.notify();
    await posting.flushAll(failure === undefined && !signal.aborted);
    if (run !== this.run || this.disposed) return; // superseded by a reload, or the panel closed
    if (failure !== undefined) {
      this.host.post({ type: 'error', message: l10n.t('{0} failed after {1} groups: {2}', 'ListRuleBasedMatches', this.index.size, errorText(failure)) });
    }
    if (failure !== undefined || signal.aborted) {
      this.host.post({ type: 'groupsPage', groups: [], loaded: this.index.size, done: true, cancelled: true });
      this.host.ended(this.index, false);
      return;
    }
    this.last = { loaded: this.index.size, potentialMatches: run.listed.length, complete: true };
    this.host.ended(this.index, true);
  }

  private async list(run: Run, firstPage: Promise<RuleMatchIdsPage> | undefined): Promise<void> {
    let token: string | undefined;
    let page = firstPage;
    do {
      const p = await (page ?? this.host.backend.listRuleBasedMatchesPage(this.host.domain, token, run.abort.signal));
      page = undefined;
      if (run.abort.signal.aborted) return;
      for (const id of p.items) if (!run.listedSet.has(id)) { run.listedSet.add(id); run.listed.push(id); }
      run.notify();
      token = p.nextToken;
    } while (token);
    run.listingDone = true;
    run.notify();
  }

  private async work(run: Run): Promise<void> {
    const { backend, domain } = this.host;
    for (;;) {
      if (run.abort.signal.aborted) return;
      const id = run.take();
      if (id === undefined) {
        if (run.listingDone) return;
        await new Promise<void>((resolve) => {
          const prev = run.wake;
          run.wake = () => { prev?.(); resolve(); };
        });
        continue;
      }
      let group: MatchGroup;
      try {
        const found = await backend.getRuleBasedGroup(domain, id, run.abort.signal);
        group = found
          ? { matchId: id, profileIds: found.profileIds, score: 0, level: found.ruleLevel, ...(found.ruleLevel === undefined ? { unresolved: l10n.t('{0} returned no {1}.', 'GetSimilarProfiles', 'RuleLevel') } : {}) }
          : { matchId: id, profileIds: [], score: 0, unresolved: l10n.t('This {0} no longer resolves: the group was merged or its profiles changed since it was listed. Reload to see the current groups.', 'MatchId') };
      } catch (e) {
        if (run.abort.signal.aborted) return;
        // One lookup failing (after the SDK's retries) must not stop the other groups.
        group = { matchId: id, profileIds: [], score: 0, unresolved: l10n.t('{0} failed: {1}', 'GetSimilarProfiles', errorText(e)) };
      }
      run.buffer.push(group);
      run.notify();
    }
  }

  /** Posts what the workers resolved: the first screenful at once, then held for firstPaint, then in batches. */
  private post(run: Run, config: Promise<RuleBasedConfig | undefined>): { flushAll(complete: boolean): Promise<void> } {
    const firstBatch = this.host.firstBatch ?? 24;
    let begun: Promise<void> | undefined;
    let firstPosted = false;
    let painted: Promise<void> = Promise.resolve();
    let chain: Promise<void> = Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const begin = (): Promise<void> => (begun ??= config.then((c) => this.host.begin(c)));
    const flush = (done: boolean): Promise<void> => (chain = chain.then(async () => {
      await begin();
      if (run !== this.run || this.disposed) return;
      const added = this.index.add(run.buffer.splice(0));
      if (!added.length && !done) return;
      const total = run.listingDone ? run.listed.length : undefined;
      this.last = { loaded: this.index.size, potentialMatches: total, complete: false };
      this.host.post({ type: 'groupsPage', groups: added.map((g) => this.host.summary(g)), loaded: this.index.size, total, done });
    }));
    const pump = (): void => {
      if (run.abort.signal.aborted || run !== this.run) return;
      const idle = run.listingDone && run.next >= run.listed.length && run.wanted.length === 0;
      if (!firstPosted) {
        if (run.buffer.length >= firstBatch || (idle && run.buffer.length > 0)) {
          firstPosted = true;
          void flush(false);
          painted = this.paint.wait(run.abort.signal, this.host.firstPaintTimeoutMs);
        }
      } else if (!timer && run.buffer.length > 0) {
        timer = setTimeout(() => { timer = undefined; void painted.then(() => flush(false)).then(pump); }, this.host.batchIntervalMs ?? 100);
      }
      const w = run.wake;
      run.wake = () => { w?.(); pump(); };
    };
    pump();
    return {
      flushAll: async (complete) => {
        if (timer) clearTimeout(timer);
        await painted;
        if (complete || this.index.size > 0 || run.buffer.length > 0 || begun) {
          if (complete) await flush(true);
          else await chain;
        }
        // A run that failed or was cancelled before anything was posted still owes the webview its `init`.
        await begin();
      },
    };
  }
}
