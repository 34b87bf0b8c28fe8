// The rule-based source of the matches panel: ListRuleBasedMatches MatchIds, one GetSimilarProfiles lookup
// per MatchId with bounded concurrency, wanted groups first, unresolved MatchIds shown instead of failing.
import * as assert from 'assert';
import { MatchesController } from '../../../src/host/matches/controller';
import type { RuleLevelCount } from '../../../src/shared/matches/ruleLevels';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { generateMatchData, generateRuleMatchData } from '../../harness/webview/generateMatches';
import { MemoryStore, RecordingUi } from './hostDoubles';

function setup(groups: number, o: { concurrency?: number; latencyMs?: number; store?: MemoryStore } = {}) {
  const data = generateRuleMatchData({ groups, domain: 'demo-rules' });
  const backend = new FakeMatchesBackend(data);
  backend.groupLatencyMs = o.latencyMs ?? 1;
  const ui = new RecordingUi();
  const recorded: Array<{ key: string; domain: string; levels: ReadonlyMap<number, RuleLevelCount> }> = [];
  const controller = new MatchesController({
    domain: 'demo-rules', connectionId: 'conn', connectionKey: 'key-1', connectionLabel: 'sandbox', backend, ui, store: o.store ?? new MemoryStore(),
    source: 'rules', ruleConcurrency: o.concurrency, prefetchConcurrency: 0, firstPaintTimeoutMs: 20,
    ruleMatchResults: { record: (key, domain, levels) => recorded.push({ key, domain, levels }) },
  });
  return { data, backend, ui, controller, recorded };
}

const streamed = (ui: RecordingUi) => ui.ofType('groupsPage').flatMap((p) => p.groups);

