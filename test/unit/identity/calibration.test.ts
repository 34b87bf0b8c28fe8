import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { extractFeatures } from '../../../src/shared/identity/features';
import { couldMatch, MATCH_THRESHOLD, scorePair } from '../../../src/shared/identity/mlScore';
import { matchProbability, MAX_EVIDENCE_BITS, ML_OUTCOMES } from '../../../src/shared/identity/mlWeights';

type P = Omit<ProfileRecord, 'ProfileId'>;
const f = (p: P, id: string): ReturnType<typeof extractFeatures> => extractFeatures({ ProfileId: id, ...p });
const score = (a: P, b: P): number => scorePair(f(a, 'a'), f(b, 'b'));
const linked = (a: P, b: P): boolean => couldMatch(f(a, 'a'), f(b, 'b')) && score(a, b) >= MATCH_THRESHOLD;

const ADDRESS = { Address1: '12 Oak Street', City: 'Seattle', PostalCode: '98101' };
const JANE: P = { FirstName: 'Jane', LastName: 'Miller', EmailAddress: 'jane.miller@example.com', PhoneNumber: '206-555-0140',
  BirthDate: '1984-03-02', Gender: 'FEMALE', Address: ADDRESS, AccountNumber: 'AC-100777' };

// Each row: a pair, the probability range the calibrated model must put it in, and whether the matcher links it.
const rows: { name: string; a: P; b: P; min: number; max: number; link: boolean }[] = [
  { name: 'clear duplicate: same person, e-mail spelled differently, phone formatted differently, typo',
    a: JANE, b: { ...JANE, FirstName: 'Jnae', EmailAddress: 'JANE_MILLER@example.com', PhoneNumber: '(206) 555-0140' },
    min: 0.95, max: 1, link: true },
  { name: 'clear duplicate: nickname + shared mailbox + birth date', a: { FirstName: 'Robert', LastName: 'Smith', EmailAddress: 'rs@example.org', BirthDate: '1970-05-05' },
    b: { FirstName: 'Bob', LastName: 'Smith', EmailAddress: 'RS@example.org', BirthDate: '1970-05-05' }, min: 0.95, max: 1, link: true },
  { name: 'weak: same name + one shared (household) phone, nothing else', a: { FirstName: 'Jane', LastName: 'Miller', PhoneNumber: '206-555-0140' },
    b: { FirstName: 'Jane', LastName: 'Miller', HomePhoneNumber: '2065550140' }, min: 0.4, max: 0.8, link: true },
  { name: 'weak: name typo + one shared phone', a: { FirstName: 'John', LastName: 'Doe', PhoneNumber: '555-010-0000' },
    b: { FirstName: 'Jhn', LastName: 'Doe', PhoneNumber: '+1-555-010-0000' }, min: 0.4, max: 0.8, link: true },
  { name: 'strangers: different names, nothing shared', a: JANE,
    b: { FirstName: 'Omar', LastName: 'Haddad', EmailAddress: 'omar@example.net', PhoneNumber: '312-555-0199', BirthDate: '1990-11-30' },
    min: 0, max: 0.01, link: false },
  { name: 'strangers with a common name and different contacts', a: { FirstName: 'John', LastName: 'Smith', EmailAddress: 'js1@example.com', PhoneNumber: '206-555-0105' },
    b: { FirstName: 'John', LastName: 'Smith', EmailAddress: 'js2@example.com', PhoneNumber: '206-555-0106' }, min: 0, max: 0.1, link: false },
  { name: 'parent and child: same name, phone and address, different birth dates', a: { ...JANE, EmailAddress: undefined, AccountNumber: undefined },
    b: { ...JANE, EmailAddress: undefined, AccountNumber: undefined, BirthDate: '2010-08-19' }, min: 0, max: MATCH_THRESHOLD - 0.05, link: false },
  { name: 'household: same surname, phone and address, another given name', a: { ...JANE, EmailAddress: undefined, AccountNumber: undefined },
    b: { FirstName: 'Carlos', LastName: 'Miller', PhoneNumber: '206-555-0140', Address: ADDRESS, Gender: 'MALE' }, min: 0, max: 0.1, link: false },
  { name: 'a true duplicate with a birth-date typo is still a match when the rest agrees', a: JANE, b: { ...JANE, BirthDate: '1984-03-20' },
    min: 0.9, max: 1, link: true },
];

describe('ML calibration (Fellegi–Sunter weights → probability)', () => {
  for (const r of rows) {
    it(`${r.name}: ${r.min}..${r.max}, ${r.link ? 'linked' : 'not linked'}`, () => {
      const s = score(r.a, r.b);
      assert.ok(s >= r.min && s <= r.max, `score ${s.toFixed(4)} outside ${r.min}..${r.max}`);
      assert.equal(linked(r.a, r.b), r.link);
      assert.equal(score(r.b, r.a), s, 'symmetric');
    });
  }

  it('more agreeing evidence never lowers the probability, and nothing reaches 1', () => {
    const thin: P = { FirstName: 'Jane', LastName: 'Miller', EmailAddress: 'jane.miller@example.com' };
    const steps: P[] = [thin, { ...thin, PhoneNumber: JANE.PhoneNumber }, { ...thin, PhoneNumber: JANE.PhoneNumber, BirthDate: JANE.BirthDate }, JANE];
    const scores = steps.map((p) => score(p, p));
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i] > scores[i - 1], `step ${i}: ${scores.join(', ')}`);
    assert.ok(scores[scores.length - 1] < 1);
    assert.ok(matchProbability(1000) <= 1 / (1 + 2 ** -MAX_EVIDENCE_BITS));
    assert.equal(Math.round(matchProbability(1000) * 10000) / 10000, 0.999, 'the top of the scale, rounded as ConfidenceScore');
  });

  it('every weight is log2(m/u) of probabilities, positive for agreement and negative for disagreement', () => {
    for (const [attribute, levels] of Object.entries(ML_OUTCOMES)) {
      for (const o of Object.values(levels)) {
        assert.ok(o.m > 0 && o.m <= 1 && o.u > 0 && o.u <= 1, `${attribute}.${o.id} m/u`);
        // 'shared' (a contact people of several names hold, sharedContacts.ts) is by definition no evidence.
        if (o.level === 'missing' || o.id === 'shared') assert.equal(o.weight, 0, `${attribute}.${o.id}`);
        else if (o.level === 'differ') assert.ok(o.weight < 0, `${attribute}.${o.id}`);
        else assert.ok(o.weight > 0, `${attribute}.${o.id}`);
      }
    }
  });
});
