import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { matchIdFor } from '../../../src/sandbox/identity/matchId';
import { RuleMatchIndex } from '../../../src/sandbox/rules/ruleMatchIndex';
import { config, profiles, shape } from './helpers';


interface Row {
  name: string;
  rules: string[][];
  extra?: Record<string, unknown>;
  selector?: Record<string, unknown>;
  profiles: Omit<ProfileRecord, 'ProfileId'>[];
  limit?: number;
  expected: string[];
}

const NAME_PHONE = ['FirstName', 'LastName', 'PhoneNumber'];

const ROWS: Row[] = [
  {
    name: 'level 1 e-mail, level 2 name + phone; a later-level match to a grouped profile is not used',
    rules: [['EmailAddress'], NAME_PHONE],
    profiles: [
      { EmailAddress: 'a@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: ' A@X.COM ' },
      { FirstName: 'ann', LastName: 'LEE', PhoneNumber: '+1 (555) 010-0000' }, // matches p01 at 2 only: p01 is level 1
      { FirstName: 'Bob', LastName: 'Lee', PhoneNumber: '555-010-0001' },
      { FirstName: 'Bob', LastName: 'Lee', PhoneNumber: '5550100001' },
    ],
    expected: ['1:p01,p02', '2:p04,p05'],
  },
  {
    name: 'the profile left over by level 1 still groups at level 2 with profiles not yet grouped',
    rules: [['EmailAddress'], NAME_PHONE],
    profiles: [
      { EmailAddress: 'a@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: 'a@x.com' },
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
    ],
    expected: ['1:p01,p02', '2:p03,p04'],
  },
  {
    name: 'a profile matching at levels 1 and 2 is grouped at its lowest level, with all its level-1 partners',
    rules: [NAME_PHONE, ['EmailAddress']],
    profiles: [
      { EmailAddress: 'a@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: 'a@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: 'b@x.com', FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
    ],
    expected: ['1:p01,p02,p03'],
  },
  {
    name: 'transitive within a level (A=B by one value, B=C by another under MANY_TO_MANY)',
    rules: [['EmailAddress']],
    selector: { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress', 'BusinessEmailAddress'] },
    profiles: [
      { EmailAddress: 'a@x.com' },
      { EmailAddress: 'a@x.com', BusinessEmailAddress: 'b@work.com' },
      { BusinessEmailAddress: 'b@work.com' },
      { EmailAddress: 'c@x.com' },
    ],
    expected: ['1:p01,p02,p03'],
  },
  {
    name: 'every attribute must be present on both: a missing phone never matches',
    rules: [NAME_PHONE],
    profiles: [{ FirstName: 'Ann', LastName: 'Lee' }, { FirstName: 'Ann', LastName: 'Lee' }],
    expected: [],
  },
  {
    name: 'levels above MaxAllowedRuleLevelForMatching are not used',
    rules: [['EmailAddress'], NAME_PHONE],
    extra: { MaxAllowedRuleLevelForMatching: 1 },
    profiles: [
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '555-010-0000' },
      { EmailAddress: 'z@x.com' }, { EmailAddress: 'Z@x.com' },
    ],
    expected: ['1:p03,p04'],
  },
  {
    name: 'MaxAllowedRuleLevelForMatching above the number of rules uses every rule',
    rules: [['EmailAddress'], NAME_PHONE],
    extra: { MaxAllowedRuleLevelForMatching: 9 },
    profiles: [{ FirstName: 'A', LastName: 'B', PhoneNumber: '555-010-0000' }, { FirstName: 'a', LastName: 'b', PhoneNumber: '5550100000' }],
    expected: ['2:p01,p02'],
  },
  {
    name: 'ONE_TO_ONE: e-mail in EmailAddress vs BusinessEmailAddress does not match',
    rules: [['EmailAddress']],
    selector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress', 'BusinessEmailAddress'] },
    profiles: [{ EmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'A@x.com' }],
    expected: ['1:p02,p03'],
  },
  {
    name: 'MANY_TO_MANY: e-mail in EmailAddress vs BusinessEmailAddress matches',
    rules: [['EmailAddress']],
    selector: { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress', 'BusinessEmailAddress'] },
    profiles: [{ EmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'A@x.com' }],
    expected: ['1:p01,p02,p03'],
  },
  {
    name: 'MANY_TO_MANY: a sub-field that is not selected is not read',
    rules: [['PhoneNumber']],
    selector: { AttributeMatchingModel: 'MANY_TO_MANY', PhoneNumber: ['Phone', 'MobilePhone'] },
    profiles: [{ HomePhoneNumber: '555-010-0000' }, { PhoneNumber: '555-010-0000' }, { MobilePhoneNumber: '(555) 010-0000' }],
    expected: ['1:p02,p03'],
  },
  {
    name: 'Address.* with ONE_TO_ONE compares the same address field only',
    rules: [['LastName', 'Address.PostalCode']],
    selector: { AttributeMatchingModel: 'ONE_TO_ONE', Address: ['Address', 'ShippingAddress'] },
    profiles: [
      { LastName: 'Lee', Address: { PostalCode: '98101' } },
      { LastName: 'Lee', ShippingAddress: { PostalCode: '98101' } },
      { LastName: 'Lee', ShippingAddress: { PostalCode: ' 98101 ' } },
    ],
    expected: ['1:p02,p03'],
  },
  {
    name: 'a typed attribute with no sub-fields selected never matches',
    rules: [['EmailAddress'], ['FirstName']],
    selector: { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: undefined },
    profiles: [{ EmailAddress: 'a@x.com', FirstName: 'A' }, { EmailAddress: 'a@x.com', FirstName: 'B' }],
    expected: [],
  },
  {
    name: 'Attributes.* exact after trim',
    rules: [['Attributes.loyaltyId']],
    profiles: [
      { Attributes: { loyaltyId: 'L-1' } }, { Attributes: { loyaltyId: ' L-1 ' } }, { Attributes: { loyaltyId: 'l-1' } },
      { Attributes: { other: 'L-1' } },
    ],
    expected: ['1:p01,p02'],
  },
  {
    name: 'a rule naming an attribute a rule may not use never matches',
    rules: [['PartyType']],
    profiles: [{ PartyType: 'INDIVIDUAL' }, { PartyType: 'INDIVIDUAL' }],
    expected: [],
  },
  {
    name: 'cardinality guard: a combination shared by more profiles than the limit is not matched',
    rules: [['EmailAddress'], ['LastName']],
    limit: 3,
    profiles: [
      { EmailAddress: 'shared@x.com', LastName: 'A' }, { EmailAddress: 'shared@x.com', LastName: 'B' },
      { EmailAddress: 'shared@x.com', LastName: 'C' }, { EmailAddress: 'shared@x.com', LastName: 'C' },
      { EmailAddress: 'pair@x.com' }, { EmailAddress: 'pair@x.com' },
    ],
    expected: ['1:p05,p06', '2:p03,p04'],
  },
  {
    name: 'cardinality guard: exactly the limit is still matched',
    rules: [['EmailAddress']],
    limit: 3,
    profiles: [{ EmailAddress: 'a@x.com' }, { EmailAddress: 'a@x.com' }, { EmailAddress: 'a@x.com' }],
    expected: ['1:p01,p02,p03'],
  },
];

describe('RuleMatchIndex: grouping (table)', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const cfg = config(row.rules, row.extra, row.selector);
      const index = RuleMatchIndex.build(cfg, profiles(...row.profiles), row.limit ? { cardinalityLimit: row.limit } : {});
      assert.deepEqual(shape(index), row.expected);
    });
  }
});

