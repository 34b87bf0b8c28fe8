// Which values a profile holds under a search key: the standard keys derived from profile fields
// (_profileId, _email, _phone, _fullName, _account) plus keys stored by AddProfileKey / object types.
import { normalizeRulePhone } from '../../shared/rules/normalize';
import type { StoredProfile } from './types';

const EMAILS = ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'] as const;
const PHONES = ['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber'] as const;

/** The search keys every profile has, derived from its fields (SearchProfiles, GetSimilarProfiles). */
export const STANDARD_SEARCH_KEYS: readonly string[] = ['_profileId', '_email', '_phone', '_account', '_fullName'];

/** Keys compared case-insensitively (the service normalises e-mail addresses and names for search). */
const CASE_INSENSITIVE = new Set(['_email', '_fullName']);

function derivedValues(p: StoredProfile, keyName: string): string[] {
  const r = p.profile;
  const present = (vals: Array<string | undefined>): string[] => vals.filter((v): v is string => typeof v === 'string' && v !== '');
  switch (keyName) {
    case '_profileId':
      return [r.ProfileId];
    case '_email':
      return present(EMAILS.map((f) => r[f]));
    case '_phone':
      return present(PHONES.map((f) => r[f]));
    case '_account':
      return present([r.AccountNumber]);
    case '_fullName': {
      const full = present([r.FirstName, r.MiddleName, r.LastName]).join(' ');
      const short = present([r.FirstName, r.LastName]).join(' ');
      return present([full, short !== full ? short : undefined]);
    }
    default:
      return [];
  }
}

/** The requested values this profile matches under `keyName` (empty = no match). */
export function matchKey(p: StoredProfile, keyName: string, wanted: readonly string[]): string[] {
  const fold = CASE_INSENSITIVE.has(keyName) ? (s: string): string => s.toLowerCase() : (s: string): string => s;
  const held = new Set([...derivedValues(p, keyName), ...(p.keys.get(keyName) ?? [])].map(fold));
  return wanted.filter((w) => held.has(fold(w)));
}

/**
 * Whether the profile holds `value` under `keyName`, the way PutProfileObject looks a profile up through an
 * object's PROFILE keys: standard keys derived from profile fields count as much as stored keys. Phones
 * compare as E.164 (a PHONE_NUMBER field is standardized on ingest, so "+1 206-555-0100" and "+12065550100"
 * are one phone; our reading, the reference does not spell the lookup out), e-mails and names case-insensitively.
 */
export function holdsKeyValue(p: StoredProfile, keyName: string, value: string): boolean {
  if (keyName !== '_phone') return matchKey(p, keyName, [value]).length > 0;
  const wanted = normalizeRulePhone(value);
  if (wanted === undefined) return false;
  return [...derivedValues(p, keyName), ...(p.keys.get(keyName) ?? [])].some((v) => normalizeRulePhone(v) === wanted);
}
