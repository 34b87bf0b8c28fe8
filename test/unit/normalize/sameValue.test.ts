import * as assert from 'assert';
import { valueKindOfField } from '../../../src/shared/normalize/kinds';
import { describeSameValue, sameValue } from '../../../src/shared/normalize/sameValue';
import type { SameValueReason, ValueKind } from '../../../src/shared/normalize/types';

describe('normalize: sameValue', () => {
  const cases: [ValueKind, string, string, boolean, SameValueReason][] = [
    ['phone', '+1-555-010-0000', '555.010.0000', true, 'formatting'],
    ['phone', '+44 20 7946 0958', '(207) 946-0958', false, 'different'],
    ['phone', 'call me', 'call me later', false, 'unreadable'],
    ['email', 'Ann@X.com', 'ann@x.com', true, 'case'],
    ['email', 'john.doe@gmail.com', 'johndoe@gmail.com', false, 'different'],
    ['date', '03/07/1985', '1985-03-07', true, 'ambiguousDate'],
    ['date', '7 Mar 1985', '1985-03-07', true, 'formatting'],
    ['date', '1985-03-07', '1985-03-08', false, 'different'],
    ['name', 'José', 'Jose', true, 'diacritics'],
    ['name', 'SMITH', 'smith', true, 'case'],
    ['name', 'Jon', 'Joan', false, 'different'],
    ['address', '12 Oak Court #4B', '12 oak ct apt 4b', true, 'abbreviation'],
    ['address', '12 Oak Court #4B', '12 Oak Court #4C', false, 'different'],
    ['postalCode', 'SW1A 1AA', 'sw1a1aa', true, 'formatting'],
    ['code', 'AB-1', 'ab-1', false, 'different'],
    ['text', 'Seattle ', 'seattle', true, 'case'],
    ['text', 'x', 'x', true, 'identical'],
  ];
  for (const [kind, a, b, equal, reason] of cases) {
    it(`${kind}: ${a} vs ${b}`, () => {
      const r = sameValue(kind, a, b);
      assert.deepStrictEqual([r.equal, r.reason], [equal, reason]);
      assert.ok(describeSameValue(r).length > 0);
    });
  }
  it('phones use the context region', () => {
    assert.ok(sameValue('phone', '07700 900123', '+44 7700 900123', { defaultRegion: 'GB' }).equal);
    assert.ok(!sameValue('phone', '07700 900123', '+44 7700 900123', { defaultRegion: 'US' }).equal);
  });
  it('describes with the compared value', () => assert.match(describeSameValue(sameValue('phone', '+1-555-010-0000', '555.010.0000')), /\+15550100000/));
  const kinds: [string, ValueKind][] = [['PhoneNumber', 'phone'], ['BusinessPhoneNumber', 'phone'], ['PersonalEmailAddress', 'email'], ['BirthDate', 'date'], ['LastName', 'name'],
    ['BusinessName', 'text'], ['Address.Address1', 'address'], ['ShippingAddress.PostalCode', 'postalCode'], ['Address.City', 'text'], ['AccountNumber', 'code'], ['Attributes.tier', 'code']];
  for (const [key, kind] of kinds) it(`${key} is ${kind}`, () => assert.strictEqual(valueKindOfField(key), kind));
});
