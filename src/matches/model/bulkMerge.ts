// "Merge all unreviewed groups with score >= X": planning (pure) and a bounded-concurrency runner that takes
// the actual merge call as a function, so it is testable without any API.
import type { MatchGroup } from './matchGroup';
import type { MergeProfilesRequest } from './mergeRequests';
import type { ReviewState } from './reviewState';
import { runWithConcurrency } from './concurrency';

export interface SkippedGroup { readonly matchId: string; readonly reason: string }

export interface BulkMergePlan {
  readonly minScore: number;
  /** Unreviewed groups at or above minScore, highest score first. */
  readonly candidates: readonly MatchGroup[];
  /** Groups at or above minScore that will not be touched, with why. */
  readonly skipped: readonly SkippedGroup[];
}

const SKIP_REASON: Record<Exclude<ReviewState, 'unreviewed'>, string> = {
  'not-a-match': 'marked "not a match" (never bulk-merged)',
  skipped: 'marked "skipped" by a reviewer',
  merged: 'already merged',
};

export function planBulkMerge(
  groups: Iterable<MatchGroup>, stateOf: (matchId: string) => ReviewState, minScore: number,
): BulkMergePlan {
  const candidates: MatchGroup[] = [];
  const skipped: SkippedGroup[] = [];
  for (const g of groups) {
    if (!(g.score >= minScore)) continue;
    const state = stateOf(g.matchId);
    if (state === 'unreviewed') candidates.push(g);
    else skipped.push({ matchId: g.matchId, reason: SKIP_REASON[state] });
  }
  candidates.sort((a, b) => b.score - a.score);
  return { minScore, candidates, skipped };
}

/** What preparing one group yields: the requests to send, or why it is skipped (e.g. profiles gone). */
export type PreparedMerge = { readonly requests: readonly MergeProfilesRequest[] } | { readonly skip: string };

export interface BulkMergeReport {
  readonly merged: ReadonlyArray<{ readonly matchId: string; readonly mainProfileId: string; readonly deleted: number }>;
  readonly failed: ReadonlyArray<{ readonly matchId: string; readonly error: string; readonly callsDone: number; readonly callsTotal: number }>;
  readonly skipped: readonly SkippedGroup[];
  readonly cancelled: boolean;
}

export interface BulkMergeRunOptions {
  prepare(group: MatchGroup): Promise<PreparedMerge>;
  merge(request: MergeProfilesRequest): Promise<void>;
  concurrency: number;
  signal?: AbortSignal;
  onGroupDone?(matchId: string, outcome: 'merged' | 'failed' | 'skipped', done: number, total: number): void;
}

/**
 * Runs the plan. The chunked calls of one group run in order (same main profile); groups run in parallel up
 * to `concurrency`. A failure stops that group only. Cancelling stops starting new groups; the ones in flight
 * finish, because a half-sent group is worse than a finished one.
 */
export async function runBulkMerge(plan: BulkMergePlan, options: BulkMergeRunOptions): Promise<BulkMergeReport> {
  const merged: Array<BulkMergeReport['merged'][number]> = [];
  const failed: Array<BulkMergeReport['failed'][number]> = [];
  const skipped: SkippedGroup[] = [...plan.skipped];
  const total = plan.candidates.length;
  let done = 0;
  const finish = (matchId: string, outcome: 'merged' | 'failed' | 'skipped'): void => {
    done++;
    options.onGroupDone?.(matchId, outcome, done, total);
  };
  const { started } = await runWithConcurrency(plan.candidates, options.concurrency, async (group) => {
    let prepared: PreparedMerge;
    try {
      prepared = await options.prepare(group);
    } catch (e) {
      failed.push({ matchId: group.matchId, error: errorText(e), callsDone: 0, callsTotal: 0 });
      return finish(group.matchId, 'failed');
    }
    if ('skip' in prepared) {
      skipped.push({ matchId: group.matchId, reason: prepared.skip });
      return finish(group.matchId, 'skipped');
    }
    let callsDone = 0;
    try {
      for (const request of prepared.requests) {
        await options.merge(request);
        callsDone++;
      }
      const deleted = prepared.requests.reduce((n, r) => n + r.ProfileIdsToBeMerged.length, 0);
      merged.push({ matchId: group.matchId, mainProfileId: prepared.requests[0].MainProfileId, deleted });
      finish(group.matchId, 'merged');
    } catch (e) {
      failed.push({ matchId: group.matchId, error: errorText(e), callsDone, callsTotal: prepared.requests.length });
      finish(group.matchId, 'failed');
    }
  }, options.signal);
  for (const group of plan.candidates.slice(started)) skipped.push({ matchId: group.matchId, reason: 'cancelled before it started' });
  return { merged, failed, skipped, cancelled: started < total };
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
  return String(e);
}

export function formatBulkMergeReport(report: BulkMergeReport): string {
  const lines = [
    `Bulk merge${report.cancelled ? ' (cancelled)' : ''}: ${report.merged.length} merged, ${report.failed.length} failed, ${report.skipped.length} skipped.`,
    ...report.merged.map((m) => `  merged  ${m.matchId}: ${m.deleted} profile(s) merged into ${m.mainProfileId}`),
    ...report.failed.map((f) => `  FAILED  ${f.matchId}: ${f.error}${f.callsDone ? ` (after ${f.callsDone} of ${f.callsTotal} MergeProfiles calls had succeeded)` : ''}`),
    ...report.skipped.map((s) => `  skipped ${s.matchId}: ${s.reason}`),
  ];
  return lines.join('\n');
}
