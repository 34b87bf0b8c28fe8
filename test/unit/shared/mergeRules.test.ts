import * as assert from 'node:assert/strict';
import {
  explainMerge, fieldSourceProblems, InvalidFieldSourceError, mergeProfileRecords,
} from '../../../src/shared/mergeRules';
import { FieldSourceProfileIds, ProfileRecord } from '../../../src/shared/profile';

const MAIN = 'a'.repeat(32);
const P1 = 'b'.repeat(32);
const P2 = 'c'.repeat(32);
const P3 = 'd'.repeat(32);

interface Case {
  name: string;
  main: Omit<ProfileRecord, 'ProfileId'>;
  toMerge: Omit<ProfileRecord, 'ProfileId'>[];
  fieldSources?: FieldSourceProfileIds;
  expected: Omit<ProfileRecord, 'ProfileId'>;
}

const withIds = (c: Case): { main: ProfileRecord; toMerge: ProfileRecord[] } => ({
  main: { ProfileId: MAIN, ...c.main },
  toMerge: c.toMerge.map((p, i) => ({ ProfileId: [P1, P2, P3][i], ...p })),
});

const cases: Case[] = [
  // API reference, MergeProfiles, Example 1 (verbatim): no conflicts -> union.
  { name: 'reference example 1: union', main: { FirstName: 'Jane' },
    toMerge: [{ LastName: 'Doe' }, { MiddleName: 'None' }],
    expected: { FirstName: 'Jane', LastName: 'Doe', MiddleName: 'None' } },
  // Example 2: conflict, no source -> main's value.
  { name: 'reference example 2: main wins a conflict', main: { FirstName: 'Jane' },
    toMerge: [{ LastName: 'Doe' }, { FirstName: 'Jorge' }],
    expected: { FirstName: 'Jane', LastName: 'Doe' } },
  // Example 3: conflict, SourceProfileIds.FirstName = secondaryProfile2 -> "Jorge".
  { name: 'reference example 3: named source wins a conflict', main: { FirstName: 'Jane' },
    toMerge: [{ LastName: 'Doe' }, { FirstName: 'Jorge' }], fieldSources: { FirstName: P2 },
    expected: { FirstName: 'Jorge', LastName: 'Doe' } },
  { name: 'named source without the value clears the field', main: { FirstName: 'Jane', EmailAddress: 'j@example.com' },
    toMerge: [{ LastName: 'Doe' }], fieldSources: { EmailAddress: P1 },
    expected: { FirstName: 'Jane', LastName: 'Doe' } },
  { name: 'named source wins even without a conflict (main has nothing)', main: { FirstName: 'Jane' },
    toMerge: [{ PhoneNumber: '555-0100' }, { PhoneNumber: '555-0101' }], fieldSources: { PhoneNumber: P2 },
    expected: { FirstName: 'Jane', PhoneNumber: '555-0101' } },
  { name: 'source naming main keeps main', main: { LastName: 'Doe' }, toMerge: [{ LastName: 'Roe' }],
    fieldSources: { LastName: MAIN }, expected: { LastName: 'Doe' } },
  { name: 'attributes merge per key', main: { Attributes: { tier: 'gold', since: '2019' } },
    toMerge: [{ Attributes: { tier: 'silver', color: 'blue' } }, { Attributes: { since: '2020', pet: 'cat' } }],
    fieldSources: { Attributes: { since: P2 } },
    expected: { Attributes: { tier: 'gold', since: '2020', color: 'blue', pet: 'cat' } } },
  { name: 'attribute source without the key drops the key', main: { Attributes: { tier: 'gold' } },
    toMerge: [{ Attributes: { other: 'x' } }], fieldSources: { Attributes: { tier: P1 } },
    expected: { Attributes: { other: 'x' } } },
  { name: 'addresses are whole: no part-wise mixing', main: { Address: { City: 'Seattle', PostalCode: '98101' } },
    toMerge: [{ Address: { Address1: '1 Main St', City: 'Tacoma' } }],
    expected: { Address: { City: 'Seattle', PostalCode: '98101' } } },
  { name: 'address source takes the whole address', main: { Address: { City: 'Seattle', PostalCode: '98101' } },
    toMerge: [{ Address: { Address1: '1 Main St', City: 'Tacoma' } }], fieldSources: { Address: P1 },
    expected: { Address: { Address1: '1 Main St', City: 'Tacoma' } } },
  { name: 'address union when main has none; other address kinds independent',
    main: { ShippingAddress: { City: 'Reno' } }, toMerge: [{ Address: { City: 'Tacoma' }, ShippingAddress: { City: 'Boise' } }],
    expected: { ShippingAddress: { City: 'Reno' }, Address: { City: 'Tacoma' } } },
  { name: 'address with only empty parts counts as absent', main: { Address: { City: '' } },
    toMerge: [{ Address: { City: 'Tacoma' } }], expected: { Address: { City: 'Tacoma' } } },
  { name: 'several merged profiles, main lacks the field: first in ProfileIdsToBeMerged order',
    main: { FirstName: 'Ann' }, toMerge: [{ EmailAddress: 'first@example.com' }, { EmailAddress: 'second@example.com' }, {}],
    expected: { FirstName: 'Ann', EmailAddress: 'first@example.com' } },
  { name: 'empty string in main is absent: merged value fills it', main: { FirstName: '' },
    toMerge: [{ FirstName: 'Ann' }], expected: { FirstName: 'Ann' } },
  { name: 'no fieldSources, no conflicts, equal values', main: { LastName: 'Doe', Gender: 'FEMALE' },
    toMerge: [{ LastName: 'Doe', BirthDate: '1980-01-02' }],
    expected: { LastName: 'Doe', Gender: 'FEMALE', BirthDate: '1980-01-02' } },
  { name: 'exact comparison: different casing is a conflict, main wins', main: { LastName: 'Doe' },
    toMerge: [{ LastName: 'DOE' }], expected: { LastName: 'Doe' } },
  { name: 'string enum twins follow the no-source rules', main: { GenderString: 'f' },
    toMerge: [{ GenderString: 'female', PartyTypeString: 'person' }], expected: { GenderString: 'f', PartyTypeString: 'person' } },
  { name: 'engagement preferences are whole; source picks them',
    main: { EngagementPreferences: { Email: [{ KeyName: 'e', KeyValue: '1' }] } },
    toMerge: [{ EngagementPreferences: { Phone: [{ KeyName: 'p', KeyValue: '2' }] } }],
    fieldSources: { EngagementPreferences: P1 },
    expected: { EngagementPreferences: { Phone: [{ KeyName: 'p', KeyValue: '2' }] } } },
];

