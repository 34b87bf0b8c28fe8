// Background fetch of every loaded group's profiles, so search and export cover every group and not only
// the ones the reviewer happened to look at. BatchGetProfile in chunks of 20 ids through the panel's
// ProfileCache (shared with the webview's own loads: an id is fetched once), a few calls in flight.
//
// The webview does not get the profiles themselves (50,000 groups are ~150,000 profiles: too much for its
// heap); it gets each group's search text once all its profiles are known (`searchIndex`), and the progress
// "profiles for N of M groups" (`profilesProgress`). Messages are batched: one per ~500 groups or 100 ms.
import { chunk } from '../../shared/matches/chunk';
import { runWithConcurrency } from '../../shared/matches/concurrency';
import { groupSearchText } from '../../shared/matches/groupFilter';
import { BATCH_GET_PROFILE_IDS } from '../../shared/matches/limits';
import type { MatchGroup } from '../../shared/matches/matchGroup';
import type { ProfileRecord } from '../../shared/profile';
import type { ProfileCache } from './profileCache';
import type { HostMessage } from '../../shared/matches/protocol';

export interface ProfilePrefetchOptions {
  readonly cache: ProfileCache;
  post(message: HostMessage): void;
  log(line: string): void;
  /** BatchGetProfile calls in flight (default 4). */
  readonly concurrency?: number;
  /** Search entries per message (default 500) and the longest wait before a partial batch is sent (default 100 ms). */
  readonly entriesPerMessage?: number;
  readonly flushMs?: number;
}

export class ProfilePrefetch {
  private run: AbortController | undefined;
  private finished: Promise<void> = Promise.resolve();
  private groupsTotal = 0;
  private groupsFetched = 0;
  private failedGroups = 0;
  private running = false;
  private entries: Array<readonly [string, string]> = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ProfilePrefetchOptions) {}

  /** True when every group of the last start() has all its profiles known (fetched or gone). */
  get complete(): boolean { return !this.running && this.groupsFetched === this.groupsTotal && this.failedGroups === 0; }
  get progress(): { readonly groupsFetched: number; readonly groupsTotal: number } {
    return { groupsFetched: this.groupsFetched, groupsTotal: this.groupsTotal };
  }

  /** Fetches the profiles of `groups` (replacing a run in progress) and streams their search texts. */
  start(groups: readonly MatchGroup[]): void {
    this.stop();
    const run = new AbortController();
    this.run = run;
    this.running = true;
    this.groupsTotal = groups.length;
    this.groupsFetched = 0;
    this.failedGroups = 0;
    this.finished = this.fetchAll(groups, run.signal).catch((e: unknown) => {
      this.options.log(`Background profile fetch stopped: ${e instanceof Error ? e.message : String(e)}`);
    }).finally(() => {
      if (this.run !== run) return;
      this.running = false;
      this.flush(true);
    });
  }

  /** Stops the run (a reload, the panel closing or detaching); nothing more is posted for it. */
  stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.running = false;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.entries = [];
  }

  /** Resolves when the current run has finished (or stopped). */
  whenDone(): Promise<void> { return this.finished; }

  /**
   * Makes sure every profile of `groups` is known, fetching what is missing (e.g. ids whose call failed in
   * the background run); resolves with the groups that still lack a profile (their calls failed again).
   */
  async ensure(groups: readonly MatchGroup[]): Promise<MatchGroup[]> {
    await this.finished;
    const { cache } = this.options;
    const unknown = [...new Set(groups.flatMap((g) => g.profileIds))].filter((id) => cache.get(id) === undefined);
    await runWithConcurrency(chunk(unknown, BATCH_GET_PROFILE_IDS), Math.max(1, this.options.concurrency ?? 4), async (ids) => {
      await cache.load(ids, 'background').catch((e: unknown) => this.options.log(`BatchGetProfile failed for ${ids.length} ids: ${e instanceof Error ? e.message : String(e)}`));
    });
    return groups.filter((g) => g.profileIds.some((id) => cache.get(id) === undefined));
  }

  private async fetchAll(groups: readonly MatchGroup[], signal: AbortSignal): Promise<void> {
    const { cache } = this.options;
    const remaining = new Map<MatchGroup, number>();
    const groupsOfId = new Map<string, MatchGroup[]>();
    const queued: string[] = [];
    for (const g of groups) {
      let unknown = 0;
      for (const id of new Set(g.profileIds)) {
        if (cache.get(id) !== undefined) continue;
        unknown++;
        const of = groupsOfId.get(id);
        if (of) of.push(g);
        else { groupsOfId.set(id, [g]); queued.push(id); }
      }
      if (unknown === 0) this.groupDone(g);
      else remaining.set(g, unknown);
    }
    this.scheduleFlush();
    const failed = new Set<MatchGroup>();
    await runWithConcurrency(chunk(queued, BATCH_GET_PROFILE_IDS), this.options.concurrency ?? 4, async (ids) => {
      let ok = true;
      try {
        await cache.load(ids, 'background');
      } catch (e) {
        ok = false;
        if (!signal.aborted) this.options.log(`BatchGetProfile failed for ${ids.length} ids (background fetch): ${e instanceof Error ? e.message : String(e)}`);
      }
      if (signal.aborted) return;
      for (const id of ids) {
        for (const g of groupsOfId.get(id) ?? []) {
          if (!ok || cache.get(id) === undefined) failed.add(g);
          const left = (remaining.get(g) ?? 1) - 1;
          remaining.set(g, left);
          if (left === 0 && !failed.has(g)) this.groupDone(g);
        }
      }
      this.scheduleFlush();
    }, signal);
    this.failedGroups = failed.size;
  }

  private groupDone(g: MatchGroup): void {
    const { cache } = this.options;
    const profiles = g.profileIds.map((id) => cache.get(id)).filter((p): p is ProfileRecord => !!p);
    this.entries.push([g.matchId, groupSearchText(g, profiles)]);
    this.groupsFetched++;
  }

  private scheduleFlush(): void {
    if (this.entries.length >= (this.options.entriesPerMessage ?? 500)) return this.flush(false);
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(false), this.options.flushMs ?? 100);
  }

  private flush(final: boolean): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.entries.length > 0) this.options.post({ type: 'searchIndex', entries: this.entries });
    this.entries = [];
    this.options.post({
      type: 'profilesProgress', groupsFetched: this.groupsFetched, groupsTotal: this.groupsTotal, done: final,
      ...(final && this.failedGroups ? { failedGroups: this.failedGroups } : {}),
    });
  }
}
