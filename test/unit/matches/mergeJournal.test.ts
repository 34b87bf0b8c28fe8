import * as assert from 'assert';
import { JournalStore } from '../../../src/host/matches/journalStore';
import { runJournaledGroups } from '../../../src/host/matches/journaledRun';
import { journalReportCsv } from '../../../src/shared/matches/journalExport';
import {
  applyJournalEvent, groupStatus, journalReport, needsAttention, newJournal, type JournalEvent, type MergeJournal,
} from '../../../src/shared/matches/mergeJournal';
import type { MergeProfilesRequest } from '../../../src/shared/matches/mergeRequests';
import { groupsToResume, idsToVerify, retryFailedEvents, settleUnknownCalls, summarizeResume, unknownCalls } from '../../../src/shared/matches/resumePlan';
import { MemoryStore } from './hostDoubles';

const id = (c: string): string => c.repeat(32);
const [A, B, C, D, E] = ['a', 'b', 'c', 'd', 'e'].map(id);
const req = (main: string, ...ids: string[]): MergeProfilesRequest => ({ DomainName: 'demo', MainProfileId: main, ProfileIdsToBeMerged: ids });
const AT = '2026-12-01T00:00:00.000Z';

function journal(): MergeJournal {
  return newJournal({
    runId: 'run-1', domain: 'demo', minScore: 0.8, startedAt: AT,
    groups: [{ matchId: 'g1', profileIds: [A, B, C] }, { matchId: 'g2', profileIds: [D, E] }],
  });
}
const apply = (j: MergeJournal, ...events: JournalEvent[]): MergeJournal => events.reduce(applyJournalEvent, j);
/** g1 prepared as two calls (B, then C into A). */
const prepared = (): MergeJournal => apply(journal(), { type: 'prepared', matchId: 'g1', requests: [req(A, B), req(A, C)] });