describe('matches: rule-based source', () => {
  it('lists every MatchId page, looks each group up once, and streams them with their levels', async () => {
    const { ui, controller, backend, data } = setup(250);
    await controller.receive({ type: 'ready' });
    const init = ui.ofType('init')[0];
    assert.strictEqual(init.source, 'rules');
    assert.deepStrictEqual(init.ruleConfig?.rules.length, 3);
    assert.deepStrictEqual(backend.callsOf('listRuleBasedMatchesPage').map((c) => c.args[1]), [undefined, '100', '200']);
    const groups = streamed(ui);
    assert.strictEqual(groups.length, 250);
    assert.strictEqual(new Set(groups.map((g) => g.matchId)).size, 250);
    assert.strictEqual(backend.callsOf('getRuleBasedGroup').length, 250, 'one lookup per MatchId');
    const want = new Map(data.ruleMatches!.map((m) => [m.MatchId, m]));
    for (const g of groups) {
      assert.strictEqual(g.level, want.get(g.matchId)!.RuleLevel);
      assert.deepStrictEqual(g.profileIds, want.get(g.matchId)!.ProfileIds);
    }
    const last = ui.ofType('groupsPage').at(-1)!;
    assert.deepStrictEqual([last.done, last.loaded, last.total, last.cancelled], [true, 250, 250, undefined]);
  });

  it('never has more than the bound of GetSimilarProfiles calls in flight', async () => {
    const { controller, backend } = setup(120, { concurrency: 8, latencyMs: 3 });
    await controller.receive({ type: 'ready' });
    assert.strictEqual(backend.maxInFlight, 8);
    const three = setup(60, { concurrency: 3, latencyMs: 3 });
    await three.controller.receive({ type: 'ready' });
    assert.strictEqual(three.backend.maxInFlight, 3);
  });

  it('looks groups up in list order, a wanted MatchId first, and the first screenful goes out alone', async () => {
    const { controller, backend, ui } = setup(300, { concurrency: 2, latencyMs: 2 });
    const ready = controller.receive({ type: 'ready', paintAck: true });
    // The webview asks for the group it had open (e.g. before a reload) right after init.
    while (ui.ofType('init').length === 0 && backend.callsOf('getRuleBasedGroup').length < 300) await new Promise((r) => setTimeout(r, 1));
    await controller.receive({ type: 'wantGroups', matchIds: ['rule-000250'] });
    await ready;
    const order = backend.callsOf('getRuleBasedGroup').map((c) => c.args[1] as string);
    const at = order.indexOf('rule-000250');
    assert.ok(at > 0 && at < 100, `wanted group looked up early (position ${at})`);
    const rest = order.filter((id) => id !== 'rule-000250');
    assert.deepStrictEqual(rest, [...rest].sort(), 'the others in list order');
    const first = ui.ofType('groupsPage')[0];
    assert.strictEqual(first.groups.length, 24, 'first post: one screenful');
    assert.ok(first.groups.every((g) => Number(g.matchId.slice(5)) < 30), 'and it is the top of the list');
  });

  it('a MatchId that no longer resolves is shown as unresolved, the stream goes on, bulk merge leaves it out', async () => {
    const { controller, backend, ui } = setup(30);
    backend.goneMatchIds.add('rule-000004');
    await controller.receive({ type: 'ready' });
    const groups = streamed(ui);
    assert.strictEqual(groups.length, 30);
    const gone = groups.find((g) => g.matchId === 'rule-000004')!;
    assert.match(gone.unresolved ?? '', /no longer resolves/);
    assert.deepStrictEqual([gone.profileIds.length, gone.level], [0, undefined]);
    assert.strictEqual(ui.ofType('error').length, 0);
    ui.answer = false;
    await controller.receive({ type: 'bulkMerge', requestId: 1, domain: 'demo-rules', maxLevel: 3 });
    assert.match(ui.confirmations[0].message, /Merge 29 unreviewed groups at rule level ≤ 3\?/);
  });

  it('a failing lookup marks its group, not the run; a failing listing ends the run with an error', async () => {
    const { controller, backend, ui } = setup(10);
    const original = backend.getRuleBasedGroup.bind(backend);
    backend.getRuleBasedGroup = async (d, id) => { if (id === 'rule-000002') throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }); return original(d, id); };
    await controller.receive({ type: 'ready' });
    assert.match(streamed(ui).find((g) => g.matchId === 'rule-000002')!.unresolved ?? '', /ThrottlingException: Rate exceeded/);
    backend.listRuleBasedMatchesPage = async () => { throw Object.assign(new Error('boom'), { name: 'InternalServerException' }); };
    await controller.receive({ type: 'reload', requestId: 2, domain: 'demo-rules' });
    assert.match(ui.ofType('error').at(-1)!.message, /ListRuleBasedMatches failed after 0 groups: InternalServerException: boom/);
    assert.strictEqual(ui.ofType('groupsPage').at(-1)!.cancelled, true);
  });

  it('records counts per level when a load completes (the domain JSON hover reads them)', async () => {
    const { controller, recorded } = setup(30);
    await controller.receive({ type: 'ready' });
    assert.strictEqual(recorded.length, 1);
    assert.deepStrictEqual([recorded[0].key, recorded[0].domain], ['key-1', 'demo-rules']);
    assert.deepStrictEqual([...recorded[0].levels.entries()].sort(), [[1, { groups: 10, profiles: sizeOf(0) }], [2, { groups: 10, profiles: sizeOf(1) }], [3, { groups: 10, profiles: sizeOf(2) }]]);
  });

  it('bulk merge takes a level (validated), not a score; review states do not collide with the ML panel', async () => {
    const store = new MemoryStore();
    const { controller, ui } = setup(12, { store });
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'bulkMerge', requestId: 1, domain: 'demo-rules', minScore: 0.5 });
    await controller.receive({ type: 'bulkMerge', requestId: 2, domain: 'demo-rules', maxLevel: 0 });
    await controller.receive({ type: 'bulkMerge', requestId: 3, domain: 'demo-rules', maxLevel: 1.5 });
    assert.deepStrictEqual(ui.ofType('error').map((e) => e.rejected), [true, true, true]);
    await controller.receive({ type: 'setReviewState', requestId: 4, domain: 'demo-rules', matchId: 'rule-000001', state: 'skipped' });
    const ml = new MatchesController({
      domain: 'demo-rules', connectionId: 'conn', connectionLabel: 'sandbox', store, ui: new RecordingUi(), prefetchConcurrency: 0,
      backend: new FakeMatchesBackend({ ...generateMatchData({ groups: 3, domain: 'demo-rules' }), matches: [{ MatchId: 'rule-000001', ProfileIds: ['a'.repeat(32), 'b'.repeat(32)], ConfidenceScore: 0.9 }] }),
    });
    const mlUi = (ml as unknown as { options: { ui: RecordingUi } }).options.ui;
    await ml.receive({ type: 'ready' });
    assert.strictEqual(mlUi.ofType('groupsPage')[0].groups[0].state, 'unreviewed', 'the ML panel does not see the rule panel\'s state');
  });
});

/** Profiles in the generated groups of level l (every third group from l). */
function sizeOf(l: number): number {
  const data = generateRuleMatchData({ groups: 30, domain: 'demo-rules' });
  return data.ruleMatches!.filter((_, g) => g % 3 === l).reduce((n, m) => n + m.ProfileIds.length, 0);
}
