import * as assert from 'assert';
import { compareProfiles, profilePhoneRegion, valuesDiffer } from '../../../src/shared/matches/compareProfiles';
import type { ProfileRecord } from '../../../src/shared/profile';

const A = 'a'.repeat(32), B = 'b'.repeat(32), C = 'c'.repeat(32);

describe('matches: field comparison through the shared normalizers', () => {
  // [row key, values, differs]: equal written differently must NOT differ; real conflicts must.
  const table: Array<[string, Array<string | undefined>, boolean]> = [
    ['FirstName', ['Jane', ' jane '], false],
    ['FirstName', ['Jane', 'Jorge'], true],
    ['EmailAddress', ['JOHN@X.COM', 'john@x.com'], false],
    ['EmailAddress', ['john@x.com', 'joan@x.com'], true],
    ['PhoneNumber', ['+1-555-010-0000', '555.010.0000'], false],
    ['PhoneNumber', ['555-010-0000', '+1-555-010-0000'], false],
    ['PhoneNumber', ['555-010-0000', '555-010-0001'], true],
    ['MobilePhoneNumber', ['+1 555 010 0000', '+44 555 010 0000'], true],
    ['BirthDate', ['03/07/1985', '1985-03-07'], false],
    ['BirthDate', ['1985-03-07', '1985-03-08'], true],
    ['BirthDate', ['03/07/1985', '1985-04-07'], true],
    ['Address.Address1', ['12 Oak Court #4B', '12 oak ct apt 4b'], false],
    ['Address.Address1', ['12 Oak Court', '14 Oak Court'], true],
    ['Address.Address1', ['12 Oak Court #4B', '12 Oak Court #5B'], true],
    ['AccountNumber', ['ab12', 'AB12'], true],
    ['Attributes.tier', ['Gold', 'gold'], true],
    ['LastName', ['Doe', undefined], false],
    ['LastName', [undefined, 'Doe', 'Smith'], true],
  ];
  for (const [key, values, differs] of table) {
    it(`${key} ${JSON.stringify(values)} -> ${differs ? 'differs' : 'same'}`, () => assert.strictEqual(valuesDiffer(key, values), differs));
  }

  it('rows: standard fields, flattened addresses, attributes; empty rows left out', () => {
    const rows = compareProfiles([
      { ProfileId: A, FirstName: 'Jane', Address: { City: 'Lyon' }, Attributes: { tier: 'gold' } },
      { ProfileId: B, FirstName: 'JANE', Address: { City: 'Paris', PostalCode: '75001' } },
    ]);
    assert.deepStrictEqual(rows.map((r) => [r.key, r.sourceKey, r.differs, r.equivalent, r.partial]), [
      ['FirstName', 'FirstName', false, true, false],
      ['Address.City', 'Address', true, false, false],
      ['Address.PostalCode', 'Address', false, false, true],
      ['Attributes.tier', 'Attributes.tier', false, false, true],
    ]);
  });

  describe('rows keep the raw values and say how each compared with the first one', () => {
    const profiles: ProfileRecord[] = [
      { ProfileId: A, PhoneNumber: '+1-555-010-0000', BirthDate: '03/07/1985', Address: { Address1: '12 Oak Court #4B' }, LastName: 'Doe' },
      { ProfileId: B, PhoneNumber: '555.010.0000', BirthDate: '1985-03-07', Address: { Address1: '12 oak ct apt 4b' }, LastName: 'Dow' },
      { ProfileId: C, PhoneNumber: '+1-555-010-0000', BirthDate: '03/07/1985', Address: { Address1: '12 Oak Court #4B' }, LastName: 'Doe' },
    ];
    const rows = new Map(compareProfiles(profiles).map((r) => [r.key, r]));
    const cases: Array<[string, boolean, boolean, string[]]> = [
      // key, differs, equivalent, reason of the 2nd and 3rd value
      ['PhoneNumber', false, true, ['formatting', 'identical']],
      ['BirthDate', false, true, ['ambiguousDate', 'identical']],
      ['Address.Address1', false, true, ['abbreviation', 'identical']],
      ['LastName', true, false, ['different', 'identical']],
    ];
    for (const [key, differs, equivalent, reasons] of cases) {
      it(`${key}: differs ${differs}, equivalent ${equivalent}`, () => {
        const row = rows.get(key)!;
        assert.deepStrictEqual(row.values, profiles.map((p) => (key.startsWith('Address.') ? p.Address?.Address1 : p[key as 'PhoneNumber'])));
        assert.deepStrictEqual([row.differs, row.equivalent], [differs, equivalent]);
        assert.strictEqual(row.comparisons[0], undefined, 'the reference is not compared with itself');
        assert.deepStrictEqual(row.comparisons.slice(1).map((c) => c?.reason), reasons);
      });
    }
    it('the normalized values come with the comparison', () => {
      const phone = rows.get('PhoneNumber')!.comparisons[1]!;
      assert.deepStrictEqual([phone.normalizedA, phone.normalizedB], ['+15550100000', '+15550100000']);
      const date = rows.get('BirthDate')!.comparisons[1]!;
      assert.strictEqual(date.normalizedB, '1985-03-07');
    });
  });

  describe('phone region per profile: its address country, else the setting, else US', () => {
    const cases: Array<[ProfileRecord, string | undefined, string]> = [
      [{ ProfileId: A, Address: { Country: 'GB' } }, 'DE', 'GB'],
      [{ ProfileId: A, ShippingAddress: { Country: 'United Kingdom' } }, undefined, 'GB'],
      [{ ProfileId: A }, 'DE', 'DE'],
      [{ ProfileId: A }, '', 'US'],
      [{ ProfileId: A }, undefined, 'US'],
    ];
    for (const [profile, setting, region] of cases) {
      it(`${JSON.stringify(profile.Address ?? profile.ShippingAddress ?? {})} + setting ${JSON.stringify(setting)} -> ${region}`,
        () => assert.strictEqual(profilePhoneRegion(profile, setting), region));
    }
    it('a national number equals its international form in the profile\'s region, and not in another', () => {
      const uk = (phone: string, country?: string): ProfileRecord => ({ ProfileId: A, PhoneNumber: phone, Address: country ? { Country: country } : undefined });
      const phoneRow = (ps: ProfileRecord[], setting?: string) => compareProfiles(ps, { defaultPhoneRegion: setting }).find((r) => r.key === 'PhoneNumber')!;
      assert.strictEqual(phoneRow([uk('07700 900123', 'GB'), { ...uk('+44 7700 900123'), ProfileId: B }]).differs, false);
      assert.strictEqual(phoneRow([uk('07700 900123'), { ...uk('+44 7700 900123'), ProfileId: B }], 'GB').differs, false);
      assert.strictEqual(phoneRow([uk('07700 900123'), { ...uk('+44 7700 900123'), ProfileId: B }]).differs, true, 'read as a US number it is not the UK one');
    });
  });
});
