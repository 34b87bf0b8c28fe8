import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { explainMlMatch, type MlAttribute, type MlExplanation } from '../../../src/shared/identity/explainMlMatch';
import { extractFeatures } from '../../../src/shared/identity/features';
import { MATCH_THRESHOLD, matchWeight } from '../../../src/shared/identity/mlScore';
import { ML_OUTCOMES, PRIOR_WEIGHT } from '../../../src/shared/identity/mlWeights';

const JOHN: ProfileRecord = { ProfileId: 'p1', FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM', PhoneNumber: '555-010-0000' };
const JHN: ProfileRecord = { ProfileId: 'p2', FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com', PhoneNumber: '+1-555-010-0000' };

function row(e: MlExplanation, attribute: MlAttribute): MlExplanation['attributes'][number] {
  const r = e.attributes.find((a) => a.attribute === attribute);
  assert.ok(r, attribute);
  return r;
}

// Each case: a pair (the second against the first) and the expected level + outcome id per attribute listed.
const cases: { name: string; a: Omit<ProfileRecord, 'ProfileId'>; b: Omit<ProfileRecord, 'ProfileId'>;
  expect: Partial<Record<MlAttribute, [level: string, outcome: string]>> }[] = [
  { name: 'reference example: typo, e-mail casing/separator, phone formats', a: JOHN, b: JHN,
    expect: { email: ['agree', 'separators'], phone: ['agree', 'agree'], firstName: ['close', 'close'], lastName: ['agree', 'exact'],
      birthDate: ['missing', 'missing'], gender: ['missing', 'missing'] } },
  { name: 'nickname, phone in another field, different mailbox', a: { FirstName: 'Robert', LastName: 'Smith', PhoneNumber: '206-555-0101', EmailAddress: 'r@example.com' },
    b: { FirstName: 'Bob', LastName: 'Smith', MobilePhoneNumber: '(206) 555-0101', EmailAddress: 'bob@example.com' },
    expect: { firstName: ['agree', 'nickname'], phone: ['agree', 'agree'], email: ['differ', 'differ'] } },
  { name: 'initial, different surname, birth dates differ', a: { FirstName: 'J', LastName: 'Fox', BirthDate: '1980-01-01' },
    b: { FirstName: 'Jane', LastName: 'Chavez', BirthDate: '1975-06-01' },
    expect: { firstName: ['close', 'initial'], lastName: ['differ', 'differ'], birthDate: ['differ', 'differ'] } },
  { name: 'birth dates: other format agrees, one digit apart is a typo, day/month ambiguity is its own level', a: { FirstName: 'Ann', BirthDate: '1985-03-07' },
    b: { FirstName: 'Ann', BirthDate: '7 Mar 1985' }, expect: { birthDate: ['agree', 'agree'] } },
  { name: 'birth date one digit apart', a: { FirstName: 'Ann', BirthDate: '1985-03-07' }, b: { FirstName: 'Ann', BirthDate: '1985-03-01' }, expect: { birthDate: ['close', 'typo'] } },
  { name: 'birth date ambiguous d/m', a: { FirstName: 'Ann', BirthDate: '03/07/1985' }, b: { FirstName: 'Ann', BirthDate: '1985-07-03' }, expect: { birthDate: ['agree', 'ambiguous'] } },
  { name: 'Jr vs Sr', a: { FirstName: 'Robert', LastName: 'Smith Jr' }, b: { FirstName: 'Robert', LastName: 'Smith Sr.' }, expect: { lastName: ['differ', 'generation'] } },
  { name: 'compound surname and nickname outside the old table', a: { FirstName: 'Lupe', LastName: 'Moreno Gutiérrez' }, b: { FirstName: 'Guadalupe', LastName: 'Moreno' }, expect: { firstName: ['agree', 'nickname'], lastName: ['agree', 'compound'] } },
  { name: 'same building, other flat', a: { FirstName: 'Ann', Address: { Address1: '12 Oak Court #4B', PostalCode: '02134' } }, b: { FirstName: 'Ann', Address: { Address1: '12 oak ct', Address2: 'Apt 4C', PostalCode: '02134' } }, expect: { address: ['differ', 'unit'] } },
  { name: 'street abbreviated, unit written otherwise', a: { FirstName: 'Ann', Address: { Address1: '12 Oak Court #4B', PostalCode: '02134' } }, b: { FirstName: 'Ann', Address: { Address1: '12 oak ct', Address2: 'Apt 4B', PostalCode: '02134-1234' } }, expect: { address: ['agree', 'agree'] } },
  { name: 'UK mobile, national vs international, UK address', a: { FirstName: 'Ann', PhoneNumber: '07700 900123', Address: { Country: 'United Kingdom' } }, b: { FirstName: 'Ann', PhoneNumber: '+44 7700 900123' }, expect: { phone: ['agree', 'agree'] } },
  { name: 'first and last swapped', a: { FirstName: 'Doe', LastName: 'John' }, b: { FirstName: 'John', LastName: 'Doe' },
    expect: { firstName: ['close', 'swapped'], lastName: ['close', 'swapped'] } },
  { name: 'abbreviated street, same postcode; genders differ; account numbers agree',
    a: { Address: { Address1: '12 Oak Street', PostalCode: '98101' }, Gender: 'MALE', AccountNumber: 'AC-1' },
    b: { ShippingAddress: { Address1: '12 oak st.', PostalCode: '98101-1234' }, Gender: 'female', AccountNumber: 'ac-1' },
    expect: { address: ['agree', 'agree'], gender: ['differ', 'differ'], accountNumber: ['agree', 'agree'], firstName: ['missing', 'missing'] } },
];

describe('explainMlMatch', () => {
  for (const c of cases) {
    it(`levels and weights: ${c.name}`, () => {
      const a = { ...c.a, ProfileId: 'a' };
      const b = { ...c.b, ProfileId: 'b' };
      const e = explainMlMatch([a, b]);
      assert.equal(e.kind, 'local-estimate');
      assert.equal(e.referenceProfileId, 'a');
      for (const [attribute, [level, outcome]] of Object.entries(c.expect) as [MlAttribute, [string, string]][]) {
        const cmp = row(e, attribute).comparisons;
        assert.equal(cmp.length, 1);
        assert.deepEqual([cmp[0].profileId, cmp[0].level, cmp[0].outcome], ['b', level, outcome], attribute);
        const o = (ML_OUTCOMES[attribute] as Record<string, { weight: number }>)[outcome];
        assert.equal(cmp[0].weight, o.weight, `${attribute} weight`);
        assert.ok(level === 'missing' ? cmp[0].weight === 0 : level === 'differ' ? cmp[0].weight < 0 : cmp[0].weight > 0, `${attribute} sign`);
      }
      // The rows add up to the same total the sandbox's scorer uses.
      const sum = e.attributes.reduce((s, r) => s + r.comparisons[0].weight, PRIOR_WEIGHT);
      assert.ok(Math.abs(sum - e.pairs[0].totalWeight) < 1e-9);
      assert.equal(e.pairs[0].totalWeight, matchWeight(extractFeatures(a), extractFeatures(b)));
      assert.ok(e.pairs[0].probability > 0 && e.pairs[0].probability < 1);
    });
  }

  it('shows raw fields and normalized values per profile', () => {
    const e = explainMlMatch([JOHN, JHN]);
    assert.deepEqual(row(e, 'email').values, [
      { profileId: 'p1', raw: [{ field: 'EmailAddress', value: 'JOHN_DOE@ANYCOMPANY.COM' }], normalized: ['john_doe@anycompany.com'] },
      { profileId: 'p2', raw: [{ field: 'EmailAddress', value: 'johndoe@anycompany.com' }], normalized: ['johndoe@anycompany.com'] },
    ]);
    assert.deepEqual(row(e, 'phone').values.map((v) => v.normalized), [['+15550100000'], ['+15550100000']]);
    const bob = explainMlMatch([{ ProfileId: 'x', FirstName: 'Bob' }, { ProfileId: 'y' }]);
    assert.deepEqual(row(bob, 'firstName').values, [
      { profileId: 'x', raw: [{ field: 'FirstName', value: 'Bob' }], normalized: ['bob', 'robert'] },
      { profileId: 'y', raw: [], normalized: [] },
    ]);
    assert.equal(row(bob, 'firstName').comparisons[0].level, 'missing');
  });

  it('the reference example is a match the local model is confident about', () => {
    const [pair] = explainMlMatch([JOHN, JHN]).pairs;
    assert.deepEqual([pair.profileId, pair.againstProfileId, pair.linkable, pair.matched], ['p2', 'p1', true, true]);
    assert.ok(pair.probability > 0.9, String(pair.probability));
  });

  it('compares every later profile against the first, in the order given', () => {
    const third: ProfileRecord = { ProfileId: 'p3', FirstName: 'Mary', LastName: 'Major', EmailAddress: 'mary@example.org' };
    const e = explainMlMatch([JOHN, JHN, third]);
    assert.deepEqual(e.pairs.map((p) => [p.profileId, p.againstProfileId]), [['p2', 'p1'], ['p3', 'p1']]);
    for (const r of e.attributes) {
      assert.deepEqual(r.values.map((v) => v.profileId), ['p1', 'p2', 'p3']);
      assert.deepEqual(r.comparisons.map((c) => c.profileId), ['p2', 'p3']);
    }
    assert.equal(e.pairs[1].matched, false);
    assert.ok(e.pairs[1].probability < MATCH_THRESHOLD);
    // Reordering changes the reference, not the pair's numbers (the comparison is symmetric).
    const swapped = explainMlMatch([JHN, JOHN]);
    assert.equal(swapped.referenceProfileId, 'p2');
    assert.equal(swapped.pairs[0].totalWeight, e.pairs[0].totalWeight);
  });

  it('a pair the candidate rule does not admit is not matched, whatever its probability', () => {
    const a: ProfileRecord = { ProfileId: 'a', FirstName: 'John', LastName: 'Smith', BirthDate: '1980-01-01' };
    const [pair] = explainMlMatch([a, { ...a, ProfileId: 'b' }]).pairs;
    assert.equal(pair.linkable, false);
    assert.equal(pair.matched, false);
  });

  it('handles fewer than two profiles (values only, no pairs)', () => {
    const one = explainMlMatch([JOHN]);
    assert.equal(one.pairs.length, 0);
    assert.ok(one.attributes.every((r) => r.comparisons.length === 0 && r.values.length === 1));
    const none = explainMlMatch([]);
    assert.equal(none.referenceProfileId, undefined);
    assert.deepEqual(none.pairs, []);
  });

  it('shows the term-frequency level: a mailbox the caller knows is shared weighs 0 and does not link', () => {
    const a: ProfileRecord = { ProfileId: 'a', FirstName: 'Maria', LastName: 'Garcia', EmailAddress: 'info@acme.example' };
    const b: ProfileRecord = { ProfileId: 'b', FirstName: 'Maria', LastName: 'Garcia', EmailAddress: 'INFO@acme.example' };
    const plain = explainMlMatch([a, b]);
    assert.equal(row(plain, 'email').comparisons[0].outcome, 'agree');
    assert.equal(plain.pairs[0].linkable, true);
    const shared = explainMlMatch([a, b], new Set(['info@acme.example']));
    const c = row(shared, 'email').comparisons[0];
    assert.equal(c.outcome, 'shared');
    assert.equal(c.weight, 0);
    assert.deepEqual(row(shared, 'email').values[1].normalized, ['info@acme.example'], 'the value is still shown');
    assert.equal(shared.pairs[0].linkable, false);
    assert.ok(shared.pairs[0].totalWeight < plain.pairs[0].totalWeight);
  });

  it('counts a mailbox the group itself shows under two surnames as shared (as the sandbox does)', () => {
    const e = explainMlMatch([
      { ProfileId: 'a', FirstName: 'Maria', LastName: 'Garcia', EmailAddress: 'info@acme.example' },
      { ProfileId: 'b', FirstName: 'Maria', LastName: 'Moreno', EmailAddress: 'info@acme.example' },
    ]);
    assert.equal(row(e, 'email').comparisons[0].outcome, 'shared');
    assert.equal(e.pairs[0].matched, false);
  });
});
