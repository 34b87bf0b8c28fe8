import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { extractFeatures, type ProfileFeatures } from '../../../src/shared/identity/features';
import { couldMatch, MATCH_THRESHOLD, scorePair } from '../../../src/shared/identity/mlScore';

type P = Omit<ProfileRecord, 'ProfileId'>;
const features = (a: P, b: P): [ProfileFeatures, ProfileFeatures] => [extractFeatures({ ProfileId: 'a', ...a }), extractFeatures({ ProfileId: 'b', ...b })];
const score = (a: P, b: P): number => scorePair(...features(a, b));
/** What the matcher does with the pair: the candidate rule admits it and the probability reaches the threshold. */
const linked = (a: P, b: P): boolean => couldMatch(...features(a, b)) && score(a, b) >= MATCH_THRESHOLD;

const ADDRESS = { Address1: '12 Oak Street', City: 'Seattle', PostalCode: '98101' };

// Each row: two profiles, whether they should match, and why (realistic situations, both directions).
const rows: { name: string; a: P; b: P; match: boolean }[] = [
  { name: 'reference: name typo + same mailbox in other casing/separator',
    a: { FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM' },
    b: { FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com' }, match: true },
  { name: 'reference: same phone in two formats, same name',
    a: { FirstName: 'John', LastName: 'Doe', PhoneNumber: '555-010-0000' },
    b: { FirstName: 'John', LastName: 'Doe', PhoneNumber: '+1-555-010-0000' }, match: true },
  { name: 'reference: name typo + phone formats',
    a: { FirstName: 'John', LastName: 'Doe', PhoneNumber: '555-010-0000' },
    b: { FirstName: 'Jhn', LastName: 'Doe', PhoneNumber: '+1-555-010-0000' }, match: true },
  { name: 'nickname + phone in another phone field',
    a: { FirstName: 'Robert', LastName: 'Smith', PhoneNumber: '206-555-0101' },
    b: { FirstName: 'Bob', LastName: 'Smith', MobilePhoneNumber: '(206) 555-0101' }, match: true },
  { name: 'household: shared phone, different given names',
    a: { FirstName: 'Maria', LastName: 'Garcia', HomePhoneNumber: '206-555-0102', Address: ADDRESS },
    b: { FirstName: 'Carlos', LastName: 'Garcia', HomePhoneNumber: '206-555-0102', Address: ADDRESS }, match: false },
  { name: 'household: shared mailbox, different given names',
    a: { FirstName: 'Ann', LastName: 'Lee', EmailAddress: 'thelees@example.com' },
    b: { FirstName: 'Tom', LastName: 'Lee', EmailAddress: 'thelees@example.com' }, match: false },
  { name: 'parent and child: same name, phone, address, different birth dates',
    a: { FirstName: 'James', LastName: 'Brown', PhoneNumber: '206-555-0103', BirthDate: '1950-02-03', Address: ADDRESS },
    b: { FirstName: 'James', LastName: 'Brown', PhoneNumber: '206-555-0103', BirthDate: '1982-07-09', Address: ADDRESS }, match: false },
  { name: 'twins with near-identical names but different genders sharing a phone',
    a: { FirstName: 'Daniel', LastName: 'Park', PhoneNumber: '206-555-0104', Gender: 'MALE' },
    b: { FirstName: 'Danielle', LastName: 'Park', PhoneNumber: '206-555-0104', Gender: 'FEMALE' }, match: false },
  { name: 'common last name only',
    a: { FirstName: 'Mary', LastName: 'Smith', EmailAddress: 'mary1@example.com' },
    b: { FirstName: 'Linda', LastName: 'Smith', EmailAddress: 'linda2@example.com' }, match: false },
  { name: 'same full name, nothing else in common',
    a: { FirstName: 'John', LastName: 'Smith', PhoneNumber: '206-555-0105' },
    b: { FirstName: 'John', LastName: 'Smith', PhoneNumber: '206-555-0106' }, match: false },
  { name: 'same full name + birth date only (one corroboration is not enough)',
    a: { FirstName: 'John', LastName: 'Smith', BirthDate: '1980-01-01' },
    b: { FirstName: 'John', LastName: 'Smith', BirthDate: '1980-01-01' }, match: false },
  { name: 'same name + birth date + street address (abbreviated)',
    a: { FirstName: 'John', LastName: 'Smith', BirthDate: '1980-01-01', Address: ADDRESS },
    b: { FirstName: 'JOHN', LastName: 'smith', BirthDate: '1980-01-01', Address: { ...ADDRESS, Address1: '12 oak st.' } }, match: true },
  { name: 'married name with shared mailbox',
    a: { FirstName: 'Natalie', LastName: 'Fox', EmailAddress: 'natalie.fox@example.org' },
    b: { FirstName: 'Natalie', LastName: 'Chavez', EmailAddress: 'natalie.fox@example.org' }, match: true },
  { name: 'same given name, different surname, shared phone only (recycled number)',
    a: { FirstName: 'Natalie', LastName: 'Fox', PhoneNumber: '206-555-0107' },
    b: { FirstName: 'Natalie', LastName: 'Chavez', PhoneNumber: '206-555-0107' }, match: false },
  { name: 'no given name and a different surname on a shared phone',
    a: { LastName: 'Robinson', PhoneNumber: '206-555-0108' },
    b: { FirstName: 'Omar', LastName: 'Johnson', PhoneNumber: '206-555-0108' }, match: false },
  { name: 'business records without person names sharing a mailbox',
    a: { BusinessName: 'AnyCompany', BusinessEmailAddress: 'orders@anycompany.com' },
    b: { BusinessName: 'AnyCompany Inc.', EmailAddress: 'ORDERS@anycompany.com' }, match: true },
  { name: 'initial only + shared mailbox',
    a: { FirstName: 'J', LastName: 'Doe', EmailAddress: 'jd@example.com' },
    b: { FirstName: 'John', LastName: 'Doe', EmailAddress: 'jd@example.com' }, match: true },
];

describe('scorePair', () => {
  for (const r of rows) {
    it(`${r.match ? 'matches' : 'does not match'}: ${r.name}`, () => {
      const s = score(r.a, r.b);
      assert.ok(s >= 0 && s <= 1, `score ${s} in 0..1`);
      assert.equal(linked(r.a, r.b), r.match, `score ${s.toFixed(4)} vs threshold ${MATCH_THRESHOLD}`);
      assert.equal(score(r.b, r.a), s, 'symmetric');
    });
  }

  it('the candidate rule alone keeps name + one fact apart, however probable (a reviewer\'s call)', () => {
    const a: P = { FirstName: 'John', LastName: 'Smith', BirthDate: '1980-01-01' };
    assert.ok(score(a, a) >= MATCH_THRESHOLD, 'the model finds it likely');
    assert.equal(linked(a, a), false);
  });
});
