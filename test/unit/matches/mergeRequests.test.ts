import * as assert from 'assert';
import { buildMergeRequests, profilesDeletedBy } from '../../../src/shared/matches/mergeRequests';

const MAIN = 'f'.repeat(32);
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => (i + 1).toString(16).padStart(32, '0'));

describe('matches: MergeProfiles request chunking', () => {
  const table: Array<[number, number[]]> = [[1, [1]], [19, [19]], [20, [20]], [21, [20, 1]], [40, [20, 20]], [45, [20, 20, 5]]];
  for (const [n, sizes] of table) {
    it(`${n} ids -> calls of ${sizes.join(', ')} into the same main profile`, () => {
      const requests = buildMergeRequests('demo', MAIN, ids(n));
      assert.deepStrictEqual(requests.map((r) => r.ProfileIdsToBeMerged.length), sizes);
      assert.ok(requests.every((r) => r.MainProfileId === MAIN && r.DomainName === 'demo'));
      assert.deepStrictEqual(requests.flatMap((r) => r.ProfileIdsToBeMerged), ids(n));
      assert.strictEqual(profilesDeletedBy(requests), n);
    });
  }

  it('routes a pick to its chunk, pins it to main afterwards, leaves it out before', () => {
    const all = ids(45);
    const requests = buildMergeRequests('demo', MAIN, all, { FirstName: all[25], Address: MAIN, Attributes: { tier: all[44] } });
    assert.deepStrictEqual(requests.map((r) => r.FieldSourceProfileIds), [
      { Address: MAIN },
      { FirstName: all[25], Address: MAIN },
      { FirstName: MAIN, Address: MAIN, Attributes: { tier: all[44] } },
    ]);
  });

  const invalid: Array<[string, () => unknown, RegExp]> = [
    ['empty list', () => buildMergeRequests('demo', MAIN, []), /Nothing to merge/],
    ['main in the list', () => buildMergeRequests('demo', MAIN, [MAIN]), /cannot also be merged/],
    ['pick outside the merge', () => buildMergeRequests('demo', MAIN, ids(2), { FirstName: 'e'.repeat(32) }), /not part of this merge/],
  ];
  for (const [name, run, error] of invalid) it(`rejects ${name}`, () => assert.throws(run, error));
});
