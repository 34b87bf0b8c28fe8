import * as assert from 'assert';
import { preselectMainProfile } from '../../../src/shared/matches/mainProfile';
import { bucketIndex, confidenceBand, scoreHistogram } from '../../../src/shared/matches/histogram';
import { groupSearchText, selectGroups } from '../../../src/shared/matches/groupFilter';
import { planBulkMerge } from '../../../src/shared/matches/bulkMerge';
import { runWithConcurrency } from '../../../src/shared/matches/concurrency';
import { setFieldSource, getFieldSource, retainFieldSources } from '../../../src/shared/matches/fieldSources';

const A = 'a'.repeat(32), B = 'b'.repeat(32), C = 'c'.repeat(32);

describe('matches: main profile preselection', () => {
  it('takes the most complete profile and says why', () => {
    const c = preselectMainProfile([{ ProfileId: A, FirstName: 'J' }, { ProfileId: B, FirstName: 'J', LastName: 'D', Address: { City: 'X' } }])!;
    assert.deepStrictEqual(c, { profileId: B, reason: 'most complete profile (3 filled fields; next best 1)' });
  });
  it('ties go to the first', () => {
    assert.match(preselectMainProfile([{ ProfileId: A, FirstName: 'J' }, { ProfileId: B, LastName: 'D' }])!.reason, /equally complete .* first in the group/);
    assert.strictEqual(preselectMainProfile([{ ProfileId: A, FirstName: 'J' }, { ProfileId: B, LastName: 'D' }])!.profileId, A);
    const three = preselectMainProfile([{ ProfileId: A }, { ProfileId: B, LastName: 'D' }, { ProfileId: C, FirstName: 'J' }])!;
    assert.strictEqual(three.profileId, B);
    assert.match(three.reason, /tied with 1 other; the first of them/);
  });
});

describe('matches: histogram and bands', () => {
  it('buckets scores, 1.0 in the last bucket', () => {
    const h = scoreHistogram([0, 0.04, 0.05, 0.5, 0.99, 1, NaN], 20);
    assert.deepStrictEqual(h.buckets.map((b) => b.count).filter((n, i) => n || i === 0), [2, 1, 1, 2]);
    assert.strictEqual(h.total, 6);
    assert.strictEqual(h.maxCount, 2);
    assert.strictEqual(bucketIndex(1, 20), 19);
  });
  const bands: Array<[number, number | undefined, string]> = [[0.95, undefined, 'high'], [0.7, undefined, 'review'], [0.3, undefined, 'low'], [0.7, 0.6, 'high'], [0.45, 0.4, 'high'], [0.35, 0.4, 'low']];
  for (const [score, t, band] of bands) it(`score ${score}, threshold ${t} -> ${band}`, () => assert.strictEqual(confidenceBand(score, t), band));
});

describe('matches: filter and sort', () => {
  const groups = [
    { matchId: 'm1', profileIds: [A], score: 0.5 },
    { matchId: 'm2', profileIds: [A, B, C], score: 0.9 },
    { matchId: 'm3', profileIds: [B, C], score: 0.7 },
  ];
  const states = ['unreviewed', 'skipped', 'unreviewed'] as const;
  const texts = groups.map((g, i) => groupSearchText(g, i === 2 ? [{ ProfileId: B, FirstName: 'Zoë', EmailAddress: 'zoe@x.io', MobilePhoneNumber: '+44 7700' }] : []));
  const run = (filter: { minScore: number; state: 'all' | 'unreviewed' | 'skipped'; text: string }, sort: 'score-desc' | 'size-asc') =>
    selectGroups(groups, (i) => states[i], (i) => texts[i], filter, sort).map((i) => groups[i].matchId);
  const table: Array<[string, Parameters<typeof run>[0], Parameters<typeof run>[1], string[]]> = [
    ['all by score', { minScore: 0, state: 'all', text: '' }, 'score-desc', ['m2', 'm3', 'm1']],
    ['min score', { minScore: 0.6, state: 'all', text: '' }, 'score-desc', ['m2', 'm3']],
    ['state', { minScore: 0, state: 'unreviewed', text: '' }, 'score-desc', ['m3', 'm1']],
    ['name search', { minScore: 0, state: 'all', text: 'ZOË' }, 'score-desc', ['m3']],
    ['phone search', { minScore: 0, state: 'all', text: '7700' }, 'score-desc', ['m3']],
    ['id search', { minScore: 0, state: 'all', text: 'cccc' }, 'score-desc', ['m2', 'm3']],
    ['size ascending', { minScore: 0, state: 'all', text: '' }, 'size-asc', ['m1', 'm3', 'm2']],
  ];
  for (const [name, filter, sort, expected] of table) it(name, () => assert.deepStrictEqual(run(filter, sort), expected));
});

describe('matches: field sources', () => {
  it('sets, reads, clears and retains picks', () => {
    let fs = setFieldSource({}, 'FirstName', A);
    fs = setFieldSource(fs, 'Attributes.tier', B);
    assert.deepStrictEqual(fs, { FirstName: A, Attributes: { tier: B } });
    assert.strictEqual(getFieldSource(fs, 'Attributes.tier'), B);
    assert.deepStrictEqual(retainFieldSources(fs, new Set([A])), { FirstName: A });
    assert.deepStrictEqual(setFieldSource(setFieldSource(fs, 'FirstName', undefined), 'Attributes.tier', undefined), {});
    assert.throws(() => setFieldSource({}, 'ProfileId', A), /Not a FieldSourceProfileIds member/);
  });
});

describe('matches: bulk merge runner', () => {
  it('bounded concurrency', async () => {
    let inFlight = 0, peak = 0;
    await runWithConcurrency(Array.from({ length: 12 }, (_, i) => i), 3, async () => {
      inFlight++; peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
    });
    assert.strictEqual(peak, 3);
  });

  it('plans: unreviewed groups at or above the score, highest first; others skipped with why', () => {
    const groups = Array.from({ length: 6 }, (_, i) => ({ matchId: `g${i}`, profileIds: [A, B], score: 0.5 + i * 0.1 }));
    const plan = planBulkMerge(groups, (id) => (id === 'g5' ? 'not-a-match' : 'unreviewed'), 0.7);
    assert.deepStrictEqual(plan.candidates.map((g) => g.matchId), ['g4', 'g3', 'g2']);
    assert.deepStrictEqual(plan.skipped, [{ matchId: 'g5', reason: 'marked "not a match" (never bulk-merged)' }]);
  });
});