describe('RuleMatchIndex: lookups, ids and the guard log', () => {
  const cfg = config([['EmailAddress'], ['LastName']]);
  const ps = profiles(
    { EmailAddress: 'a@x.com' }, { EmailAddress: 'a@x.com' }, { LastName: 'Lee' }, { LastName: 'Lee' }, { LastName: 'Solo' },
  );

  it('MatchIds derive from the members; groups() is sorted by MatchId; group/groupOf find them', () => {
    const index = RuleMatchIndex.build(cfg, ps);
    const ids = index.groups().map((g) => g.MatchId);
    assert.deepEqual(ids, [...ids].sort());
    const g1 = index.groupOf('p01');
    assert.equal(g1?.MatchId, matchIdFor(['p01', 'p02']));
    assert.equal(g1?.RuleLevel, 1);
    assert.equal(index.group(matchIdFor(['p03', 'p04']))?.RuleLevel, 2);
    assert.equal(index.groupOf('p05'), undefined);
    assert.equal(index.group('nope'), undefined);
    assert.equal(index.profileCount, 5);
  });

  it('building twice (any order) gives the same groups and ids', () => {
    assert.deepEqual(RuleMatchIndex.build(cfg, [...ps].reverse()).groups(), RuleMatchIndex.build(cfg, ps).groups());
  });

  it('guardedValues reports level, attributes and count, not the values', () => {
    const many = profiles(...Array.from({ length: 5 }, () => ({ EmailAddress: 'noreply@x.com', LastName: 'Lee' })));
    const index = RuleMatchIndex.build(cfg, many, { cardinalityLimit: 4 });
    const log = index.guardedValues();
    assert.deepEqual(log.map(({ RuleLevel, Attributes, ProfileCount }) => ({ RuleLevel, Attributes, ProfileCount })), [
      { RuleLevel: 1, Attributes: ['EmailAddress'], ProfileCount: 5 },
      { RuleLevel: 2, Attributes: ['LastName'], ProfileCount: 5 },
    ]);
    assert.ok(!JSON.stringify(log).includes('noreply'), 'no customer value in the log');
    assert.match(log[0].Fingerprint, /^[0-9a-f]{12}$/);
    assert.notEqual(log[0].Fingerprint, log[1].Fingerprint);
    assert.deepEqual(index.groups(), []);
  });

  it('the default limit is 500: 501 sharing one value are guarded, 500 are one group', () => {
    const n = (count: number): ProfileRecord[] => Array.from({ length: count }, (_, i) => ({ ProfileId: `q${i}`, EmailAddress: 'x@x.com' }));
    const only = config([['EmailAddress']]);
    assert.equal(RuleMatchIndex.build(only, n(500)).groups()[0]?.ProfileIds.length, 500);
    const guarded = RuleMatchIndex.build(only, n(501));
    assert.deepEqual(guarded.groups(), []);
    assert.equal(guarded.guardedValues()[0].ProfileCount, 501);
  });
});
