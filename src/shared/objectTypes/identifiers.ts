// StandardIdentifiers, in the reference's words (ObjectTypeKey): "Each ProfileObject can have only 1 UNIQUE key
// but multiple PROFILE keys. PROFILE, ASSET, CASE, or ORDER means that this key can be used to tie an object
// to a PROFILE, ASSET, CASE, or ORDER respectively. UNIQUE means that it can be used to uniquely identify an
// object. If a key is marked as SECONDARY, it will be used to search for profiles after all other PROFILE
// keys have been searched. A LOOKUP_ONLY key is only used to match a profile but is not persisted to be used
// for searching of the profile. A NEW_ONLY key is only used if the profile does not already exist before the
// object is ingested, otherwise it is only used for matching objects to profiles."
import * as l10n from '@vscode/l10n';

/** The valid values the reference lists. */
export const STANDARD_IDENTIFIERS = [
  'PROFILE', 'ASSET', 'CASE', 'ORDER', 'COMMUNICATION_RECORD', 'AIR_PREFERENCE', 'HOTEL_PREFERENCE', 'AIR_BOOKING',
  'AIR_SEGMENT', 'HOTEL_RESERVATION', 'HOTEL_STAY_REVENUE', 'LOYALTY', 'LOYALTY_TRANSACTION', 'LOYALTY_PROMOTION',
  'UNIQUE', 'SECONDARY', 'LOOKUP_ONLY', 'NEW_ONLY',
] as const;

const MODIFIERS = new Set(['UNIQUE', 'SECONDARY', 'LOOKUP_ONLY', 'NEW_ONLY', 'PROFILE']);

export interface KeySemantics {
  readonly meaning: string[];
  /** The key is used to find the profile the object attaches to (one SearchProfiles). */
  readonly searchesProfile: boolean;
  readonly secondary: boolean;
  readonly unique: boolean;
  readonly storedOnAttach: boolean;
  readonly storedOnCreate: boolean;
  readonly problems: string[];
}

/**
 * What a key's identifiers mean. Our reading where the reference is terse: a key searches for the profile
 * when it is PROFILE (SECONDARY, LOOKUP_ONLY and NEW_ONLY qualify a PROFILE key, and the reference calls the
 * latter two "used to match a profile", so they search too even when PROFILE is not written beside them);
 * it is stored as a profile key unless LOOKUP_ONLY, and with NEW_ONLY only when this object creates the
 * profile. UNIQUE alone, ASSET/CASE/ORDER and the other entity kinds do not search for a profile.
 */
export function keySemantics(ids: readonly string[]): KeySemantics {
  const is = (v: string): boolean => ids.includes(v);
  const meaning: string[] = [];
  const problems: string[] = [];
  for (const id of ids) if (!(STANDARD_IDENTIFIERS as readonly string[]).includes(id)) problems.push(l10n.t('{0} is not a {1}', id, 'StandardIdentifier'));
  const lookupOnly = is('LOOKUP_ONLY');
  const newOnly = is('NEW_ONLY');
  const searchesProfile = is('PROFILE') || lookupOnly || newOnly;
  if (is('PROFILE')) meaning.push(l10n.t('{0}: ties the object to a profile (searched to find it)', 'PROFILE'));
  for (const id of ids) if (!MODIFIERS.has(id) && (STANDARD_IDENTIFIERS as readonly string[]).includes(id)) meaning.push(l10n.t('{0}: ties the object to a {0} record', id));
  if (is('UNIQUE')) meaning.push(l10n.t('{0}: identifies the object; the same value again replaces it', 'UNIQUE'));
  if (is('SECONDARY')) meaning.push(l10n.t('{0}: searched only after every other {1} key found nothing', 'SECONDARY', 'PROFILE'));
  if (lookupOnly) meaning.push(l10n.t('{0}: used to match a profile, not stored on it', 'LOOKUP_ONLY'));
  if (newOnly) meaning.push(l10n.t('{0}: stored only when this object creates the profile; otherwise only used to match', 'NEW_ONLY'));
  if (is('SECONDARY') && !searchesProfile) problems.push(l10n.t('{0} without {1}: there is no profile search to order', 'SECONDARY', 'PROFILE'));
  if (lookupOnly && newOnly) problems.push(l10n.t('{0} and {1} together: the key is never stored', 'LOOKUP_ONLY', 'NEW_ONLY'));
  if (ids.length === 0) problems.push(l10n.t('no {0}: the key only indexes the object', 'StandardIdentifiers'));
  return {
    meaning,
    searchesProfile,
    secondary: is('SECONDARY'),
    unique: is('UNIQUE'),
    storedOnAttach: searchesProfile && !lookupOnly && !newOnly,
    storedOnCreate: searchesProfile && !lookupOnly,
    problems,
  };
}
