import * as assert from 'assert';
import { MatchesController } from '../../../src/host/matches/controller';
import { reviewStorageKey } from '../../../src/shared/matches/reviewState';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { generateMatchData } from '../../harness/webview/generateMatches';
import { MemoryStore, RecordingUi } from './hostDoubles';

function setup(groups = 250, store = new MemoryStore(), prefetchConcurrency?: number) {
  const data = generateMatchData({ groups, domain: 'demo', autoMergeThreshold: 0.85 });
  const backend = new FakeMatchesBackend(data);
  const ui = new RecordingUi();
  let mergedNotices = 0;
  const controller = new MatchesController({ domain: 'demo', connectionId: 'conn', connectionLabel: 'sandbox', backend, ui, store, onMerged: () => mergedNotices++, prefetchConcurrency });
  return { data, backend, ui, controller, store, mergedNotices: () => mergedNotices };
}

describe('matches: host controller', () => {
  it('ready -> init, then every GetMatches page streamed (MaxResults 100) until done', async () => {
    const { ui, controller, backend } = setup(250);
    await controller.receive({ type: 'ready' });
    const init = ui.ofType('init')[0];
    assert.deepStrictEqual([init.domain, init.connectionLabel, init.autoMergeThreshold, init.potentialMatches, init.matchGenerationDate],
      ['demo', 'sandbox', 0.85, 250, '2025-11-22T00:00:00.000Z']);
    assert.strictEqual(ui.posted[0].type, 'init');
    const pages = ui.ofType('groupsPage');
    assert.deepStrictEqual(pages.map((p) => [p.groups.length, p.loaded, p.total, p.done]), [[100, 100, 250, false], [100, 200, 250, false], [50, 250, 250, true]]);
    assert.deepStrictEqual(backend.callsOf('getMatchesPage').map((c) => c.args[1]), [undefined, '100', '200']);
  });

  it('a second ready or a reload streams every group again (the webview starts over on init)', async () => {
    const { ui, controller } = setup(250);
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'ready' }); // VS Code re-created the webview after its tab was hidden
    await controller.receive({ type: 'reload', requestId: 3, domain: 'demo' });
    const runs: number[] = [];
    for (const m of ui.posted) {
      if (m.type === 'init') runs.push(0);
      else if (m.type === 'groupsPage') runs[runs.length - 1] += m.groups.length;
    }
    assert.deepStrictEqual(runs, [250, 250, 250]);
    assert.deepStrictEqual(ui.ofType('groupsPage').filter((p) => p.done).map((p) => p.loaded), [250, 250, 250]);
  });

  it('prefetch asks for GetDomain and the first page before ready; ready uses them, a reload asks again', async () => {
    const { ui, controller, backend } = setup(250);
    controller.prefetch();
    assert.deepStrictEqual(backend.calls.map((c) => [c.op, c.args[1]]), [['getDomain', undefined], ['getMatchesPage', undefined]], 'both requested before any message');
    assert.strictEqual(ui.posted.length, 0, 'nothing is posted before the webview is ready');
    await controller.receive({ type: 'ready' });
    assert.deepStrictEqual(backend.callsOf('getMatchesPage').map((c) => c.args[1]), [undefined, '100', '200'], 'the first page is not fetched twice');
    assert.strictEqual(backend.callsOf('getDomain').length, 1);
    assert.strictEqual(ui.ofType('init')[0].autoMergeThreshold, 0.85);
    assert.deepStrictEqual(ui.ofType('groupsPage').map((p) => p.loaded), [100, 200, 250]);
    await controller.receive({ type: 'reload', requestId: 1, domain: 'demo' });
    assert.deepStrictEqual(backend.callsOf('getMatchesPage').map((c) => c.args[1]), [undefined, '100', '200', undefined, '100', '200']);
    assert.strictEqual(backend.callsOf('getDomain').length, 2);
  });

  it('a failed prefetch is reported when the webview is ready, like a failed first page', async () => {
    const { ui, controller, backend } = setup(250);
    backend.failPageAt = 0;
    controller.prefetch();
    await controller.receive({ type: 'ready' });
    assert.strictEqual(ui.ofType('init').length, 1);
    assert.match(ui.ofType('error')[0].message, /^GetMatches failed after 0 groups/);
    assert.strictEqual(ui.ofType('groupsPage').at(-1)?.cancelled, true);
  });

  it('cancel stops paging; the last page says cancelled', async () => {
    const { ui, controller, backend } = setup(500);
    backend.latencyMs = 5;
    const loading = controller.receive({ type: 'ready' });
    await new Promise((r) => setTimeout(r, 12));
    await controller.receive({ type: 'cancelLoading', requestId: 1, domain: 'demo' });
    await loading;
    const last = ui.ofType('groupsPage').at(-1)!;
    assert.ok(last.done && last.cancelled);
    assert.ok(last.loaded < 500);
    assert.ok(ui.ofType('ack').some((a) => a.requestId === 1));
  });

  it('a GetMatches failure is reported with how far it got', async () => {
    const { ui, controller, backend } = setup(250);
    backend.failPageAt = 200;
    await controller.receive({ type: 'ready' });
    assert.match(ui.ofType('error')[0].message, /GetMatches failed after 200 groups: ThrottlingException: Rate exceeded/);
  });

  it('loads profiles in BatchGetProfile calls of at most 20, caches them, reports gone ones as missing', async () => {
    // Without the background fetch, so the calls counted are this request's.
    const { ui, controller, backend, data } = setup(100, new MemoryStore(), 0);
    await controller.receive({ type: 'ready' });
    const ids = data.matches.slice(0, 30).flatMap((m) => m.ProfileIds!);
    backend.profiles.delete(ids[0]);
    await controller.receive({ type: 'loadProfiles', requestId: 5, domain: 'demo', profileIds: ids });
    const calls = backend.callsOf('batchGetProfiles');
    assert.ok(calls.every((c) => (c.args[1] as string[]).length <= 20));
    assert.strictEqual(calls.reduce((n, c) => n + (c.args[1] as string[]).length, 0), ids.length);
    const answer = ui.ofType('profiles')[0];
    assert.strictEqual(answer.requestId, 5);
    assert.deepStrictEqual(answer.missingIds, [ids[0]]);
    assert.strictEqual(answer.profiles.length, ids.length - 1);
    await controller.receive({ type: 'loadProfiles', requestId: 6, domain: 'demo', profileIds: ids });
    assert.strictEqual(backend.callsOf('batchGetProfiles').length, calls.length, 'second load served from cache');
  });

  it('merge: confirmation states irreversibility, count and chunking; success marks merged and persists', async () => {
    const data = generateMatchData({ groups: 1, domain: 'demo' });
    const ids = Array.from({ length: 26 }, (_, i) => (i + 1).toString(16).padStart(32, '0'));
    const big = { ...data, matches: [{ MatchId: 'big', ProfileIds: ids, ConfidenceScore: 0.99 }], profiles: ids.map((ProfileId) => ({ ProfileId, FirstName: 'X' })) };
    const backend = new FakeMatchesBackend(big);
    const ui = new RecordingUi();
    const store = new MemoryStore();
    const controller = new MatchesController({ domain: 'demo', connectionId: 'conn', connectionLabel: 's', backend, ui, store });
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'merge', requestId: 9, domain: 'demo', matchId: 'big', mainProfileId: ids[0], profileIdsToBeMerged: ids.slice(1), fieldSourceProfileIds: {} });
    const c = ui.confirmations[0];
    assert.match(c.message, /Merge 25 profiles into .* cannot be undone/);
    assert.match(c.detail, /25 merged profiles are deleted/);
    assert.match(c.detail, /2 calls in order, each into the same main profile/);
    assert.deepStrictEqual(backend.callsOf('mergeProfiles').map((x) => (x.args[0] as { ProfileIdsToBeMerged: string[] }).ProfileIdsToBeMerged.length), [20, 5]);
    assert.deepStrictEqual(ui.ofType('mergeResult')[0], { type: 'mergeResult', requestId: 9, matchId: 'big', callsTotal: 2, outcome: 'merged', callsDone: 2 });
    assert.deepStrictEqual(store.get(reviewStorageKey('conn', 'demo', '2025-11-22T00:00:00.000Z')), { version: 1, states: { big: 'merged' } });
    await controller.receive({ type: 'merge', requestId: 10, domain: 'demo', matchId: 'big', mainProfileId: ids[0], profileIdsToBeMerged: ids.slice(1), fieldSourceProfileIds: {} });
    assert.match(ui.ofType('error').at(-1)!.message, /already merged/);
    assert.strictEqual(backend.callsOf('mergeProfiles').length, 2, 'no second merge');
  });

  it('merge declined in the modal: nothing is called, nothing changes', async () => {
    const { ui, controller, backend, data } = setup(3);
    ui.answer = false;
    await controller.receive({ type: 'ready' });
    const [main, ...rest] = data.matches[0].ProfileIds!;
    await controller.receive({ type: 'merge', requestId: 1, domain: 'demo', matchId: data.matches[0].MatchId, mainProfileId: main, profileIdsToBeMerged: rest, fieldSourceProfileIds: {} });
    assert.strictEqual(backend.callsOf('mergeProfiles').length, 0);
    assert.strictEqual(ui.ofType('mergeResult')[0].outcome, 'cancelled');
    assert.strictEqual(ui.ofType('reviewStates').length, 0);
  });

  it('merge failure returns the API error and changes no state', async () => {
    const { ui, controller, backend, data } = setup(3);
    backend.mergeFailures.push(Object.assign(new Error('Profile is locked'), { name: 'BadRequestException' }));
    await controller.receive({ type: 'ready' });
    const [main, ...rest] = data.matches[0].ProfileIds!;
    await controller.receive({ type: 'merge', requestId: 1, domain: 'demo', matchId: data.matches[0].MatchId, mainProfileId: main, profileIdsToBeMerged: rest, fieldSourceProfileIds: {} });
    const r = ui.ofType('mergeResult')[0];
    assert.deepStrictEqual([r.outcome, r.error, r.callsDone], ['failed', 'BadRequestException: Profile is locked', 0]);
    assert.strictEqual(ui.ofType('reviewStates').length, 0);
  });

  it('a second merge of the same group while the first is in flight is refused (no double submit)', async () => {
    const { ui, controller, backend, data } = setup(3);
    let release!: () => void;
    ui.holdConfirm = new Promise((r) => { release = r; });
    await controller.receive({ type: 'ready' });
    const [main, ...rest] = data.matches[0].ProfileIds!;
    const msg = { type: 'merge', domain: 'demo', matchId: data.matches[0].MatchId, mainProfileId: main, profileIdsToBeMerged: rest, fieldSourceProfileIds: {} };
    const first = controller.receive({ ...msg, requestId: 1 });
    await controller.receive({ ...msg, requestId: 2 });
    assert.match(ui.ofType('error').find((e) => e.requestId === 2)!.message, /already in progress/);
    release();
    await first;
    assert.strictEqual(backend.callsOf('mergeProfiles').length, 1);
  });

  // onMerged refreshes the explorer's Matches item: only when MergeProfiles actually changed the domain.
  const mergeNotices: { name: string; answer: boolean; failure?: boolean; bulk?: boolean; notices: number }[] = [
    { name: 'a confirmed merge', answer: true, notices: 1 },
    { name: 'a declined merge', answer: false, notices: 0 },
    { name: 'a merge whose first call failed', answer: true, failure: true, notices: 0 },
    { name: 'a confirmed bulk merge', answer: true, bulk: true, notices: 1 },
    { name: 'a declined bulk merge', answer: false, bulk: true, notices: 0 },
  ];
  for (const c of mergeNotices) {
    it(`onMerged after ${c.name}: ${c.notices} notice(s)`, async () => {
      const { ui, controller, backend, data, mergedNotices } = setup(40);
      ui.answer = c.answer;
      if (c.failure) backend.mergeFailures.push(new Error('Profile is locked'));
      await controller.receive({ type: 'ready' });
      const [main, ...rest] = data.matches[0].ProfileIds!;
      await controller.receive(c.bulk
        ? { type: 'bulkMerge', requestId: 1, domain: 'demo', minScore: 0.5 }
        : { type: 'merge', requestId: 1, domain: 'demo', matchId: data.matches[0].MatchId, mainProfileId: main, profileIdsToBeMerged: rest, fieldSourceProfileIds: {} });
      assert.strictEqual(mergedNotices(), c.notices);
    });
  }

  it('bulk merge: only unreviewed groups >= X, never not-a-match; report with reasons', async () => {
    const { ui, controller, backend, data } = setup(40);
    await controller.receive({ type: 'ready' });
    const high = data.matches.filter((m) => m.ConfidenceScore! >= 0.8);
    assert.ok(high.length >= 3, 'fixture has enough high-score groups');
    await controller.receive({ type: 'setReviewState', requestId: 1, domain: 'demo', matchId: high[0].MatchId!, state: 'not-a-match' });
    await controller.receive({ type: 'setReviewState', requestId: 2, domain: 'demo', matchId: high[1].MatchId!, state: 'skipped' });
    for (const id of high[2].ProfileIds!.slice(1)) backend.profiles.delete(id);
    await controller.receive({ type: 'bulkMerge', requestId: 3, domain: 'demo', minScore: 0.8 });
    assert.match(ui.confirmations[0].message, new RegExp(`Merge ${high.length - 2} unreviewed groups with score ≥ 0.8`));
    const report = ui.ofType('bulkMergeResult')[0].report!;
    assert.strictEqual(report.merged.length, high.length - 3);
    assert.deepStrictEqual(report.failed, []);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.matchId, s.reason]));
    assert.match(reasons[high[0].MatchId!], /not a match/);
    assert.match(reasons[high[1].MatchId!], /skipped/);
    assert.match(reasons[high[2].MatchId!], /only 1 of its/);
    const touched = new Set(backend.callsOf('mergeProfiles').map((c) => (c.args[0] as { MainProfileId: string }).MainProfileId));
    for (const g of high.slice(0, 2)) assert.ok(!g.ProfileIds!.some((id) => touched.has(id)), 'never touches a not-a-match/skipped group');
    assert.match(ui.logLines.join('\n'), /Bulk merge: \d+ merged, 0 failed, 3 skipped/);
  });

  it('bulk merge journal: failures reported first; a new bulk merge waits; stale runIds refused; Retry failed; Export; Dismiss', async () => {
    const { ui, controller, backend, store } = setup(12);
    await controller.receive({ type: 'ready' });
    const throttled = (): Error => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    backend.mergeFailures.push(throttled(), throttled());
    await controller.receive({ type: 'bulkMerge', requestId: 1, domain: 'demo', minScore: 0 });
    const report = ui.ofType('mergeReport').at(-1)!.report!;
    assert.deepStrictEqual([report.counts.failed, report.counts.merged, report.interrupted], [2, 10, false]);
    assert.deepStrictEqual(report.groups.slice(0, 2).map((g) => [g.outcome, g.detail]), [['failed', 'ThrottlingException: Rate exceeded'], ['failed', 'ThrottlingException: Rate exceeded']]);
    assert.ok(report.groups.filter((g) => g.outcome === 'merged').every((g) => /^fake-merge-\d+$/.test(g.requestIds[0])), 'merged groups carry request ids');
    await controller.receive({ type: 'bulkMerge', requestId: 2, domain: 'demo', minScore: 0 });
    assert.match(ui.ofType('error').at(-1)!.message, /earlier bulk merge of this domain is unfinished/);
    await controller.receive({ type: 'retryFailedMerges', requestId: 3, domain: 'demo', runId: 'stale-run' });
    assert.match(ui.ofType('error').at(-1)!.message, /out of date/);
    await controller.receive({ type: 'exportMergeReport', requestId: 4, domain: 'demo', runId: report.runId, format: 'csv' });
    assert.strictEqual(ui.saved.at(-1)!.name, 'demo-bulk-merge-report.csv');
    assert.match(ui.saved.at(-1)!.content.split('\r\n')[1], /,failed,.*ThrottlingException: Rate exceeded$/);
    const merges = backend.callsOf('mergeProfiles').length;
    await controller.receive({ type: 'retryFailedMerges', requestId: 5, domain: 'demo', runId: report.runId });
    assert.strictEqual(backend.callsOf('mergeProfiles').length, merges + 2, 'only the two failed calls are sent again');
    const retried = ui.ofType('mergeReport').find((m) => m.requestId === 5)!.report!;
    assert.deepStrictEqual([retried.counts.failed, retried.counts.merged], [0, 12]);
    await controller.receive({ type: 'dismissMergeReport', requestId: 6, domain: 'demo', runId: report.runId });
    assert.deepStrictEqual(ui.ofType('mergeReport').at(-1), { type: 'mergeReport', requestId: 6 });
    assert.ok(![...store.data.keys()].some((k) => k.startsWith('customerProfiles.mergeJournal/')), 'the journal is gone from storage');
  });

  it('export writes CSV through the save dialog, named <domain>-matches-<date>, and says how many groups', async () => {
    const { ui, controller } = setup(5);
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'export', requestId: 4, domain: 'demo', format: 'csv' });
    assert.match(ui.saved[0].name, /^demo-matches-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.strictEqual(ui.saved[0].content.split('\r\n').length, 5 + 2);
    assert.deepStrictEqual(ui.ofType('exportResult')[0], { type: 'exportResult', requestId: 4, saved: true, target: `/tmp/${ui.saved[0].name}`, count: 5 });
    assert.deepStrictEqual(ui.exportedNotices, [`Exported 5 groups to ${ui.saved[0].name}.`]);
  });
});
