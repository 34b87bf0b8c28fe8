// "Merge all unreviewed groups with score >= X": planning and the report (pure). The run itself, journaled so
// it survives interruption, is src/host/matches/journaledRun.ts.
import type { MatchGroup } from './matchGroup';
import type { MergeProfilesRequest } from './mergeRequests';
import type { ReviewState } from './reviewState';

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
