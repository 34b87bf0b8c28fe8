import * as assert from 'assert';
import { normalizePhone, phoneRegionOf } from '../../../src/shared/normalize/phone';

describe('normalize: phone', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['+1-555-010-0000', 'US', '+15550100000'],
    ['555.010.0000', 'US', '+15550100000'],
    ['(555) 010-0000', 'US', '+15550100000'],
    ['1 555 010 0000', 'US', '+15550100000'],
    ['011 44 7700 900123', 'US', '+447700900123'],
    ['07700 900123', 'GB', '+447700900123'],
    ['+44 7700 900123', 'US', '+447700900123'],
    ['0044 7700 900123', 'US', '+447700900123'],
    ['(212) 555-0100 x12', 'US', '+12125550100'],
    ['212-555-0100 ext. 12', 'US', '+12125550100'],
    ['55 1234 5678', 'MX', '+525512345678'],
    ['123', 'US', undefined],
    ['000-000-0000', 'US', undefined],
    ['not a phone', 'US', undefined],
    ['', 'US', undefined],
  ];
  for (const [raw, region, expected] of cases) {
    it(`${JSON.stringify(raw)} (${region}) → ${expected ?? 'undefined'}`, () => assert.strictEqual(normalizePhone(raw, region), expected));
  }
  it('must NOT be equal: a UK number and a US number, one national number read in two regions', () => {
    assert.notStrictEqual(normalizePhone('+44 20 7946 0958'), normalizePhone('(207) 946-0958'));
    assert.notStrictEqual(normalizePhone('07700 900123', 'GB'), normalizePhone('07700 900123', 'US'));
  });
  it('defaults to US', () => assert.strictEqual(normalizePhone('555.010.0000'), '+15550100000'));

  const regions: [string | undefined, string | undefined, string][] = [
    ['GB', undefined, 'GB'], ['United Kingdom', undefined, 'GB'], ['gbr', undefined, 'GB'], ['U.K.', undefined, 'GB'],
    ['Mexico', undefined, 'MX'], ['USA', 'GB', 'US'], [undefined, 'DE', 'DE'], ['Atlantis', 'ES', 'ES'], ['', '', 'US'], [undefined, undefined, 'US'],
  ];
  for (const [country, setting, expected] of regions) {
    it(`phoneRegionOf(${country}, ${setting}) = ${expected}`, () => assert.strictEqual(phoneRegionOf(country, setting), expected));
  }
});
