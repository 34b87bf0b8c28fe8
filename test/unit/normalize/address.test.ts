import * as assert from 'assert';
import { normalizePostalCode, normalizeStreet, postalCodesClose } from '../../../src/shared/normalize/address';

describe('normalize: addresses', () => {
  const streets: [string, string | undefined, string, string][] = [
    ['12 Oak Court #4B', undefined, '12 oak ct', '4b'],
    ['12 oak ct.', 'Apt 4B', '12 oak ct', '4b'],
    ['12 Oak Ct, Apartment 4b', undefined, '12 oak ct', '4b'],
    ['12 Oak Ct', 'Suite # 4B', '12 oak ct', '4b'],
    ['100 North Main Street', undefined, '100 n main st', ''],
    ['100 N. Main St.', undefined, '100 n main st', ''],
    ['Calle Mayor 5', undefined, 'calle mayor 5', ''],
  ];
  for (const [l1, l2, street, unit] of streets) it(`street ${l1} / ${l2}`, () => assert.deepStrictEqual(normalizeStreet(l1, l2), { street, unit }));
  it('must NOT be equal: Street vs Strand, different numbers, different units', () => {
    assert.notStrictEqual(normalizeStreet('1 High Street').street, normalizeStreet('1 High Strand').street);
    assert.notStrictEqual(normalizeStreet('12 Oak Ct').street, normalizeStreet('21 Oak Ct').street);
    assert.notStrictEqual(normalizeStreet('12 Oak Ct #4B').unit, normalizeStreet('12 Oak Ct #4C').unit);
  });
  const postal: [string, string][] = [['02134-1234', '02134'], ['021341234', '02134'], ['SW1A 1AA', 'sw1a1aa'], [' 28013 ', '28013']];
  for (const [raw, expected] of postal) it(`postal ${raw}`, () => assert.strictEqual(normalizePostalCode(raw), expected));
  it('one wrong postcode digit is close, two are not', () => {
    assert.ok(postalCodesClose('02134', '02135'));
    assert.ok(!postalCodesClose('02134', '02153'));
    assert.ok(!postalCodesClose('02134', '02134'));
  });
});
