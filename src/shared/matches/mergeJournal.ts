// The bulk-merge journal (pure): what a run planned, which MergeProfiles call was sent, and what the service
// answered. It is persisted before each call and after its answer (journalStore.ts), so after a crash or a
// window reload the panel can say exactly what happened and resume without merging any group twice.
import * as l10n from '@vscode/l10n';
import type { MergeProfilesRequest } from './mergeRequests';

export const JOURNAL_VERSION = 1;

/** One MergeProfiles call of a group. `calling` with no answer in an interrupted run = outcome unknown. */
export type JournalCall =
  | { readonly state: 'pending' }
  | { readonly state: 'calling'; readonly at: string }
  | { readonly state: 'merged'; readonly requestId?: string; readonly verified?: boolean }
  | { readonly state: 'failed'; readonly error: string };

export interface JournalGroup {
  readonly matchId: string;
  readonly profileIds: readonly string[];
  /** Set once the group was prepared (main profile chosen): the exact requests, one per call. */
  readonly requests?: readonly MergeProfilesRequest[];
  /** calls[i] belongs to requests[i]. */
  readonly calls?: readonly JournalCall[];
  /** Why the group was not merged (profiles gone, state changed): it is done, nothing to resume. */
  readonly skipped?: string;
  /** Reading its profiles (BatchGetProfile) failed before any call: no call was sent; "Retry failed" prepares it again. */
  readonly prepareError?: string;
}

export interface MergeJournal {
  readonly version: typeof JOURNAL_VERSION;
  /** Identifies this run; the webview names it in Resume / Retry / Dismiss so it acts on the run it showed. */
  readonly runId: string;
  readonly domain: string;
  readonly matchGenerationDate?: string;
  readonly minScore: number;
  /** Rule-based bulk merges: "at level ≤ maxLevel" (minScore is then 0). */
  readonly maxLevel?: number;
  readonly startedAt: string;
  /** Set when the runner returned normally (absent after a crash: the run was interrupted). */
  readonly finishedAt?: string;
  readonly groups: readonly JournalGroup[];
}

export type JournalEvent =
  | { readonly type: 'prepared'; readonly matchId: string; readonly requests: readonly MergeProfilesRequest[] }
  | { readonly type: 'skipped'; readonly matchId: string; readonly reason: string }
  | { readonly type: 'prepareFailed'; readonly matchId: string; readonly error: string }
  /** Retry failed: a group whose preparation failed is prepared again. */
  | { readonly type: 'retryPrepare'; readonly matchId: string }
  | { readonly type: 'calling'; readonly matchId: string; readonly call: number; readonly at: string }
  | { readonly type: 'merged'; readonly matchId: string; readonly call: number; readonly requestId?: string; readonly verified?: boolean }
  | { readonly type: 'failed'; readonly matchId: string; readonly call: number; readonly error: string }
  /** Resume found an unknown call not executed (its ids all still exist), or Retry resets a failed one. */
  | { readonly type: 'reset'; readonly matchId: string; readonly call: number; readonly request?: MergeProfilesRequest }
  | { readonly type: 'started' }
  | { readonly type: 'finished'; readonly at: string };

export function newJournal(o: { runId: string; domain: string; matchGenerationDate?: string; minScore: number; maxLevel?: number; startedAt: string; groups: ReadonlyArray<{ matchId: string; profileIds: readonly string[] }> }): MergeJournal {
  return {
    version: JOURNAL_VERSION, runId: o.runId, domain: o.domain, matchGenerationDate: o.matchGenerationDate,
    minScore: o.minScore, ...(o.maxLevel !== undefined ? { maxLevel: o.maxLevel } : {}), startedAt: o.startedAt,
    groups: o.groups.map((g) => ({ matchId: g.matchId, profileIds: [...g.profileIds] })),
  };
}