describe('mergeProfileRecords', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { main, toMerge } = withIds(c);
      assert.deepEqual(mergeProfileRecords(main, toMerge, c.fieldSources), { ProfileId: MAIN, ...c.expected });
    });
  }

  it('does not mutate or alias its inputs', () => {
    const main: ProfileRecord = { ProfileId: MAIN, Address: { City: 'Seattle' }, Attributes: { a: '1' } };
    const other: ProfileRecord = { ProfileId: P1, ShippingAddress: { City: 'Reno' }, Attributes: { b: '2' } };
    const snapshot = JSON.stringify([main, other]);
    const merged = mergeProfileRecords(main, [other]);
    merged.Address!.City = 'changed';
    merged.ShippingAddress!.City = 'changed';
    merged.Attributes!.a = 'changed';
    assert.equal(JSON.stringify([main, other]), snapshot);
  });

  it('rejects a source that is neither main nor merged, naming the member path', () => {
    const main: ProfileRecord = { ProfileId: MAIN };
    assert.throws(() => mergeProfileRecords(main, [{ ProfileId: P1 }], { FirstName: P3 }),
      (e: unknown) => e instanceof InvalidFieldSourceError && e.memberPath === 'FieldSourceProfileIds.FirstName');
    assert.throws(() => mergeProfileRecords(main, [{ ProfileId: P1 }], { Attributes: { k: P3 } }),
      (e: unknown) => e instanceof InvalidFieldSourceError && e.memberPath === 'FieldSourceProfileIds.Attributes.k');
  });

  it('fieldSourceProblems reports unknown members', () => {
    const bad = { Nickname: P1 } as unknown as FieldSourceProfileIds;
    assert.deepEqual(fieldSourceProblems({ ProfileId: MAIN }, [{ ProfileId: P1 }], bad).map((p) => p.memberPath),
      ['FieldSourceProfileIds.Nickname']);
    assert.deepEqual(fieldSourceProblems({ ProfileId: MAIN }, [{ ProfileId: P1 }], { FirstName: P1 }), []);
    assert.deepEqual(fieldSourceProblems({ ProfileId: MAIN }, [{ ProfileId: P1 }], { FirstName: undefined }), []);
  });
});

