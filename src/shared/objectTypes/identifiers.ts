// StandardIdentifiers, in the reference's words (ObjectTypeKey): "Each ProfileObject can have only 1 UNIQUE key
// but multiple PROFILE keys. PROFILE, ASSET, CASE, or ORDER means that this key can be used to tie an object
// to a PROFILE, ASSET, CASE, or ORDER respectively. UNIQUE means that it can be used to uniquely identify an
// object. If a key is marked as SECONDARY, it will be used to search for profiles after all other PROFILE
// keys have been searched. A LOOKUP_ONLY key is only used to match a profile but is not persisted to be used
// for searching of the profile. A NEW_ONLY key is only used if the profile does not already exist before the
// object is ingested, otherwise it is only used for matching objects to profiles."

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
  for (const id of ids) if (!(STANDARD_IDENTIFIERS as readonly string[]).includes(id)) problems.push(`${id} is not a StandardIdentifier`);
  const lookupOnly = is('LOOKUP_ONLY');
  const newOnly = is('NEW_ONLY');
  const searchesProfile = is('PROFILE') || lookupOnly || newOnly;
  if (is('PROFILE')) meaning.push('PROFILE: ties the object to a profile (searched to find it)');
  for (const id of ids) if (!MODIFIERS.has(id) && (STANDARD_IDENTIFIERS as readonly string[]).includes(id)) meaning.push(`${id}: ties the object to a ${id} record`);
  if (is('UNIQUE')) meaning.push('UNIQUE: identifies the object; the same value again replaces it');
  if (is('SECONDARY')) meaning.push('SECONDARY: searched only after every other PROFILE key found nothing');
  if (lookupOnly) meaning.push('LOOKUP_ONLY: used to match a profile, not stored on it');
  if (newOnly) meaning.push('NEW_ONLY: stored only when this object creates the profile; otherwise only used to match');
  if (is('SECONDARY') && !searchesProfile) problems.push('SECONDARY without PROFILE: there is no profile search to order');
  if (lookupOnly && newOnly) problems.push('LOOKUP_ONLY and NEW_ONLY together: the key is never stored');
  if (ids.length === 0) problems.push('no StandardIdentifiers: the key only indexes the object');
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
