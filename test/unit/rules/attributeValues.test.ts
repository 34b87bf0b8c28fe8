import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { attributeKeys, ruleAttributeValues, selectedSubFields } from '../../../src/shared/rules/attributeValues';
import type { AttributeSelector } from '../../../src/shared/rules/config';
import { attributeTypeOf, isRuleAttributeName, RULE_ATTRIBUTE_NAMES } from '../../../src/shared/rules/ruleAttributes';

const ALL: AttributeSelector = {
  matchingModel: 'ONE_TO_ONE',
  emailAddress: ['EmailAddress', 'BusinessEmailAddress', 'PersonalEmailAddress'],
  phoneNumber: ['PhoneNumber', 'HomePhoneNumber', 'MobilePhoneNumber'],
  address: ['Address', 'ShippingAddress', 'MaillingAddress', 'BusinessAddress'],
};

const PROFILE: ProfileRecord = {
  ProfileId: 'p1', FirstName: '  Ann ', LastName: 'LEE', BirthDate: '1990-01-02 ', Gender: 'FEMALE', AccountNumber: 'AB-1',
  EmailAddress: 'Ann@X.com', BusinessEmailAddress: 'ann@work.com', PhoneNumber: '555-010-0000', MobilePhoneNumber: '555-010-0001',
  Address: { Address1: '1 Main St', Address2: 'Apt 2', City: 'Seattle', PostalCode: '98101' },
  MailingAddress: { City: 'Tacoma' },
  Attributes: { loyaltyId: ' L-1 ', empty: '  ' },
};

describe('rule attribute names', () => {
  const rows: [string, boolean][] = [
    ...RULE_ATTRIBUTE_NAMES.map((n): [string, boolean] => [n, true]),
    ['Attributes.loyaltyId', true], ['Attributes.a.b', true], ['Attributes.', false], ['Attributes', false],
    ['emailaddress', false], ['Email', false], ['Address.Address1', false], ['Address', false],
    ['BusinessEmailAddress', false], ['PartyType', false], ['', false],
  ];
  for (const [name, ok] of rows) it(`${JSON.stringify(name)} ${ok ? 'may' : 'may not'} be used`, () => assert.equal(isRuleAttributeName(name), ok));

  const types: [string, string | undefined][] = [
    ['EmailAddress', 'EmailAddress'], ['PhoneNumber', 'PhoneNumber'], ['Address.City', 'Address'],
    ['Address.Address', 'Address'], ['FirstName', undefined], ['Attributes.x', undefined], ['Address.Street', undefined],
  ];
  for (const [name, type] of types) it(`${name} is ${type ?? 'untyped'}`, () => assert.equal(attributeTypeOf(name), type));
});

describe('selector sub-field spellings (both of the reference\'s)', () => {
  const rows: [AttributeSelector, 'EmailAddress' | 'PhoneNumber' | 'Address', string[]][] = [
    [{ matchingModel: 'ONE_TO_ONE', emailAddress: ['Email', 'BusinessEmail', 'PersonalEmail'] }, 'EmailAddress',
      ['EmailAddress', 'BusinessEmailAddress', 'PersonalEmailAddress']],
    [{ matchingModel: 'ONE_TO_ONE', emailAddress: ['Email', 'EmailAddress'] }, 'EmailAddress', ['EmailAddress']], // no repeat
    [{ matchingModel: 'ONE_TO_ONE', phoneNumber: ['Phone', 'HomePhone', 'MobilePhone', 'BusinessPhone'] }, 'PhoneNumber',
      ['PhoneNumber', 'HomePhoneNumber', 'MobilePhoneNumber', 'BusinessPhoneNumber']],
    [{ matchingModel: 'ONE_TO_ONE', address: ['MaillingAddress', 'MailingAddress', 'BusinessAddress', 'ShippingAddress'] }, 'Address',
      ['MailingAddress', 'BillingAddress', 'ShippingAddress']],
    [{ matchingModel: 'ONE_TO_ONE', emailAddress: ['Fax', 'email'] }, 'EmailAddress', []], // unknown names dropped
    [{ matchingModel: 'ONE_TO_ONE' }, 'PhoneNumber', []],
  ];
  for (const [selector, type, fields] of rows) {
    it(`${type}: ${JSON.stringify(selector)} -> ${fields.join(', ') || 'none'}`, () => assert.deepEqual(selectedSubFields(selector, type), fields));
  }
});