describe('explainMerge', () => {
  const rows: { name: string; main: ProfileRecord; toMerge: ProfileRecord[]; fs?: FieldSourceProfileIds;
    field: string; expected: { value: unknown; fromProfileId: string; reason: string; overriddenProfileIds: string[] } }[] = [
    { name: 'union from a merged profile', main: { ProfileId: MAIN }, toMerge: [{ ProfileId: P1, LastName: 'Doe' }],
      field: 'LastName', expected: { value: 'Doe', fromProfileId: P1, reason: 'union', overriddenProfileIds: [] } },
    { name: 'main wins', main: { ProfileId: MAIN, FirstName: 'Jane' }, toMerge: [{ ProfileId: P1, FirstName: 'Jorge' }],
      field: 'FirstName', expected: { value: 'Jane', fromProfileId: MAIN, reason: 'main-wins', overriddenProfileIds: [P1] } },
    { name: 'first merged wins', main: { ProfileId: MAIN },
      toMerge: [{ ProfileId: P1, FirstName: 'A' }, { ProfileId: P2, FirstName: 'B' }],
      field: 'FirstName', expected: { value: 'A', fromProfileId: P1, reason: 'first-merged-wins', overriddenProfileIds: [P2] } },
    { name: 'source picked', main: { ProfileId: MAIN, FirstName: 'Jane' }, toMerge: [{ ProfileId: P1, FirstName: 'Jorge' }],
      fs: { FirstName: P1 }, field: 'FirstName',
      expected: { value: 'Jorge', fromProfileId: P1, reason: 'source-picked', overriddenProfileIds: [MAIN] } },
    { name: 'source picked empty', main: { ProfileId: MAIN, Attributes: { tier: 'gold' } }, toMerge: [{ ProfileId: P1 }],
      fs: { Attributes: { tier: P1 } }, field: 'Attributes.tier',
      expected: { value: undefined, fromProfileId: P1, reason: 'source-picked-empty', overriddenProfileIds: [MAIN] } },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const e = explainMerge(r.main, r.toMerge, r.fs).find((x) => x.field === r.field);
      assert.ok(e, `no explanation for ${r.field}`);
      assert.deepEqual({ value: e.value, fromProfileId: e.fromProfileId, reason: e.reason,
        overriddenProfileIds: e.overriddenProfileIds }, r.expected);
    });
  }

  it('lists fields in a stable order: scalars, addresses, attributes sorted', () => {
    const fields = explainMerge({ ProfileId: MAIN, Attributes: { z: '1', a: '2' }, Address: { City: 'X' } },
      [{ ProfileId: P1, LastName: 'Doe', FirstName: 'Jo' }]).map((e) => e.field);
    assert.deepEqual(fields, ['FirstName', 'LastName', 'Address', 'Attributes.a', 'Attributes.z']);
  });
});