function withGroup(journal: MergeJournal, matchId: string, change: (g: JournalGroup) => JournalGroup): MergeJournal {
  const index = journal.groups.findIndex((g) => g.matchId === matchId);
  if (index < 0) throw new Error(`group ${matchId} is not part of bulk merge ${journal.runId}`);
  const groups = [...journal.groups];
  groups[index] = change(groups[index]);
  return { ...journal, groups };
}

function withCall(group: JournalGroup, call: number, next: JournalCall, allowed: readonly JournalCall['state'][]): JournalGroup {
  const calls = group.calls;
  if (!calls || call < 0 || call >= calls.length) throw new Error(`group ${group.matchId} has no MergeProfiles call ${call}`);
  if (!allowed.includes(calls[call].state)) {
    throw new Error(`group ${group.matchId} call ${call} is ${calls[call].state}, cannot become ${next.state}`);
  }
  const copy = [...calls];
  copy[call] = next;
  return { ...group, calls: copy };
}

/**
 * Applies one event. Illegal transitions throw: above all, a call can only go to `calling` from `pending`, so
 * nothing that went through this reducer sends a MergeProfiles call twice.
 */
export function applyJournalEvent(journal: MergeJournal, event: JournalEvent): MergeJournal {
  switch (event.type) {
    case 'started': {
      const { finishedAt: _finished, ...rest } = journal;
      return rest;
    }
    case 'finished': return { ...journal, finishedAt: event.at };
    case 'prepared':
      return withGroup(journal, event.matchId, (g) => {
        if (g.requests || g.skipped || g.prepareError !== undefined) throw new Error(`group ${g.matchId} was already prepared`);
        if (event.requests.length === 0) throw new Error(`group ${g.matchId}: nothing to merge`);
        return { ...g, requests: event.requests, calls: event.requests.map(() => ({ state: 'pending' as const })) };
      });
    case 'prepareFailed':
      return withGroup(journal, event.matchId, (g) => {
        if (g.requests || g.skipped) throw new Error(`group ${g.matchId} was already prepared`);
        return { ...g, prepareError: event.error };
      });
    case 'retryPrepare':
      return withGroup(journal, event.matchId, (g) => {
        if (g.prepareError === undefined) throw new Error(`group ${g.matchId} did not fail to prepare`);
        const { prepareError: _error, ...rest } = g;
        return rest;
      });
    case 'skipped':
      return withGroup(journal, event.matchId, (g) => {
        if (g.calls?.some((c) => c.state !== 'pending')) throw new Error(`group ${g.matchId} has calls already sent; it cannot be skipped`);
        return { matchId: g.matchId, profileIds: g.profileIds, skipped: event.reason };
      });
    case 'calling':
      return withGroup(journal, event.matchId, (g) => {
        if (g.calls?.slice(0, event.call).some((c) => c.state !== 'merged')) throw new Error(`group ${g.matchId}: call ${event.call} before the earlier ones merged`);
        return withCall(g, event.call, { state: 'calling', at: event.at }, ['pending']);
      });
    case 'merged':
      return withGroup(journal, event.matchId, (g) =>
        withCall(g, event.call, { state: 'merged', requestId: event.requestId, verified: event.verified || undefined }, ['calling']));
    case 'failed':
      return withGroup(journal, event.matchId, (g) => withCall(g, event.call, { state: 'failed', error: event.error }, ['calling']));
    case 'reset':
      return withGroup(journal, event.matchId, (g) => {
        const next = withCall(g, event.call, { state: 'pending' }, ['calling', 'failed']);
        if (!event.request) return next;
        const requests = [...(g.requests ?? [])];
        requests[event.call] = event.request;
        return { ...next, requests };
      });
  }
}

// ---- reading a journal ----------------------------------------------------------------------------------

export type GroupOutcome = 'merged' | 'failed' | 'unknown' | 'not-started' | 'skipped';

