import * as assert from 'assert';
import { mergeProfileRecords } from '../../../src/shared/mergeRules';
import type { FieldSourceProfileIds, ProfileRecord } from '../../../src/shared/profile';
import { buildMergeRequests } from '../../../src/shared/matches/mergeRequests';
import { describeProvenance, previewMerge } from '../../../src/shared/matches/mergePreview';

const MAIN = 'a'.repeat(32);
const P1 = 'b'.repeat(32);
const P2 = 'c'.repeat(32);
const id = (n: number): string => n.toString(16).padStart(32, '0');

// The three examples of the MergeProfiles API reference ("secondaryProfile2" = ProfileToBeMerged2).
const examples: Array<{ name: string; profiles: ProfileRecord[]; sources: FieldSourceProfileIds; expected: Omit<ProfileRecord, 'ProfileId'>; provenance: Record<string, string> }> = [
  {
    name: 'Example 1: fields are union-ed when there is no conflict',
    profiles: [{ ProfileId: MAIN, FirstName: 'Jane' }, { ProfileId: P1, LastName: 'Doe' }, { ProfileId: P2, MiddleName: 'None' }],
    sources: {},
    expected: { FirstName: 'Jane', LastName: 'Doe', MiddleName: 'None' },
    provenance: { FirstName: 'union', LastName: 'union', MiddleName: 'union' },
  },
  {
    name: 'Example 2: on conflict without a source, main wins',
    profiles: [{ ProfileId: MAIN, FirstName: 'Jane' }, { ProfileId: P1, LastName: 'Doe' }, { ProfileId: P2, FirstName: 'Jorge' }],
    sources: {},
    expected: { FirstName: 'Jane', LastName: 'Doe' },
    provenance: { FirstName: 'main-wins', LastName: 'union' },
  },
  {
    name: 'Example 3: a named source wins the conflict',
    profiles: [{ ProfileId: MAIN, FirstName: 'Jane' }, { ProfileId: P1, LastName: 'Doe' }, { ProfileId: P2, FirstName: 'Jorge' }],
    sources: { FirstName: P2 },
    expected: { FirstName: 'Jorge', LastName: 'Doe' },
    provenance: { FirstName: 'source-picked', LastName: 'union' },
  },
];

describe('matches: merge preview (API reference examples)', () => {
  for (const ex of examples) {
    it(ex.name, () => {
      const preview = previewMerge('demo', ex.profiles, MAIN, ex.sources);
      assert.deepStrictEqual(preview.merged, { ProfileId: MAIN, ...ex.expected });
      assert.deepStrictEqual(Object.fromEntries(preview.fields.map((f) => [f.field, f.reason])), ex.provenance);
      assert.deepStrictEqual(preview.requests, [{
        DomainName: 'demo', MainProfileId: MAIN, ProfileIdsToBeMerged: [P1, P2],
        ...(Object.keys(ex.sources).length ? { FieldSourceProfileIds: ex.sources } : {}),
      }]);
      assert.strictEqual(preview.deletedCount, 2);
    });
  }

  it('a picked empty value removes the field (even if NULL)', () => {
    const preview = previewMerge('demo', [{ ProfileId: MAIN, FirstName: 'Jane' }, { ProfileId: P1 }], MAIN, { FirstName: P1 });
    assert.strictEqual(preview.merged.FirstName, undefined);
    const f = preview.fields.find((x) => x.field === 'FirstName')!;
    assert.strictEqual(f.reason, 'source-picked-empty');
    assert.match(describeProvenance(f, (x) => x.slice(0, 4)), /picked empty value from bbbb: the field is removed/);
  });

  it('merges in group order and rejects a main profile that is not loaded', () => {
    assert.throws(() => previewMerge('demo', [{ ProfileId: P1 }], MAIN, {}), /not among the group's loaded profiles/);
  });

  // Chunking must not change the outcome: running the chunked requests one after another through the same
  // MergeProfiles rules gives what one (hypothetical, over-limit) call would give.
  const chunkCases: Array<{ name: string; size: number; sources: (ids: string[]) => FieldSourceProfileIds }> = [
    { name: 'no picks, 45 profiles', size: 45, sources: () => ({}) },
    { name: 'value picked from chunk 2', size: 30, sources: (ids) => ({ FirstName: ids[25], Attributes: { tier: ids[22] } }) },
    { name: 'empty value picked from chunk 1 survives later chunks', size: 45, sources: (ids) => ({ MiddleName: ids[3] }) },
    { name: 'main picked', size: 25, sources: () => ({ LastName: MAIN }) },
  ];
  for (const c of chunkCases) {
    it(`chunked merge equals one merge: ${c.name}`, () => {
      const others: ProfileRecord[] = Array.from({ length: c.size }, (_, i) => ({
        ProfileId: id(i + 1), FirstName: `F${i}`, ...(i === 3 ? {} : { MiddleName: `M${i}` }), LastName: `L${i}`,
        Attributes: { tier: `t${i}` },
      }));
      const main: ProfileRecord = { ProfileId: MAIN, LastName: 'Main' };
      const ids = others.map((p) => p.ProfileId);
      const sources = c.sources(ids);
      const requests = buildMergeRequests('demo', MAIN, ids, sources);
      assert.ok(requests.every((r) => r.ProfileIdsToBeMerged.length <= 20));
      let current = main;
      const byId = new Map(others.map((p) => [p.ProfileId, p]));
      for (const r of requests) current = mergeProfileRecords(current, r.ProfileIdsToBeMerged.map((x) => byId.get(x)!), r.FieldSourceProfileIds);
      assert.deepStrictEqual(current, mergeProfileRecords(main, others, sources));
    });
  }
});
