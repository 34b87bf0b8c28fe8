// Term-frequency awareness for contacts (Splink's term-frequency adjustment, reduced to what matters here): a
// phone or e-mail that the domain shows on people of several DIFFERENT names is a role mailbox (info@…), a
// switchboard or a recycled number, and agreeing on it says little about identity. Counted once per job over all
// profiles' features, linear time (each value keeps at most SHARED_CONTACT_NAMES distinct names). Pure.
import type { ProfileFeatures } from './features';
import { soundex } from './soundex';

/**
 * A contact seen with at least this many distinct names is "shared". Names are told apart coarsely (Soundex of
 * the surname + first letter of the formal given name, the blocking key), so one person's typo'd and nicknamed
 * variants ("Jhn Smyth", "Bob Smith" for Robert Smith) count as one name, not three.
 */
export const SHARED_CONTACT_NAMES = 3;

/** The name a contact's holders are told apart by; undefined when the profile has no name at all. */
function nameKeyOf(f: ProfileFeatures): string | undefined {
  return f.firstCanonical === '' && f.last === '' ? undefined : `${f.last === '' ? '' : soundex(f.last)}|${f.firstCanonical.slice(0, 1)}`;
}

/** Normalized phones and e-mails (both kinds in one set; they cannot collide) held by ≥ SHARED_CONTACT_NAMES names. */
export function sharedContactValues(features: readonly ProfileFeatures[]): Set<string> {
  const names = new Map<string, string[]>();
  const note = (value: string, name: string): void => {
    const seen = names.get(value);
    if (!seen) names.set(value, [name]);
    else if (seen.length < SHARED_CONTACT_NAMES && !seen.includes(name)) seen.push(name);
  };
  for (const f of features) {
    const name = nameKeyOf(f);
    if (name === undefined) continue;
    for (const p of f.phones) note(p, name);
    for (const e of f.emails) note(e, name);
  }
  const shared = new Set<string>();
  for (const [value, seen] of names) if (seen.length >= SHARED_CONTACT_NAMES) shared.add(value);
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