describe('matches: merge journal reducer', () => {
  const legal: Array<[string, JournalEvent[], string]> = [
    ['planned group', [], 'not-started'],
    ['prepared, nothing sent', [], 'not-started'],
    ['first call sent, no answer', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }], 'unknown'],
    ['first call merged', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0, requestId: 'r1' }], 'not-started'],
    ['both merged', [
      { type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0, requestId: 'r1' },
      { type: 'calling', matchId: 'g1', call: 1, at: AT }, { type: 'merged', matchId: 'g1', call: 1, requestId: 'r2' },
    ], 'merged'],
    ['second call failed', [
      { type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0, requestId: 'r1' },
      { type: 'calling', matchId: 'g1', call: 1, at: AT }, { type: 'failed', matchId: 'g1', call: 1, error: 'ThrottlingException: Rate exceeded' },
    ], 'failed'],
  ];
  for (const [name, events, outcome] of legal) {
    it(`${name} -> ${outcome}`, () => {
      const base = name === 'planned group' ? journal() : prepared();
      assert.strictEqual(groupStatus(apply(base, ...events).groups[0]).outcome, outcome);
    });
  }

  const illegal: Array<[string, JournalEvent[], RegExp]> = [
    ['a call sent twice', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'calling', matchId: 'g1', call: 0, at: AT }], /is calling, cannot become calling/],
    ['a merged call sent again', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0 }, { type: 'calling', matchId: 'g1', call: 0, at: AT }], /is merged, cannot become calling/],
    ['a merged call reset', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0 }, { type: 'reset', matchId: 'g1', call: 0 }], /is merged, cannot become pending/],
    ['the second call before the first merged', [{ type: 'calling', matchId: 'g1', call: 1, at: AT }], /before the earlier ones merged/],
    ['an answer without a call', [{ type: 'merged', matchId: 'g1', call: 0 }], /is pending, cannot become merged/],
    ['prepared twice', [{ type: 'prepared', matchId: 'g1', requests: [req(A, B)] }], /already prepared/],
    ['a group not in the run', [{ type: 'skipped', matchId: 'nope', reason: 'x' }], /not part of bulk merge run-1/],
    ['skipping a group with a call sent', [{ type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'skipped', matchId: 'g1', reason: 'x' }], /cannot be skipped/],
  ];
  for (const [name, events, error] of illegal) {
    it(`refuses ${name}`, () => assert.throws(() => apply(prepared(), ...events), error));
  }

  it('status carries the request ids, the deleted ids and the service error', () => {
    const j = apply(prepared(),
      { type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0, requestId: 'r1' },
      { type: 'calling', matchId: 'g1', call: 1, at: AT }, { type: 'failed', matchId: 'g1', call: 1, error: 'InternalServerException: boom' });
    assert.deepStrictEqual(groupStatus(j.groups[0]), {
      matchId: 'g1', outcome: 'failed', mainProfileId: A, deletedIds: [B], requestIds: ['r1'], callsDone: 1, callsTotal: 2,
      detail: 'InternalServerException: boom', verified: undefined,
    });
  });

  it('report: failures first (failed, unknown, merged, not started, skipped); interrupted only when no runner has it', () => {
    const j = apply(newJournal({ runId: 'r', domain: 'demo', minScore: 0.5, startedAt: AT, groups: ['m', 'n', 'u', 'f', 's'].map((matchId, i) => ({ matchId, profileIds: [id(String(i)), A] })) }),
      { type: 'prepared', matchId: 'm', requests: [req(A, id('0'))] }, { type: 'calling', matchId: 'm', call: 0, at: AT }, { type: 'merged', matchId: 'm', call: 0, requestId: 'rm' },
      { type: 'prepared', matchId: 'u', requests: [req(A, id('2'))] }, { type: 'calling', matchId: 'u', call: 0, at: AT },
      { type: 'prepared', matchId: 'f', requests: [req(A, id('3'))] }, { type: 'calling', matchId: 'f', call: 0, at: AT }, { type: 'failed', matchId: 'f', call: 0, error: 'ThrottlingException: slow down' },
      { type: 'skipped', matchId: 's', reason: 'only 1 of its 2 profiles still exist' });
    const report = journalReport(j, false);
    assert.deepStrictEqual(report.groups.map((g) => [g.matchId, g.outcome]), [['f', 'failed'], ['u', 'unknown'], ['m', 'merged'], ['n', 'not-started'], ['s', 'skipped']]);
    assert.deepStrictEqual(report.counts, { failed: 1, unknown: 1, merged: 1, 'not-started': 1, skipped: 1 });
    assert.strictEqual(report.interrupted, true);
    assert.strictEqual(journalReport(j, true).interrupted, false, 'a run in progress is not interrupted');
    assert.ok(needsAttention(report));
    const csv = journalReportCsv(report).split('\r\n');
    assert.strictEqual(csv[0], 'MatchId,Outcome,MainProfileId,MergedProfileIds,RequestIds,CallsDone,CallsTotal,Detail');
    assert.strictEqual(csv[1], `f,failed,${A},,,0,1,ThrottlingException: slow down`);
    assert.strictEqual(csv[3], `m,merged,${A},${id('0')},rm,1,1,`);
    const finished = applyJournalEvent(apply(j, { type: 'reset', matchId: 'u', call: 0 }, { type: 'reset', matchId: 'f', call: 0 }, { type: 'calling', matchId: 'u', call: 0, at: AT }, { type: 'merged', matchId: 'u', call: 0 }, { type: 'calling', matchId: 'f', call: 0, at: AT }, { type: 'merged', matchId: 'f', call: 0 }, { type: 'skipped', matchId: 'n', reason: 'x' }), { type: 'finished', at: AT });
    assert.strictEqual(needsAttention(journalReport(finished, false)), false, 'all done: nothing to show');
  });
});

