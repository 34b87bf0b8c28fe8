import * as assert from 'node:assert/strict';
import { explainRuleMatch, lowestMatchingLevel } from '../../../src/shared/rules/explainRuleMatch';
import { config, profiles } from './helpers';

const M2M = { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress', 'BusinessEmailAddress'], PhoneNumber: ['PhoneNumber', 'MobilePhoneNumber'] };
const RULES = [['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber']];

describe('explainRuleMatch', () => {
  it('shows, per attribute, each profile\'s raw and normalized values and the agreed value with its sub-fields', () => {
    const cfg = config(RULES, {}, M2M);
    const ps = profiles(
      { FirstName: ' Ann ', LastName: 'LEE', PhoneNumber: '555-010-0000' },
      { FirstName: 'ann', LastName: 'Lee', MobilePhoneNumber: '+1 (555) 010-0000' },
    );
    const why = explainRuleMatch(cfg, 2, ps);
    assert.deepEqual(why.rule, RULES[1]);
    assert.equal(why.usedForMatching, true);
    assert.equal(why.matchingModel, 'MANY_TO_MANY');
    assert.equal(why.allAgreed, true);
    const [first, , phone] = why.attributes;
    assert.deepEqual(first.profiles, [
      { profileId: 'p01', values: [{ value: 'ann', raw: ' Ann ' }] },
      { profileId: 'p02', values: [{ value: 'ann', raw: 'ann' }] },
    ]);
    assert.deepEqual(first.agreedOn, { value: 'ann', subFields: undefined });
    assert.equal(first.subFields, undefined);
    assert.deepEqual(phone.subFields, ['PhoneNumber', 'MobilePhoneNumber']);
    assert.deepEqual(phone.agreedOn, { value: '+15550100000', subFields: [['PhoneNumber'], ['MobilePhoneNumber']] });
    assert.deepEqual(phone.profiles[1].values, [{ value: '+15550100000', raw: '+1 (555) 010-0000', subField: 'MobilePhoneNumber' }]);
  });

  const rows: { name: string; level: number; selector?: Record<string, unknown>; extra?: Record<string, unknown>;
    ps: Parameters<typeof profiles>; agreed: boolean[]; linked?: boolean[]; used?: boolean }[] = [
    { name: 'ONE_TO_ONE: same mailbox in different sub-fields does not agree', level: 1,
      selector: { ...M2M, AttributeMatchingModel: 'ONE_TO_ONE' },
      ps: [{ EmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'a@x.com' }], agreed: [false], linked: [false] },
    { name: 'MANY_TO_MANY: same mailbox in different sub-fields agrees', level: 1, selector: M2M,
      ps: [{ EmailAddress: 'a@x.com' }, { BusinessEmailAddress: 'A@x.com' }], agreed: [true], linked: [true] },
    { name: 'a chain (A=B, B=C on different values) is linked but not agreed', level: 1, selector: M2M,
      ps: [{ EmailAddress: 'a@x.com' }, { EmailAddress: 'a@x.com', BusinessEmailAddress: 'b@x.com' }, { BusinessEmailAddress: 'b@x.com' }],
      agreed: [false], linked: [true] },
    { name: 'a missing value disagrees', level: 2, selector: M2M,
      ps: [{ FirstName: 'A', LastName: 'B', PhoneNumber: '555-010-0000' }, { FirstName: 'A', LastName: 'B' }],
      agreed: [true, true, false], linked: [true, true, false] },
    { name: 'a typed attribute with no sub-fields selected never agrees', level: 1, selector: { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: undefined },
      ps: [{ EmailAddress: 'a@x.com' }, { EmailAddress: 'a@x.com' }], agreed: [false] },
    { name: 'a level above MaxAllowedRuleLevelForMatching is explained but marked unused', level: 2, selector: M2M,
      extra: { MaxAllowedRuleLevelForMatching: 1 },
      ps: [{ FirstName: 'A', LastName: 'B', PhoneNumber: '1' }, { FirstName: 'A', LastName: 'B', PhoneNumber: '1' }],
      agreed: [true, true, true], used: false },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const why = explainRuleMatch(config(RULES, row.extra, row.selector), row.level, profiles(...row.ps));
      assert.deepEqual(why.attributes.map((a) => a.agreed), row.agreed);
      if (row.linked) assert.deepEqual(why.attributes.map((a) => a.linked), row.linked);
      assert.equal(why.allAgreed, row.agreed.every(Boolean));
      assert.equal(why.usedForMatching, row.used ?? true);
    });
  }

  it('a level with no rule explains nothing', () => {
    const why = explainRuleMatch(config(RULES), 7, profiles({ EmailAddress: 'a@x.com' }));
    assert.equal(why.rule, undefined);
    assert.deepEqual(why.attributes, []);
    assert.equal(why.allAgreed, false);
    assert.equal(why.usedForMatching, false);
  });
});

describe('lowestMatchingLevel', () => {
  const cfg = config([['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber'], ['LastName']], { MaxAllowedRuleLevelForMatching: 2 });
  const rows: [string, Parameters<typeof profiles>, number | undefined][] = [
    ['e-mail -> 1', [{ EmailAddress: 'a@x.com', LastName: 'L' }, { EmailAddress: 'A@x.com', LastName: 'L' }], 1],
    ['name + phone -> 2', [{ FirstName: 'A', LastName: 'L', PhoneNumber: '555-010-0000' }, { FirstName: 'a', LastName: 'l', PhoneNumber: '+15550100000' }], 2],
    ['last name only is level 3, above the max -> none', [{ LastName: 'L' }, { LastName: 'L' }], undefined],
    ['nothing shared -> none', [{ EmailAddress: 'a@x.com' }, { EmailAddress: 'b@x.com' }], undefined],
  ];
  for (const [name, [a, b], level] of rows) {
    it(name, () => {
      const [pa, pb] = profiles(a, b);
      assert.equal(lowestMatchingLevel(cfg, pa, pb), level);
    });
  }
});
