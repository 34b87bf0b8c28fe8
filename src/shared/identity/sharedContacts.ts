// Term-frequency awareness for contacts (Splink's term-frequency adjustment, reduced to what matters here): a
// phone or e-mail that the domain shows on people of several DIFFERENT names is a role mailbox (info@…), a
// switchboard or a recycled number, and agreeing on it says little about identity. Counted once per job over all
// profiles' features, linear time (each value keeps at most SHARED_CONTACT_NAMES distinct names). Pure.
import type { ProfileFeatures } from './features';
import { soundex } from './soundex';

/**
 * A contact is "shared" when its holders show at least SHARED_CONTACT_SURNAMES distinct surnames (a role mailbox
 * or switchboard of co-workers, whatever their given names; a recycled number) or SHARED_CONTACT_NAMES distinct
 * names (a household line used by several relatives). Names are told apart coarsely (Soundex of the surname, +
 * the first letter of the formal given name), so one person's typo'd and nicknamed variants ("Jhn Smyth", "Bob
 * Smith" for Robert Smith) count as one name. Cost: a mailbox kept through a change of surname is weak evidence too.
 */
export const SHARED_CONTACT_SURNAMES = 2;
export const SHARED_CONTACT_NAMES = 3;

interface Holders { surnames: string[]; names: string[] }

function addUpTo(list: string[], value: string, max: number): void {
  if (list.length < max && !list.includes(value)) list.push(value);
}

/** Normalized phones and e-mails (both kinds in one set; they cannot collide) that strangers share. */
export function sharedContactValues(features: readonly ProfileFeatures[]): Set<string> {
  const holders = new Map<string, Holders>();
  const note = (value: string, surname: string, name: string): void => {
    let h = holders.get(value);
    if (!h) { h = { surnames: [], names: [] }; holders.set(value, h); }
    addUpTo(h.surnames, surname, SHARED_CONTACT_SURNAMES);
    addUpTo(h.names, name, SHARED_CONTACT_NAMES);
  };
  for (const f of features) {
    if (f.last === '') continue; // no surname: nothing to tell its holder apart by
    const surname = soundex(f.last);
    const name = `${surname}|${f.firstCanonical.slice(0, 1)}`;
    for (const p of f.phones) note(p, surname, name);
    for (const e of f.emails) note(e, surname, name);
  }
  const shared = new Set<string>();
  for (const [value, h] of holders) {
    if (h.surnames.length >= SHARED_CONTACT_SURNAMES || h.names.length >= SHARED_CONTACT_NAMES) shared.add(value);
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
