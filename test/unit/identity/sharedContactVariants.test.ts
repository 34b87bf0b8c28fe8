// Term frequency must not mistake ONE person's own name variants for several holders of a contact: before this
// test, a full name typed into FirstName ('Diego Romero García' → surname 'garcia') or first/last swapped made the
// person's own e-mail and phone "shared" (two surnames), so the true duplicate was not linked.
import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { extractFeatures } from '../../../src/shared/identity/features';
import { sharedContactValues } from '../../../src/shared/identity/sharedContacts';
import { findMatchGroups } from '../../../src/sandbox/identity/matcher';

const id = (n: number): string => n.toString(16).padStart(32, '0');

function shared(profiles: Omit<ProfileRecord, 'ProfileId'>[]): Set<string> {
  return sharedContactValues(profiles.map((p, i) => extractFeatures({ ProfileId: id(i + 1), ...p })));
}

describe('shared contacts: one person\'s variants are one holder', () => {
  const cases: [string, Omit<ProfileRecord, 'ProfileId'>[]][] = [
    ['full name in one field vs compound surname', [
      { FirstName: 'Diego Romero García', EmailAddress: 'diego.rg@example.net', PhoneNumber: '+1-555-411-0959' },
      { FirstName: 'Diego', LastName: 'Romero García', EmailAddress: 'diego.rg@example.net', PhoneNumber: '555.411.0959' }]],
    ['first and last name swapped', [
      { FirstName: 'Hughes', LastName: 'Søren', EmailAddress: 'sren.hughes@example.net' },
      { FirstName: 'Søren', LastName: 'Hughes', EmailAddress: 'sren.hughes@example.net' }]],
    ['nickname and surname typo', [
      { FirstName: 'Bob', LastName: 'Smyth', EmailAddress: 'rs@example.net' },
      { FirstName: 'Robert', LastName: 'Smith', EmailAddress: 'rs@example.net' },
      { FirstName: 'Rob', LastName: 'Smith', EmailAddress: 'rs@example.net' }]],
    // Soundex C120 vs C200: before the one-keystroke tolerance these were two surnames, so the person's own phone
    // and home address were "shared" and the duplicate lost (labelled benchmark, typo kind).
    ['a surname typo that changes its Soundex code', [
      { FirstName: 'Ethan', LastName: 'Chavez', PhoneNumber: '+1-555-747-8019', Address: { Address1: '8775 Chestnut Place', PostalCode: '98101' } },
      { FirstName: 'Ethan', LastName: 'Chaiez', PhoneNumber: '+1-555-747-8019', BirthDate: '1955-06-07', Address: { Address1: '8775 Chestnut Place', PostalCode: '98101' } }]],
  ];
  for (const [name, profiles] of cases) {
    it(`${name}: not shared, and linked`, () => {
      assert.deepEqual([...shared(profiles)], []);
      const groups = findMatchGroups(profiles.map((p, i) => ({ ProfileId: id(i + 1), ...p })));
      assert.equal(groups.length, 1);
      assert.equal(groups[0].ProfileIds.length, profiles.length);
    });
  }
  it('co-workers behind one role mailbox with the same given name are still two holders', () => {
    assert.deepEqual([...shared([
      { FirstName: 'Joan', LastName: 'Baptiste', EmailAddress: 'info@fabrikam.example.com' },
      { FirstName: 'Joan', LastName: 'Reynolds', EmailAddress: 'info@fabrikam.example.com' }])], ['info@fabrikam.example.com']);
  });
  it('a household line of three relatives is shared, two spellings of one relative are not a third', () => {
    const line = '+1-555-010-0101';
    assert.deepEqual([...shared([
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: line }, { FirstName: 'Tom', LastName: 'Lee', PhoneNumber: line }])], []);
    assert.deepEqual([...shared([
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: line }, { FirstName: 'Tom', LastName: 'Lee', PhoneNumber: line },
      { FirstName: 'Tommy', LastName: 'Lee', PhoneNumber: line }])], []);
    assert.deepEqual([...shared([
      { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: line }, { FirstName: 'Tom', LastName: 'Lee', PhoneNumber: line },
      { FirstName: 'Mei', LastName: 'Lee', PhoneNumber: line }])], ['+15550100101']);
  });
});
