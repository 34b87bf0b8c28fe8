// Field-by-field comparison of the profiles of one group, for difference highlighting. This is OUR OWN
// comparison (normalised text equality), not the service's matching: the ConfidenceScore comes from the
// identity-resolution job, the highlighting from here. Normalisation: whitespace trimmed and collapsed;
// case ignored (names, emails, addresses) except for AccountNumber and Attributes (often codes); phone
// numbers compared by digits, tolerating a differing 1-3 digit country-code prefix.
import { ADDRESS_FIELDS, ADDRESS_PARTS, SCALAR_FIELDS, type ProfileRecord } from '../profile';
import { ATTRIBUTE_PREFIX } from './fieldSources';

export type RowSection = 'standard' | 'address' | 'engagement' | 'attribute';

export interface ComparisonRow {
  /** Stable row key: "FirstName", "Address.City", "Attributes.loyalty". */
  readonly key: string;
  readonly section: RowSection;
  /** The FieldSourceProfileIds member a pick on this row sets; undefined when the row cannot be picked. */
  readonly sourceKey: string | undefined;
  /** One value per profile (same order as the input); undefined = empty. */
  readonly values: readonly (string | undefined)[];
  /** At least two non-empty values differ after normalisation: a real conflict. */
  readonly differs: boolean;
  /** Some profiles have a value and some are empty: the merge will fill it in (union). */
  readonly partial: boolean;
}

/** Fields shown but not nameable in FieldSourceProfileIds. */
const DISPLAY_ONLY_FIELDS = ['PartyTypeString', 'GenderString'] as const;
const PHONE_FIELDS = new Set(['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber']);
const CASE_SENSITIVE_FIELDS = new Set(['AccountNumber']);

type Normaliser = (value: string) => string;
const collapse: Normaliser = (v) => v.trim().replace(/\s+/g, ' ');
const caseless: Normaliser = (v) => collapse(v).toLowerCase();
const digits: Normaliser = (v) => v.replace(/\D/g, '').replace(/^00/, '');

function normaliserFor(key: string): Normaliser {
  if (PHONE_FIELDS.has(key)) return digits;
  if (key.startsWith(ATTRIBUTE_PREFIX) || CASE_SENSITIVE_FIELDS.has(key)) return collapse;
  return caseless;
}

function samePhone(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 7 && long.length - short.length <= 3 && long.endsWith(short);
}

/** True when the values (empties ignored) do not all agree under the row's normalisation. */
export function valuesDiffer(key: string, values: readonly (string | undefined)[]): boolean {
  const normalise = normaliserFor(key);
  const present = values.filter(isPresent).map(normalise);
  if (PHONE_FIELDS.has(key)) return present.some((v) => !samePhone(v, present[0]));
  return new Set(present).size > 1;
}

function isPresent(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== '';
}

function makeRow(key: string, section: RowSection, sourceKey: string | undefined, values: (string | undefined)[]): ComparisonRow {
  const filled = values.filter(isPresent).length;
  return { key, section, sourceKey, values, differs: valuesDiffer(key, values), partial: filled > 0 && filled < values.length };
}

export function engagementSummary(profile: ProfileRecord): string | undefined {
  const prefs = profile.EngagementPreferences;
  if (!prefs) return undefined;
  const parts: string[] = [];
  for (const channel of ['Phone', 'Email'] as const) {
    for (const p of prefs[channel] ?? []) {
      parts.push(`${channel}: ${p.KeyName ?? ''}=${p.KeyValue ?? ''}${p.ContactType ? ` (${p.ContactType})` : ''}`);
    }
  }
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * One row per field that at least one profile fills: standard fields (model order), addresses flattened
 * to "Address.City" etc., engagement preferences, then "Attributes.<key>" sorted by key.
 */
export function compareProfiles(profiles: readonly ProfileRecord[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const add = (key: string, section: RowSection, sourceKey: string | undefined, values: (string | undefined)[]): void => {
    if (values.some(isPresent)) rows.push(makeRow(key, section, sourceKey, values));
  };
  for (const field of SCALAR_FIELDS) add(field, 'standard', field, profiles.map((p) => p[field]));
  for (const field of DISPLAY_ONLY_FIELDS) add(field, 'standard', undefined, profiles.map((p) => p[field]));
  for (const field of ADDRESS_FIELDS) {
    for (const part of ADDRESS_PARTS) add(`${field}.${part}`, 'address', field, profiles.map((p) => p[field]?.[part]));
  }
  add('EngagementPreferences', 'engagement', 'EngagementPreferences', profiles.map(engagementSummary));
  const attributeKeys = [...new Set(profiles.flatMap((p) => Object.keys(p.Attributes ?? {})))].sort();
  for (const key of attributeKeys) {
    add(ATTRIBUTE_PREFIX + key, 'attribute', ATTRIBUTE_PREFIX + key, profiles.map((p) => p.Attributes?.[key]));
  }
  return rows;
}

/** Number of filled values a profile holds (standard fields, address parts, attributes). */
export function filledFieldCount(profile: ProfileRecord): number {
  let n = 0;
  for (const field of SCALAR_FIELDS) if (isPresent(profile[field])) n++;
  for (const field of ADDRESS_FIELDS) for (const part of ADDRESS_PARTS) if (isPresent(profile[field]?.[part])) n++;
  for (const v of Object.values(profile.Attributes ?? {})) if (isPresent(v)) n++;
  if (engagementSummary(profile)) n++;
  return n;
}
