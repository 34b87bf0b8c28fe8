// Two false merges the labelled benchmark showed (seed 20261202), each a gap in the model rather than a weight:
//  - co-workers behind one role mailbox and switchboard, with the same given name and the office's address: the
//    mailbox and phone already weighed 0 ('shared'), but the office address still counted as "same street and
//    postal code" (+3.1 bits) and, with a coincidental one-digit birth-date difference, linked them (p 0.67);
//  - boy/girl twins "Carol" (FEMALE) and "Carl" (MALE) Wallace: "similar spelling" (+2.1 bits) treated the two
//    names as a typo of one, although the records also disagree on gender (p 0.915).
// Written before the fix: both merges happened, and the address row read 'agree' and the name row 'close'.
import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { compareAttribute } from '../../../src/shared/identity/comparison';
import { extractFeatures, type ProfileFeatures } from '../../../src/shared/identity/features';
import { markSharedContacts, sharedContactValues } from '../../../src/shared/identity/sharedContacts';
import { findMatchGroups } from '../../../src/sandbox/identity/matcher';

type P = Omit<ProfileRecord, 'ProfileId'>;
const id = (n: number): string => n.toString(16).padStart(32, '0');
const records = (ps: P[]): ProfileRecord[] => ps.map((p, i) => ({ ProfileId: id(i + 1), ...p }));

/** Features as the matcher's job sees them: term frequencies counted over all the given profiles. */
function jobFeatures(ps: P[]): ProfileFeatures[] {
  const features = records(ps).map(extractFeatures);
  markSharedContacts(features, sharedContactValues(features));
  return features;
}

const OFFICE = { Address1: '400 Market Street', City: 'Denver', State: 'CO', PostalCode: '80202', Country: 'US' };
const coWorker = (last: string, birth: string): P => ({
  FirstName: 'Joan', LastName: last, EmailAddress: 'info@fabrikam42.example.com', PhoneNumber: '+1 303 555 0100',
  BirthDate: birth, Gender: 'FEMALE', Address: OFFICE, BusinessName: 'fabrikam42' });

describe('term frequency for addresses: an office shared by people of different surnames is weak evidence', () => {
  const team = [coWorker('Baptiste', '2001-01-22'), coWorker('Reynolds', '2001-01-27')];

  it('the office address of two co-workers is "shared", not "same street and postal code"', () => {
    const [a, b] = jobFeatures(team);
    assert.equal(compareAttribute('address', a, b).id, 'shared');
    assert.equal(compareAttribute('address', a, b).weight, 0);
    assert.equal(compareAttribute('email', a, b).id, 'shared');
    assert.equal(compareAttribute('phone', a, b).id, 'shared');
  });

  it('co-workers with the same given name and birth dates one digit apart are not merged', () => {
    assert.deepEqual(findMatchGroups(records(team)), []);
  });

  it('a household (one surname) keeps its address as evidence, however many live there', () => {
    const home = { Address1: '12 Oak Street', PostalCode: '98101' };
    const [ann, tom, mei] = jobFeatures([
      { FirstName: 'Ann', LastName: 'Lee', Address: home }, { FirstName: 'Tom', LastName: 'Lee', Address: home },
      { FirstName: 'Mei', LastName: 'Lee', Address: home }]);
    assert.equal(compareAttribute('address', ann, tom).id, 'agree');
    assert.equal(compareAttribute('address', tom, mei).id, 'agree');
  });

  it('one person\'s duplicate at the office still links on a personal mailbox', () => {
    const joan = coWorker('Baptiste', '2001-01-22');
    const groups = findMatchGroups(records([joan, { ...joan, EmailAddress: 'joan.baptiste@example.net', PersonalEmailAddress: 'joan.baptiste@example.net' },
      { ...joan, EmailAddress: 'joan.baptiste@example.net' }, coWorker('Reynolds', '2001-01-27')]));
    assert.equal(groups.length, 1);
    assert.deepEqual(groups[0].ProfileIds, [id(1), id(2), id(3)]);
  });
});

describe('given names: a similar spelling is a typo only when the records agree on gender', () => {
  const HOME = { Address1: '9 Elm Road', City: 'Austin', State: 'TX', PostalCode: '73301', Country: 'US' };
  const twin = (first: string, gender: string): P => ({ FirstName: first, LastName: 'Wallace', BirthDate: '1993-06-14', Gender: gender,
    PhoneNumber: '512-555-0177', Address: HOME });

  it('Carol (FEMALE) and Carl (MALE) are different given names, and the twins are not merged', () => {
    const [carol, carl] = jobFeatures([twin('Carol', 'FEMALE'), twin('Carl', 'MALE')]);
    assert.equal(compareAttribute('firstName', carol, carl).id, 'differ');
    assert.deepEqual(findMatchGroups(records([twin('Carol', 'FEMALE'), twin('Carl', 'MALE')])), []);
  });

  it('the same names with the same gender, or a gender on one side only, are still a similar spelling', () => {
    const [carol, carlF] = jobFeatures([twin('Carol', 'FEMALE'), twin('Carl', 'FEMALE')]);
    assert.equal(compareAttribute('firstName', carol, carlF).id, 'close');
    const [carol2, carlUnknown] = jobFeatures([twin('Carol', 'FEMALE'), { ...twin('Carl', 'MALE'), Gender: undefined }]);
    assert.equal(compareAttribute('firstName', carol2, carlUnknown).id, 'close');
  });

  it('a typo, a nickname and an initial do not depend on gender', () => {
    const [john, jhn] = jobFeatures([twin('John', 'MALE'), twin('Jhn', 'FEMALE')]);
    assert.equal(compareAttribute('firstName', john, jhn).id, 'differ', 'a typo with a contradicting gender is two people too');
    const [robert, bob] = jobFeatures([twin('Robert', 'MALE'), twin('Bob', 'FEMALE')]);
    assert.equal(compareAttribute('firstName', robert, bob).id, 'nickname', 'a nickname is the same name whatever the gender field says');
    const [same, sameOther] = jobFeatures([twin('Alex', 'MALE'), twin('Alex', 'FEMALE')]);
    assert.equal(compareAttribute('firstName', same, sameOther).id, 'exact');
  });
});