describe('matches: resuming an interrupted bulk merge', () => {
  // g1: call 0 merged, call 1 sent without answer. g2: prepared, its only call sent without answer.
  const interrupted = (): MergeJournal => apply(prepared(),
    { type: 'calling', matchId: 'g1', call: 0, at: AT }, { type: 'merged', matchId: 'g1', call: 0, requestId: 'r1' },
    { type: 'calling', matchId: 'g1', call: 1, at: AT },
    { type: 'prepared', matchId: 'g2', requests: [req(D, E)] }, { type: 'calling', matchId: 'g2', call: 0, at: AT });

  it('the unknown calls are found and their merged ids checked', () => {
    const calls = unknownCalls(interrupted());
    assert.deepStrictEqual(calls.map((c) => [c.matchId, c.call]), [['g1', 1], ['g2', 0]]);
    assert.deepStrictEqual(idsToVerify(calls), [C, E]);
  });

  const table: Array<[string, string[], string[], string[]]> = [
    // name, ids that still exist, outcomes of g1/g2 after settling, groups Resume then runs
    ['merged ids all gone ⇒ merged (verified), nothing resent', [A, D], ['merged', 'merged'], []],
    ['merged ids all present ⇒ not started, sent again', [A, C, D, E], ['not-started', 'not-started'], ['g1', 'g2']],
    ['one gone, one present', [A, C, D], ['not-started', 'merged'], ['g1']],
  ];
  for (const [name, exist, outcomes, resumed] of table) {
    it(name, () => {
      const j = interrupted();
      const settled = apply(j, ...settleUnknownCalls(unknownCalls(j), new Set(exist)));
      assert.deepStrictEqual(settled.groups.map((g) => groupStatus(g).outcome), outcomes);
      assert.deepStrictEqual(groupsToResume(settled), resumed);
      assert.deepStrictEqual(unknownCalls(settled), []);
    });
  }

  it('a call that merged some of its ids is narrowed to the ones still there', () => {
    const j = apply(journal(), { type: 'prepared', matchId: 'g1', requests: [req(A, B, C)] }, { type: 'calling', matchId: 'g1', call: 0, at: AT });
    const settled = apply(j, ...settleUnknownCalls(unknownCalls(j), new Set([A, C])));
    assert.deepStrictEqual(settled.groups[0].requests, [req(A, C)]);
    assert.strictEqual(settled.groups[0].calls![0].state, 'pending');
  });

  it('the summary says what Resume will do: calls to check, groups, profiles at most deleted', () => {
    assert.deepStrictEqual(summarizeResume(interrupted()), { toVerify: 2, toResume: 2, atMostDeleted: 2, failedLeftAlone: 0 });
    assert.deepStrictEqual(retryFailedEvents(interrupted()), [], 'nothing failed');
  });
});

