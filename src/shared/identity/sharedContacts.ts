// Term-frequency awareness for contacts (Splink's term-frequency adjustment, reduced to what matters here): a
// phone or e-mail that the domain shows on people of several DIFFERENT names is a role mailbox (info@…), a
// switchboard or a recycled number, and agreeing on it says little about identity. Counted once per job over all
// profiles' features, linear time (each value keeps at most SHARED_CONTACT_NAMES distinct names). Pure.
import type { ProfileFeatures } from './features';
import { soundex } from './soundex';

/**
 * A contact is "shared" when its holders show at least SHARED_CONTACT_SURNAMES distinct surnames (a role mailbox
 * or switchboard of co-workers, whatever their given names; a recycled number) or SHARED_CONTACT_NAMES distinct
 * names (a household line used by several relatives). Names are told apart coarsely (Holder below: Soundex codes,
 * nickname initials, swapped and one-field names overlapping), so one person's typo'd, nicknamed, swapped and
 * compound-surname variants ("Jhn Smyth", "Bob Smith" for Robert Smith, "Smith John", "Moreno" for "Moreno
 * Gutiérrez") count as one name. Cost: a mailbox kept through a change of surname is weak evidence too.
 */
export const SHARED_CONTACT_SURNAMES = 2;
export const SHARED_CONTACT_NAMES = 3;

/**
 * Who holds a value, told apart coarsely (Soundex codes) but robustly against one person's own variations: the
 * surname tokens, every name token (so first and last name swapped, or a full name typed into one field, still
 * overlaps) and the initials of the formal given names (nicknames: "Bob" and "Robert" are one person).
 */
interface Holder { surnames: string[]; tokens: string[]; givenInitials: string[]; given: string }

function holderOf(f: ProfileFeatures): Holder {
  const surnames = f.surnames.map(soundex);
  const given = f.first === '' ? '' : soundex(f.first);
  const givenInitials = [...new Set([f.first.slice(0, 1), ...f.firstFormals.map((n) => n.slice(0, 1))])].filter((c) => c !== '');
  return { surnames, tokens: given === '' ? surnames : [...surnames, given], givenInitials, given };
}

/** No surname token of either appears among the other's name tokens. */
function differentSurnames(a: Holder, b: Holder): boolean {
  return !a.surnames.some((s) => b.tokens.includes(s)) && !b.surnames.some((s) => a.tokens.includes(s));
}

/** Different surnames, or the same surname with given names that are not one (nor swapped into the surname). */
function differentPeople(a: Holder, b: Holder): boolean {
  if (differentSurnames(a, b)) return true;
  if (a.givenInitials.length === 0 || b.givenInitials.length === 0) return false;
  return !a.givenInitials.some((i) => b.givenInitials.includes(i)) && !b.tokens.includes(a.given) && !a.tokens.includes(b.given);
}

interface Holders { representatives: Holder[]; surnames: number; people: number }

/** Normalized phones and e-mails (both kinds in one set; they cannot collide) that strangers share. */
export function sharedContactValues(features: readonly ProfileFeatures[]): Set<string> {
  const holders = new Map<string, Holders>();
  const note = (value: string, holder: Holder): void => {
    const h = holders.get(value);
    if (!h) { holders.set(value, { representatives: [holder], surnames: 1, people: 1 }); return; }
    if (h.surnames >= SHARED_CONTACT_SURNAMES || h.people >= SHARED_CONTACT_NAMES) return; // already shared
    const newSurname = h.representatives.every((r) => differentSurnames(r, holder));
    const newPerson = h.representatives.every((r) => differentPeople(r, holder));
    if (newSurname) h.surnames++;
    if (newPerson) { h.people++; h.representatives.push(holder); }
  };
  for (const f of features) {
    if (f.surnames.length === 0) continue; // no surname: nothing to tell its holder apart by
    const holder = holderOf(f);
    for (const p of f.phones) note(p, holder);
    for (const e of f.emails) note(e, holder);
  }
  const shared = new Set<string>();
  for (const [value, h] of holders) {
    if (h.surnames >= SHARED_CONTACT_SURNAMES || h.people >= SHARED_CONTACT_NAMES) shared.add(value);
  }
  return shared;
}
/** Moves the shared values of each profile from phones/emails to sharedPhones/sharedEmails, in place. */
export function markSharedContacts(features: readonly ProfileFeatures[], shared: ReadonlySet<string>): void {
  if (shared.size === 0) return;
  for (const f of features) {
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
