// The domain document's Matching.AutoMerging → GetAutoMergingPreview: what is sent, what is refused and why.
import * as assert from 'assert';
import { describeAutoMergingPreview, planAutoMergingPreview } from '../../../src/shared/matches/autoMergingPreview';

const doc = (autoMerging: unknown): unknown => ({ DefaultExpirationDays: 10, Matching: { Enabled: true, AutoMerging: autoMerging } });
const good = {
  Enabled: true,
  Consolidation: { MatchingAttributesList: [['EmailAddress', 'LastName'], ['PhoneNumber', 'FirstName']] },
  ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
  MinAllowedConfidenceScoreForMerging: 0.8,
};

describe('auto-merging preview request', () => {
  it('maps the block onto the request members exactly (Enabled is not a member of the request)', () => {
    const plan = planAutoMergingPreview(doc(good));
    assert.ok(plan.ok);
    assert.deepStrictEqual(plan.request, {
      Consolidation: { MatchingAttributesList: [['EmailAddress', 'LastName'], ['PhoneNumber', 'FirstName']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
      MinAllowedConfidenceScoreForMerging: 0.8,
    });
    assert.deepStrictEqual(plan.warnings, []);
  });

  it('keeps SourceName only for SOURCE and leaves out an absent threshold', () => {
    const plan = planAutoMergingPreview(doc({ ...good, MinAllowedConfidenceScoreForMerging: undefined, ConflictResolution: { ConflictResolvingModel: 'SOURCE', SourceName: 'CTR' } }));
    assert.ok(plan.ok);
    assert.deepStrictEqual(plan.request.ConflictResolution, { ConflictResolvingModel: 'SOURCE', SourceName: 'CTR' });
    assert.ok(!('MinAllowedConfidenceScoreForMerging' in plan.request));
    const recency = planAutoMergingPreview(doc({ ...good, ConflictResolution: { ConflictResolvingModel: 'RECENCY', SourceName: 'CTR' } }));
    assert.ok(recency.ok);
    assert.deepStrictEqual(recency.request.ConflictResolution, { ConflictResolvingModel: 'RECENCY' });
  });

  const refused: [string, unknown, RegExp][] = [
    ['no Matching at all', { DefaultExpirationDays: 10 }, /no Matching.AutoMerging/],
    ['AutoMerging not an object', doc([]), /no Matching.AutoMerging/],
    ['no Consolidation', doc({ ...good, Consolidation: undefined }), /at least one list/],
    ['an empty list of lists', doc({ ...good, Consolidation: { MatchingAttributesList: [] } }), /at least one list/],
    ['an empty inner list', doc({ ...good, Consolidation: { MatchingAttributesList: [['EmailAddress'], []] } }), /MatchingAttributesList\[1\]/],
    ['an empty attribute name (half-typed)', doc({ ...good, Consolidation: { MatchingAttributesList: [['EmailAddress', '']] } }), /MatchingAttributesList\[0\]/],
    ['21 attributes in a list', doc({ ...good, Consolidation: { MatchingAttributesList: [Array.from({ length: 21 }, (_, i) => `A${i}`)] } }), /1 to 20/],
    ['11 lists', doc({ ...good, Consolidation: { MatchingAttributesList: Array.from({ length: 11 }, () => ['A', 'B']) } }), /at most 10 lists; this one has 11/],
    ['no conflict model', doc({ ...good, ConflictResolution: {} }), /RECENCY or SOURCE/],
    ['a lower-case model', doc({ ...good, ConflictResolution: { ConflictResolvingModel: 'recency' } }), /RECENCY or SOURCE/],
    ['SOURCE without SourceName', doc({ ...good, ConflictResolution: { ConflictResolvingModel: 'SOURCE' } }), /needs a SourceName/],
    ['SOURCE with an empty SourceName', doc({ ...good, ConflictResolution: { ConflictResolvingModel: 'SOURCE', SourceName: '' } }), /needs a SourceName/],
    ['a threshold above 1', doc({ ...good, MinAllowedConfidenceScoreForMerging: 1.5 }), /from 0 to 1/],
    ['a threshold typed as text', doc({ ...good, MinAllowedConfidenceScoreForMerging: '0.8' }), /from 0 to 1/],
    ['a NaN-like threshold', doc({ ...good, MinAllowedConfidenceScoreForMerging: null }), /from 0 to 1/],
  ];
  for (const [what, input, problem] of refused) {
    it(`refuses ${what}`, () => {
      const plan = planAutoMergingPreview(input);
      assert.ok(!plan.ok, 'refused');
      assert.match(plan.problem, problem);
    });
  }

  it('warns (but sends) for single-attribute lists and for AutoMerging that is not enabled', () => {
    const plan = planAutoMergingPreview(doc({ ...good, Enabled: false, Consolidation: { MatchingAttributesList: [['EmailAddress'], ['LastName', 'PhoneNumber'], ['FirstName']] } }));
    assert.ok(plan.ok);
    assert.strictEqual(plan.warnings.length, 2);
    assert.match(plan.warnings[0], /List\(s\) 0, 2 match on a single attribute/);
    assert.match(plan.warnings[1], /Enabled is not true/);
  });

  it('describes the three counts, with ? for a count the service left out', () => {
    assert.strictEqual(describeAutoMergingPreview({ NumberOfMatchesInSample: 1200, NumberOfProfilesInSample: 3400, NumberOfProfilesWillBeMerged: 560 }),
      '560 of 3,400 profiles in 1,200 sampled match groups would be merged');
    assert.strictEqual(describeAutoMergingPreview({ NumberOfMatchesInSample: 0 }), '? of ? profiles in 0 sampled match groups would be merged');
  });
});
