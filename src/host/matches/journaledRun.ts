// Runs bulk-merge groups against the journal: each MergeProfiles call is recorded as `calling` (persisted)
// before it is sent and as merged/failed (persisted) after its answer. Only `pending` calls are sent, and the
// journal's reducer refuses any other transition, so a group whose call ran is never merged again.
import type { PreparedMerge } from '../../shared/matches/bulkMerge';
import { errorText } from '../../shared/matches/bulkMerge';
import { runWithConcurrency } from '../../shared/matches/concurrency';
import { groupStatus, type GroupStatus, type JournalGroup } from '../../shared/matches/mergeJournal';
import type { MergeProfilesRequest } from '../../shared/matches/mergeRequests';
import type { JournalStore } from './journalStore';

export interface JournaledRunOptions {
  readonly journal: JournalStore;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  /** Reads the group's profiles and builds its requests (or says why it is skipped). */
  prepare(group: JournalGroup): Promise<PreparedMerge>;
  merge(request: MergeProfilesRequest): Promise<{ readonly requestId?: string }>;
  onGroupDone?(status: GroupStatus, done: number, total: number): void;
  now(): string;
}

function groupOf(journal: JournalStore, matchId: string): JournalGroup {
  const group = journal.current?.groups.find((g) => g.matchId === matchId);
  if (!group) throw new Error(`group ${matchId} is not in the bulk-merge journal`);
  return group;
}

/** Runs the named groups of the journal. Cancelling stops starting groups; groups in flight finish. */
export async function runJournaledGroups(matchIds: readonly string[], o: JournaledRunOptions): Promise<void> {
  let done = 0;
  await runWithConcurrency(matchIds, o.concurrency, async (matchId) => {
    await runGroup(matchId, o);
    o.onGroupDone?.(groupStatus(groupOf(o.journal, matchId)), ++done, matchIds.length);
  }, o.signal);
}

async function runGroup(matchId: string, o: JournaledRunOptions): Promise<void> {
  let group = groupOf(o.journal, matchId);
  // A frozen journal stands for a dead host (the test API's crash): it would not send anything more.
  if (o.journal.isFrozen) return;
  if (group.skipped !== undefined || group.prepareError !== undefined) return;
  if (!group.requests) {
    let prepared: PreparedMerge;
    try {
      prepared = await o.prepare(group);
    } catch (e) {
      await o.journal.record({ type: 'prepareFailed', matchId, error: errorText(e) });
      return;
    }
    if ('skip' in prepared) {
      await o.journal.record({ type: 'skipped', matchId, reason: prepared.skip });
      return;
    }
    await o.journal.record({ type: 'prepared', matchId, requests: prepared.requests });
    group = groupOf(o.journal, matchId);
  }
  const calls = group.calls ?? [];
  for (let call = 0; call < calls.length; call++) {
    const state = groupOf(o.journal, matchId).calls![call].state;
    if (state === 'merged') continue;
    // Anything but pending (calling = unknown, failed) must be settled first: stop this group here.
    if (state !== 'pending' || o.journal.isFrozen) return;
    const request = groupOf(o.journal, matchId).requests![call];
    if (!(await o.journal.recordCalling({ type: 'calling', matchId, call, at: o.now() }))) return;
    let answer: { readonly requestId?: string };
    try {
      answer = await o.merge(request);
    } catch (e) {
      await o.journal.record({ type: 'failed', matchId, call, error: errorText(e) });
      return;
    }
    await o.journal.record({ type: 'merged', matchId, call, requestId: answer.requestId });
  }
}
