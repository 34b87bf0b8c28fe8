// Resuming an interrupted bulk merge (pure). A call whose answer was lost may or may not have run, so it is
// checked first: BatchGetProfile of its ProfileIdsToBeMerged (MergeProfiles deletes the merged profiles).
// All gone ⇒ it ran; all present ⇒ it did not; some gone ⇒ those were merged, the rest is sent again.
// Nothing is sent for a group whose outcome is still unknown, and no call that ran is ever sent again.
import { groupStatus, type JournalEvent, type MergeJournal } from './mergeJournal';
import type { MergeProfilesRequest } from './mergeRequests';

export interface UnknownCall {
  readonly matchId: string;
  readonly call: number;
  readonly request: MergeProfilesRequest;
}

/** Every call sent without a recorded answer. */
export function unknownCalls(journal: MergeJournal): UnknownCall[] {
  const out: UnknownCall[] = [];
  for (const g of journal.groups) {
    g.calls?.forEach((c, call) => {
      if (c.state === 'calling') out.push({ matchId: g.matchId, call, request: g.requests![call] });
    });
  }
  return out;
}

/** The ids to look up with BatchGetProfile to settle the unknown calls. */
export function idsToVerify(calls: readonly UnknownCall[]): string[] {
  return [...new Set(calls.flatMap((c) => c.request.ProfileIdsToBeMerged))];
}

/**
 * The events that settle the unknown calls, given which of idsToVerify() still exist. A partial result keeps
 * the call's record honest: it becomes a pending call of only the ids that are still there.
 */
export function settleUnknownCalls(calls: readonly UnknownCall[], stillExist: ReadonlySet<string>): JournalEvent[] {
  return calls.map((c): JournalEvent => {
    const present = c.request.ProfileIdsToBeMerged.filter((id) => stillExist.has(id));
    if (present.length === 0) return { type: 'merged', matchId: c.matchId, call: c.call, verified: true };
    if (present.length === c.request.ProfileIdsToBeMerged.length) return { type: 'reset', matchId: c.matchId, call: c.call };
    return { type: 'reset', matchId: c.matchId, call: c.call, request: { ...c.request, ProfileIdsToBeMerged: present } };
  });
}

/** Groups Resume works on: not started, or stopped between calls. Failed ones wait for "Retry failed". */
export function groupsToResume(journal: MergeJournal): string[] {
  return journal.groups.filter((g) => groupStatus(g).outcome === 'not-started').map((g) => g.matchId);
}

/** Retry failed: the failed call of each failed group becomes pending again (the service refused it, so it did not run). */
export function retryFailedEvents(journal: MergeJournal): JournalEvent[] {
  const events: JournalEvent[] = [];
  for (const g of journal.groups) {
    if (g.prepareError !== undefined) events.push({ type: 'retryPrepare', matchId: g.matchId });
    const call = g.calls?.findIndex((c) => c.state === 'failed') ?? -1;
    if (call >= 0 && g.skipped === undefined) events.push({ type: 'reset', matchId: g.matchId, call });
  }
  return events;
}

/** What Resume will do, for its confirmation. */
export interface ResumeSummary {
  readonly toVerify: number;
  readonly toResume: number;
  /** Profiles the resumed groups' known calls delete (not-yet-prepared groups are counted by their size - 1). */
  readonly atMostDeleted: number;
  readonly failedLeftAlone: number;
}

export function summarizeResume(journal: MergeJournal): ResumeSummary {
  const statuses = journal.groups.map((g) => ({ g, s: groupStatus(g) }));
  let atMostDeleted = 0;
  for (const { g, s } of statuses) {
    if (s.outcome !== 'not-started' && s.outcome !== 'unknown') continue;
    if (!g.requests) { atMostDeleted += g.profileIds.length - 1; continue; }
    g.calls!.forEach((c, i) => { if (c.state !== 'merged') atMostDeleted += g.requests![i].ProfileIdsToBeMerged.length; });
  }
  return {
    toVerify: unknownCalls(journal).length,
    toResume: statuses.filter(({ s }) => s.outcome === 'not-started' || s.outcome === 'unknown').length,
    atMostDeleted,
    failedLeftAlone: statuses.filter(({ s }) => s.outcome === 'failed').length,
  };
}