describe('matches: journaled bulk-merge run', () => {
  it('persists `calling` before each MergeProfiles call and the answer after it; failures and skips recorded', async () => {
    const store = new MemoryStore();
    const journalStore = new JournalStore(store, 'k');
    await journalStore.begin(newJournal({ runId: 'r', domain: 'demo', minScore: 0.5, startedAt: AT, groups: [
      { matchId: 'g1', profileIds: [A, B, C] }, { matchId: 'g2', profileIds: [D, E] }, { matchId: 'g3', profileIds: [A, D] },
    ] }));
    const seenAtCall: string[] = [];
    await runJournaledGroups(['g1', 'g2', 'g3'], {
      journal: journalStore, concurrency: 1, now: () => AT,
      prepare: async (g) => (g.matchId === 'g3' ? { skip: 'profiles gone' } : g.matchId === 'g1' ? { requests: [req(A, B), req(A, C)] } : { requests: [req(D, E)] }),
      merge: async (r) => {
        const persisted = store.get('k') as MergeJournal;
        const g = persisted.groups.find((x) => x.requests?.some((q) => q.ProfileIdsToBeMerged[0] === r.ProfileIdsToBeMerged[0]))!;
        seenAtCall.push(g.calls!.map((c) => c.state).join(','));
        if (r.MainProfileId === D) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
        return { requestId: `req-${r.ProfileIdsToBeMerged[0].slice(0, 1)}` };
      },
    });
    assert.deepStrictEqual(seenAtCall, ['calling,pending', 'merged,calling', 'calling'], 'the store holds `calling` while each call is out');
    const persisted = new JournalStore(store, 'k').current!;
    assert.deepStrictEqual(persisted.groups.map((g) => groupStatus(g)).map((s) => [s.matchId, s.outcome, s.requestIds, s.detail]), [
      ['g1', 'merged', ['req-b', 'req-c'], undefined],
      ['g2', 'failed', [], 'ThrottlingException: Rate exceeded'],
      ['g3', 'skipped', [], 'profiles gone'],
    ]);
    // Retry failed: only g2's call is sent again; g1 is never sent twice.
    const retry = retryFailedEvents(persisted);
    assert.deepStrictEqual(retry, [{ type: 'reset', matchId: 'g2', call: 0 }]);
    for (const e of retry) await journalStore.record(e);
    const sent: string[] = [];
    await runJournaledGroups(['g1', 'g2', 'g3'], {
      journal: journalStore, concurrency: 2, now: () => AT,
      prepare: async () => { throw new Error('no group needs preparing'); },
      merge: async (r) => { sent.push(r.MainProfileId); return { requestId: 'again' }; },
    });
    assert.deepStrictEqual(sent, [D]);
    assert.deepStrictEqual(journalStore.current!.groups.map((g) => groupStatus(g).outcome), ['merged', 'merged', 'skipped']);
  });

  it('a failed BatchGetProfile while preparing is a failure with no call sent, and Retry failed prepares again', async () => {
    const journalStore = new JournalStore(new MemoryStore(), 'k');
    await journalStore.begin(journal());
    await runJournaledGroups(['g2'], {
      journal: journalStore, concurrency: 1, now: () => AT,
      prepare: async () => { throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }); },
      merge: async () => { throw new Error('must not be called'); },
    });
    const status = groupStatus(journalStore.current!.groups[1]);
    assert.deepStrictEqual([status.outcome, status.callsTotal], ['failed', 0]);
    assert.match(status.detail!, /^BatchGetProfile failed, no MergeProfiles call was sent: ThrottlingException/);
    assert.deepStrictEqual(retryFailedEvents(journalStore.current!), [{ type: 'retryPrepare', matchId: 'g2' }]);
    const summary = summarizeResume(journalStore.current!);
    assert.deepStrictEqual(summary, { toVerify: 0, toResume: 1, atMostDeleted: 2, failedLeftAlone: 1 });
  });

  it('cancelling leaves the groups not started (resumable), and a frozen store keeps the last persisted state', async () => {
    const store = new MemoryStore();
    const journalStore = new JournalStore(store, 'k');
    await journalStore.begin(journal());
    const abort = new AbortController();
    let sent = 0;
    await runJournaledGroups(['g1', 'g2'], {
      journal: journalStore, concurrency: 1, signal: abort.signal, now: () => AT,
      prepare: async (g) => ({ requests: g.matchId === 'g1' ? [req(A, B), req(A, C)] : [req(D, E)] }),
      merge: async () => { sent++; journalStore.freeze(); abort.abort(); return { requestId: 'lost' }; },
    });
    assert.strictEqual(sent, 1, 'a dead host sends nothing more: not the group\'s second call');
    assert.deepStrictEqual(journalStore.current!.groups.map((g) => groupStatus(g).outcome), ['not-started', 'not-started'], 'in memory: 1 of 2 calls');
    const persisted = new JournalStore(store, 'k').current!;
    assert.deepStrictEqual(persisted.groups.map((g) => groupStatus(g).outcome), ['unknown', 'not-started'], 'what a new host reads: the answer was lost');
  });

  it('a call whose `calling` entry did not reach storage is never sent (the host died while it was being written)', async () => {
    const store = new MemoryStore();
    // The host dies between the runner's last check and the write of g1's `calling` entry.
    const journalStore = new (class extends JournalStore {
      override recordCalling(event: Parameters<JournalStore['recordCalling']>[0]): Promise<boolean> {
        this.freeze();
        return super.recordCalling(event);
      }
    })(store, 'k');
    await journalStore.begin(journal());
    const sent: string[] = [];
    await runJournaledGroups(['g1'], {
      journal: journalStore, concurrency: 1, now: () => AT,
      prepare: async () => ({ requests: [req(A, B)] }),
      merge: async (r) => { sent.push(r.MainProfileId); return { requestId: 'lost' }; },
    });
    assert.deepStrictEqual(sent, [], 'a call the journal does not know of could be merged again by Resume');
    assert.deepStrictEqual(new JournalStore(store, 'k').current!.groups.map((g) => groupStatus(g).outcome), ['not-started', 'not-started']);
  });
});
