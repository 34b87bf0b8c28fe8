// Pure pieces of the rule-based panel: the level input, counts per level, the level filter and sort, bulk-merge
// planning at level ≤ N, and the RuleLevel column of exports.
import * as assert from 'assert';
import { planBulkMerge } from '../../../src/shared/matches/bulkMerge';
import { bulkMergeConfirmation } from '../../../src/shared/matches/bulkMergeConfirmation';
import { exportGroupsCsv, exportGroupsJson } from '../../../src/shared/matches/exportGroups';
import { DEFAULT_FILTER, selectGroups } from '../../../src/shared/matches/groupFilter';
import type { MatchGroup } from '../../../src/shared/matches/matchGroup';
import { countByLevel, levelHistogram, readLevel } from '../../../src/shared/matches/ruleLevels';

const g = (matchId: string, level: number | undefined, size = 2, unresolved?: string): MatchGroup => ({
  matchId, profileIds: Array.from({ length: unresolved ? 0 : size }, (_, i) => `${matchId}-${i}`), score: 0,
  ...(level !== undefined ? { level } : {}), ...(unresolved ? { unresolved } : {}),
});
const groups = [g('a', 2), g('b', 1, 3), g('c', 3), g('gone', undefined, 0, 'no longer resolves'), g('d', 1)];

describe('matches: rule levels', () => {
  for (const [text, bad, max, want] of [
    ['2', false, 3, 2], ['', false, 3, 'Enter a rule level from 1 to 3.'], ['  ', false, 3, 'Enter'], ['0', false, 3, 'out of range'],
    ['4', false, 3, 'out of range'], ['1.5', false, 3, 'not a whole number'], ['-1', false, 3, 'not a whole number'], ['', true, 3, 'Not a number'],
    ['15', false, 15, 15], ['0x2', false, 3, 'not a whole number'],
  ] as const) {
    it(`readLevel(${JSON.stringify(text)}${bad ? ', badInput' : ''}, max ${max})`, () => {
      const r = readLevel(text, bad, max);
      if (typeof want === 'number') assert.deepStrictEqual(r, { ok: true, value: want });
      else assert.ok(!r.ok && r.error.includes(want), JSON.stringify(r));
    });
  }

  it('counts groups per level, keeps empty levels on the axis, counts unresolved apart', () => {
    const h = levelHistogram([g('x', 1), g('y', 1), g('z', 3), g('q', undefined, 0, 'gone')], 4);
    assert.deepStrictEqual(h.buckets.map((b) => [b.level, b.count]), [[1, 2], [2, 0], [3, 1], [4, 0]]);
    assert.deepStrictEqual([h.maxCount, h.total, h.unresolved], [2, 3, 1]);
    assert.deepStrictEqual([...countByLevel(groups).entries()].sort(), [[1, { groups: 2, profiles: 5 }], [2, { groups: 1, profiles: 2 }], [3, { groups: 1, profiles: 2 }]]);
  });

  it('filters by level ≤ N (unresolved only without a level filter) and sorts level 1 first, unresolved last', () => {
    const ids = (filter = DEFAULT_FILTER, sort: 'score-desc' | 'score-asc' = 'score-desc') =>
      selectGroups(groups, () => 'unreviewed', () => '', filter, sort).map((i) => groups[i].matchId);
    assert.deepStrictEqual(ids(), ['b', 'd', 'a', 'c', 'gone']);
    assert.deepStrictEqual(ids(DEFAULT_FILTER, 'score-asc'), ['gone', 'c', 'a', 'b', 'd']);
    assert.deepStrictEqual(ids({ ...DEFAULT_FILTER, maxLevel: 2 }), ['b', 'd', 'a']);
    assert.deepStrictEqual(ids({ ...DEFAULT_FILTER, minScore: 0.9 }), ['b', 'd', 'a', 'c', 'gone'], 'a score filter does not apply to levels');
  });

  it('plans "merge all at level ≤ N": unreviewed groups with a level, lowest level first; says so in the confirmation', () => {
    const plan = planBulkMerge(groups, (id) => (id === 'd' ? 'skipped' : 'unreviewed'), 0, 2);
    assert.deepStrictEqual(plan.candidates.map((c) => c.matchId), ['b', 'a']);
    assert.deepStrictEqual(plan.skipped.map((s) => s.matchId), ['d']);
    const q = bulkMergeConfirmation(plan, { loaded: 5, complete: true });
    assert.match(q.message, /^Merge 2 unreviewed groups at rule level ≤ 2\? This cannot be undone\.$/);
    assert.match(q.detail, /Up to 3 profiles will be deleted.*1 group\(s\) at that level are left alone/);
  });

  it('exports RuleLevel (CSV column, JSON member) for rule-based groups, and says which do not resolve', () => {
    const ctx = { domain: 'demo-rules', groups: [g('a', 2), g('gone', undefined, 0, 'no longer resolves')], stateOf: () => 'unreviewed' as const, profile: () => undefined, source: 'rules' as const };
    const csv = exportGroupsCsv(ctx).trim().split(/\r?\n/);
    assert.strictEqual(csv[0], 'MatchId,RuleLevel,ProfileIds,ReviewState,Names,Emails');
    assert.deepStrictEqual(csv.slice(1).map((l) => l.split(',').slice(0, 2)), [['a', '2'], ['gone', 'unresolved']]);
    const json = JSON.parse(exportGroupsJson(ctx, new Date(0))) as { groups: Array<Record<string, unknown>> };
    assert.deepStrictEqual([json.groups[0].ruleLevel, 'confidenceScore' in json.groups[0], json.groups[1].unresolved], [2, false, 'no longer resolves']);
  });
});
