// "Merge all unreviewed groups with score >= X": planning and the report (pure). The run itself, journaled so
// it survives interruption, is src/host/matches/journaledRun.ts.
import * as l10n from '@vscode/l10n';
import type { MatchGroup } from './matchGroup';
import type { MergeProfilesRequest } from './mergeRequests';
import type { ReviewState } from './reviewState';

export interface SkippedGroup { readonly matchId: string; readonly reason: string }

export interface BulkMergePlan {
  readonly minScore: number;
  /** Rule-based panels: "merge all at level ≤ maxLevel" (minScore is then 0 and unused). */
  readonly maxLevel?: number;
  /** Unreviewed groups at or above minScore, highest score first. */
  readonly candidates: readonly MatchGroup[];
  /** Groups at or above minScore that will not be touched, with why. */
  readonly skipped: readonly SkippedGroup[];
}

/** Why a group at the threshold is left alone (the display language's words; a function: translated when used). */
function skipReason(state: Exclude<ReviewState, 'unreviewed'>): string {
  switch (state) {
    case 'not-a-match': return l10n.t('marked "not a match" (never bulk-merged)');
    case 'skipped': return l10n.t('marked "skipped" by a reviewer');
    case 'merged': return l10n.t('already merged');
  }
}

/** `maxLevel` set: rule-based groups at that level or a lower (stronger) one; groups without a level never qualify. */
export function planBulkMerge(
  groups: Iterable<MatchGroup>, stateOf: (matchId: string) => ReviewState, minScore: number, maxLevel?: number,
): BulkMergePlan {
  const candidates: MatchGroup[] = [];
  const skipped: SkippedGroup[] = [];
  const qualifies = maxLevel === undefined
    ? (g: MatchGroup) => g.score >= minScore
    : (g: MatchGroup) => g.unresolved === undefined && g.level !== undefined && g.level <= maxLevel;
  for (const g of groups) {
    if (!qualifies(g)) continue;
    const state = stateOf(g.matchId);
    if (state === 'unreviewed') candidates.push(g);
    else skipped.push({ matchId: g.matchId, reason: skipReason(state) });
  }
  if (maxLevel === undefined) candidates.sort((a, b) => b.score - a.score);
  else candidates.sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
  return { minScore, ...(maxLevel !== undefined ? { maxLevel } : {}), candidates, skipped };
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
  // Shown in the panel (and logged): the summary and one line per group, each a whole message.
  const counts = [report.merged.length, report.failed.length, report.skipped.length];
  const lines = [
    report.cancelled
      ? l10n.t('Bulk merge (cancelled): {0} merged, {1} failed, {2} skipped.', ...counts)
      : l10n.t('Bulk merge: {0} merged, {1} failed, {2} skipped.', ...counts),
    ...report.merged.map((m) => `  ${l10n.t('merged  {0}: {1} profile(s) merged into {2}', m.matchId, m.deleted, m.mainProfileId)}`),
    ...report.failed.map((f) => `  ${f.callsDone
      ? l10n.t('FAILED  {0}: {1} (after {2} of {3} {4} calls had succeeded)', f.matchId, f.error, f.callsDone, f.callsTotal, 'MergeProfiles')
      : l10n.t('FAILED  {0}: {1}', f.matchId, f.error)}`),
    ...report.skipped.map((s) => `  ${l10n.t('skipped {0}: {1}', s.matchId, s.reason)}`),
  ];
  return lines.join('\n');
}