export interface GroupStatus {
  readonly matchId: string;
  readonly outcome: GroupOutcome;
  readonly mainProfileId?: string;
  /** Ids merged into the main profile by the calls that succeeded. */
  readonly deletedIds: readonly string[];
  readonly requestIds: readonly string[];
  readonly callsDone: number;
  readonly callsTotal: number;
  /** The service's error (failed), the skip reason, or which call has no answer (unknown). */
  readonly detail?: string;
  /** At least one call's outcome was established by BatchGetProfile rather than by an answer. */
  readonly verified?: boolean;
}

export function groupStatus(g: JournalGroup): GroupStatus {
  const calls = g.calls ?? [];
  const requests = g.requests ?? [];
  const mergedCalls = calls.map((c, i) => ({ c, i })).filter(({ c }) => c.state === 'merged');
  const base = {
    matchId: g.matchId,
    mainProfileId: requests[0]?.MainProfileId,
    deletedIds: mergedCalls.flatMap(({ i }) => requests[i].ProfileIdsToBeMerged),
    requestIds: mergedCalls.flatMap(({ c }) => (c.state === 'merged' && c.requestId ? [c.requestId] : [])),
    callsDone: mergedCalls.length,
    callsTotal: calls.length,
    verified: mergedCalls.some(({ c }) => c.state === 'merged' && c.verified) || undefined,
  };
  if (g.skipped !== undefined) return { ...base, outcome: 'skipped', detail: g.skipped };
  if (g.prepareError !== undefined) return { ...base, outcome: 'failed', detail: l10n.t('{0} failed, no {1} call was sent: {2}', 'BatchGetProfile', 'MergeProfiles', g.prepareError) };
  const failed = calls.find((c) => c.state === 'failed');
  if (failed && failed.state === 'failed') return { ...base, outcome: 'failed', detail: failed.error };
  const calling = calls.findIndex((c) => c.state === 'calling');
  if (calling >= 0) return { ...base, outcome: 'unknown', detail: l10n.t('no answer to {0} call {1} of {2}', 'MergeProfiles', calling + 1, calls.length) };
  if (calls.length > 0 && mergedCalls.length === calls.length) return { ...base, outcome: 'merged' };
  return { ...base, outcome: 'not-started', detail: mergedCalls.length ? l10n.t('{0} of {1} calls done', mergedCalls.length, calls.length) : undefined };
}

export interface JournalReport {
  readonly runId: string;
  readonly domain: string;
  readonly minScore: number;
  readonly maxLevel?: number;
  readonly startedAt: string;
  readonly finishedAt?: string;
  /** True when the run stopped without finishing (crash, reload) and no runner is working on it now. */
  readonly interrupted: boolean;
  /** Failures first: failed, unknown, then merged, not started, skipped. */
  readonly groups: readonly GroupStatus[];
  readonly counts: Readonly<Record<GroupOutcome, number>>;
}

const REPORT_ORDER: readonly GroupOutcome[] = ['failed', 'unknown', 'merged', 'not-started', 'skipped'];

export function journalReport(journal: MergeJournal, running: boolean): JournalReport {
  const statuses = journal.groups.map(groupStatus);
  const counts = Object.fromEntries(REPORT_ORDER.map((o) => [o, 0])) as Record<GroupOutcome, number>;
  for (const s of statuses) counts[s.outcome]++;
  const groups = REPORT_ORDER.flatMap((o) => statuses.filter((s) => s.outcome === o));
  return {
    runId: journal.runId, domain: journal.domain, minScore: journal.minScore,
    ...(journal.maxLevel !== undefined ? { maxLevel: journal.maxLevel } : {}), startedAt: journal.startedAt,
    finishedAt: journal.finishedAt, interrupted: !running && journal.finishedAt === undefined, groups, counts,
  };
}

/** Something is left to do or to look at: the panel shows the report until it is dismissed. */
export function needsAttention(report: JournalReport): boolean {
  return report.interrupted || report.counts.failed > 0 || report.counts.unknown > 0 || report.counts['not-started'] > 0;
}
