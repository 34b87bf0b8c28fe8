// Term-frequency awareness for contacts (Splink's term-frequency adjustment, reduced to what matters here): a
// phone or e-mail that the domain shows on people of several DIFFERENT names is a role mailbox (info@…), a
// switchboard or a recycled number, and agreeing on it says little about identity. The same for an address that
// people of different surnames give (an office: co-workers behind a role mailbox also share its street); an
// address of several given names under one surname is a family home and stays evidence. Counted once per job over all
// profiles' features, linear time (each value keeps at most SHARED_CONTACT_NAMES distinct names). Pure.
import type { ProfileFeatures } from './features';
import { CLOSE_NAME } from './comparison';
import { jaroWinkler } from './jaroWinkler';
import { oneEditApart } from './oneEdit';

/**
 * A contact is "shared" when its holders show at least SHARED_CONTACT_SURNAMES distinct surnames (a role mailbox
 * or switchboard of co-workers, whatever their given names; a recycled number) or SHARED_CONTACT_NAMES distinct
 * names (a household line used by several relatives). Names are told apart coarsely (Holder below: spelling similarity,
 * nickname initials, swapped and one-field names overlapping), so one person's typo'd, nicknamed, swapped and
 * compound-surname variants ("Jhn Smyth", "Bob Smith" for Robert Smith, "Smith John", "Moreno" for "Moreno
 * Gutiérrez") count as one name. Cost: a mailbox kept through a change of surname is weak evidence too.
 */
export const SHARED_CONTACT_SURNAMES = 2;
export const SHARED_CONTACT_NAMES = 3;
/** Names at least this long count as one when one keystroke apart (shorter: "Lee"/"Lei" are two). */
const TYPO_TOLERANT_LENGTH = 5;
/** Holders of one address each new holder is compared with (see note below). */
const MAX_ADDRESS_REPRESENTATIVES = 8;

/**
 * Who holds a value, told apart robustly against one person's own variations: the surname tokens, every name
 * token (so first and last name swapped, or a full name typed into one field, still overlaps) and the initials of
 * the formal given names (nicknames: "Bob" and "Robert" are one person). Two tokens are one name when spelled the
 * same, similar (Jaro-Winkler ≥ CLOSE_NAME: "Smyth"/"Smith") or one keystroke apart ("Chavez"/"Chaiez"). Soundex,
 * used here before, was too coarse: "Jenkins"/"Johansson" (J525) and "Brown"/"Bryan" (B650) made co-workers behind
 * one role mailbox a single holder (labelled benchmark, seeds 1 and 3).
 */
interface Holder { surnames: readonly string[]; tokens: readonly string[]; givenInitials: string[]; given: string }

function holderOf(f: ProfileFeatures): Holder {
  const givenInitials = [...new Set([f.first.slice(0, 1), ...f.firstFormals.map((n) => n.slice(0, 1))])].filter((c) => c !== '');
  return { surnames: f.surnames, tokens: f.first === '' ? f.surnames : [...f.surnames, f.first], givenInitials, given: f.first };
}

function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length >= TYPO_TOLERANT_LENGTH && y.length >= TYPO_TOLERANT_LENGTH && oneEditApart(x, y)) return true;
  return jaroWinkler(x, y) >= CLOSE_NAME;
}

function among(word: string, others: readonly string[]): boolean {
  return others.some((o) => sameName(word, o));
}

/** No surname token of either is (a spelling of) one of the other's name tokens. */
function differentSurnames(a: Holder, b: Holder): boolean {
  return !a.surnames.some((s) => among(s, b.tokens)) && !b.surnames.some((s) => among(s, a.tokens));
}

/** Different surnames, or the same surname with given names that are not one (nor swapped into the surname). */
function differentPeople(a: Holder, b: Holder): boolean {
  if (differentSurnames(a, b)) return true;
  if (a.givenInitials.length === 0 || b.givenInitials.length === 0) return false;
  return !a.givenInitials.some((i) => b.givenInitials.includes(i)) && !among(a.given, b.tokens) && !among(b.given, a.tokens);
}

interface Holders { representatives: Holder[]; surnames: number; people: number }

/** The key of a profile's street (street + unit + postal code) in the set sharedContactValues returns. */
export function sharedAddressKey(street: string): string {
  return `address:${street}`;
}

/** Normalized phones and e-mails (both kinds in one set; they cannot collide) that strangers share. */
export function sharedContactValues(features: readonly ProfileFeatures[]): Set<string> {
  const holders = new Map<string, Holders>();
  const note = (value: string, holder: Holder, byPeople: boolean): void => {
    const h = holders.get(value);
    if (!h) { holders.set(value, { representatives: [holder], surnames: 1, people: 1 }); return; }
    if (h.surnames >= SHARED_CONTACT_SURNAMES || (byPeople && h.people >= SHARED_CONTACT_NAMES)) return; // already shared
    const newSurname = h.representatives.every((r) => differentSurnames(r, holder));
    const newPerson = h.representatives.every((r) => differentPeople(r, holder));
    if (newSurname) h.surnames++;
    // An address counts surnames only, so a large family keeps adding people: cap what each new holder is
    // compared with (a surname shared with the first few is the family's), to stay linear.
    if (newPerson && h.representatives.length < MAX_ADDRESS_REPRESENTATIVES) { h.people++; h.representatives.push(holder); }
  };
  for (const f of features) {
    if (f.surnames.length === 0) continue; // no surname: nothing to tell its holder apart by
    const holder = holderOf(f);
    for (const p of f.phones) note(p, holder, true);
    for (const e of f.emails) note(e, holder, true);
    if (f.street !== '') note(sharedAddressKey(f.street), holder, false);
  }
  const shared = new Set<string>();
  for (const [value, h] of holders) {
    const isAddress = value.startsWith('address:');
    if (h.surnames >= SHARED_CONTACT_SURNAMES || (!isAddress && h.people >= SHARED_CONTACT_NAMES)) shared.add(value);
  }
  return shared;
}
/**
 * Moves the shared values of each profile from phones/emails to sharedPhones/sharedEmails and marks a shared
 * street (addressShared), in place.
 */
export function markSharedContacts(features: readonly ProfileFeatures[], shared: ReadonlySet<string>): void {
  if (shared.size === 0) return;
  for (const f of features) {
    if (f.street !== '' && shared.has(sharedAddressKey(f.street))) f.addressShared = true;
    if (f.phones.some((p) => shared.has(p))) {
      f.sharedPhones = [...f.sharedPhones, ...f.phones.filter((p) => shared.has(p))];
      f.phones = f.phones.filter((p) => !shared.has(p));
    }
    if (f.emails.some((e) => shared.has(e))) {
      f.sharedEmails = [...f.sharedEmails, ...f.emails.filter((e) => shared.has(e))];
      f.emails = f.emails.filter((e) => !shared.has(e));
    }
  }
}