describe('ruleAttributeValues', () => {
  const rows: [string, AttributeSelector, { value: string; raw: string; subField?: string }[]][] = [
    ['FirstName', ALL, [{ value: 'ann', raw: '  Ann ' }]],
    ['BirthDate', ALL, [{ value: '1990-01-02', raw: '1990-01-02 ' }]],
    ['Gender', ALL, [{ value: 'female', raw: 'FEMALE' }]],
    ['MiddleName', ALL, []],
    ['EmailAddress', ALL, [
      { value: 'ann@x.com', raw: 'Ann@X.com', subField: 'EmailAddress' },
      { value: 'ann@work.com', raw: 'ann@work.com', subField: 'BusinessEmailAddress' }]],
    ['EmailAddress', { ...ALL, emailAddress: ['BusinessEmail'] }, [{ value: 'ann@work.com', raw: 'ann@work.com', subField: 'BusinessEmailAddress' }]],
    ['PhoneNumber', ALL, [
      { value: '+15550100000', raw: '555-010-0000', subField: 'PhoneNumber' },
      { value: '+15550100001', raw: '555-010-0001', subField: 'MobilePhoneNumber' }]],
    ['Address.City', ALL, [
      { value: 'seattle', raw: 'Seattle', subField: 'Address' }, { value: 'tacoma', raw: 'Tacoma', subField: 'MailingAddress' }]],
    ['Address.Address', ALL, [{ value: '1 main st apt 2', raw: '1 Main St Apt 2', subField: 'Address' }]],
    ['Address.PostalCode', { ...ALL, address: ['ShippingAddress'] }, []],
    ['Attributes.loyaltyId', ALL, [{ value: 'L-1', raw: ' L-1 ' }]],
    ['Attributes.empty', ALL, []], // empty after trim = absent
    ['Attributes.missing', ALL, []],
    ['Attributes.constructor', ALL, []], // never reads the prototype
    ['PartyType', ALL, []], // not a rule attribute
  ];
  for (const [attribute, selector, expected] of rows) {
    it(`${attribute} with ${JSON.stringify(selector.emailAddress ?? selector.address ?? [])}`, () => {
      assert.deepEqual(ruleAttributeValues(PROFILE, attribute, selector), expected);
    });
  }

  it('a typed attribute with no sub-fields selected yields nothing', () => {
    const none: AttributeSelector = { matchingModel: 'MANY_TO_MANY' };
    for (const a of ['EmailAddress', 'PhoneNumber', 'Address.City']) assert.deepEqual(ruleAttributeValues(PROFILE, a, none), [], a);
  });

  it('Gender falls back to GenderString', () => {
    assert.deepEqual(ruleAttributeValues({ ProfileId: 'g', GenderString: 'Non-binary' }, 'Gender', ALL), [{ value: 'non-binary', raw: 'Non-binary' }]);
  });
});

describe('comparison keys: ONE_TO_ONE ties a value to its sub-field, MANY_TO_MANY does not', () => {
  const a: ProfileRecord = { ProfileId: 'a', EmailAddress: 'ann@x.com' };
  const b: ProfileRecord = { ProfileId: 'b', BusinessEmailAddress: 'ANN@x.com' };
  const shared = (sel: AttributeSelector): boolean => attributeKeys(a, 'EmailAddress', sel).some((k) => attributeKeys(b, 'EmailAddress', sel).includes(k));
  it('ONE_TO_ONE: EmailAddress never equals BusinessEmailAddress', () => assert.equal(shared({ ...ALL, matchingModel: 'ONE_TO_ONE' }), false));
  it('MANY_TO_MANY: the same mailbox in either sub-field is equal', () => assert.equal(shared({ ...ALL, matchingModel: 'MANY_TO_MANY' }), true));
  it('MANY_TO_MANY: the same value in two sub-fields of one profile is one key', () => {
    const p: ProfileRecord = { ProfileId: 'p', EmailAddress: 'a@x.com', PersonalEmailAddress: 'A@x.com' };
    assert.deepEqual(attributeKeys(p, 'EmailAddress', { ...ALL, matchingModel: 'MANY_TO_MANY' }), ['a@x.com']);
  });
});
