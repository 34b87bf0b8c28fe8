// Field-by-field comparison of the profiles of one group, for difference highlighting. This is OUR OWN
// comparison, not the service's matching: the ConfidenceScore comes from the identity-resolution job, the
// highlighting from here. Equality is the shared normalizers' (src/shared/normalize/sameValue), the same answer
// the sandbox matcher and the rule engine give, so "+1-555-010-0000" and "555.010.0000" are one number here too.
// Rows keep the RAW values (the reviewer must see what is stored); each value carries how it compared.
import { ADDRESS_FIELDS, ADDRESS_PARTS, SCALAR_FIELDS, type ProfileRecord } from '../profile';
import { valueKindOfField } from '../normalize/kinds';
import { normalizePhone, phoneRegionOf } from '../normalize/phone';
import { sameValue } from '../normalize/sameValue';
import type { SameValueResult } from '../normalize/types';
import { ATTRIBUTE_PREFIX } from './fieldSources';

export type RowSection = 'standard' | 'address' | 'engagement' | 'attribute';

export interface ComparisonRow {
  /** Stable row key: "FirstName", "Address.City", "Attributes.loyalty". */
  readonly key: string;
  readonly section: RowSection;
  /** The FieldSourceProfileIds member a pick on this row sets; undefined when the row cannot be picked. */
  readonly sourceKey: string | undefined;
  /** One RAW value per profile (same order as the input); undefined = empty. */
  readonly values: readonly (string | undefined)[];
  /**
   * Per value: how it compares with the row's first non-empty value (the reference). undefined for empty values
   * and for the reference itself.
   */
  readonly comparisons: readonly (SameValueResult | undefined)[];
  /** A non-empty value is not the same as the reference after normalization: a real conflict. */
  readonly differs: boolean;
  /** No conflict, but the raw values are not all written identically (formatting, case, abbreviation…). */
  readonly equivalent: boolean;
  /** Some profiles have a value and some are empty: the merge will fill it in (union). */
  readonly partial: boolean;
}

export interface CompareOptions {
  /** customerProfiles.matching.defaultPhoneRegion: phones without a country code, profile address has no country. */
  readonly defaultPhoneRegion?: string;
}

/** Fields shown but not nameable in FieldSourceProfileIds. */
const DISPLAY_ONLY_FIELDS = ['PartyTypeString', 'GenderString'] as const;

/** The profile's region for phone numbers without a country code: its first address that names a country. */
export function profilePhoneRegion(profile: ProfileRecord | undefined, setting?: string): string {
  const country = ADDRESS_FIELDS.map((f) => profile?.[f]?.Country).find((c) => c !== undefined && c.trim() !== '');
  return phoneRegionOf(country, setting || undefined);
}

/**
 * Compares one value with the reference. Phones of profiles in different regions are first brought to E.164 in
 * their own region (one context cannot hold two regions), then compared.
 */
function compareValue(key: string, reference: string, value: string, referenceRegion: string, region: string): SameValueResult {
  const kind = valueKindOfField(key);
  if (kind === 'phone' && referenceRegion !== region) {
    const a = normalizePhone(reference, referenceRegion), b = normalizePhone(value, region);
    if (a !== undefined && b !== undefined) {
      const result = sameValue(kind, a, b, { defaultRegion: referenceRegion });
      return result.equal && reference !== value && result.reason === 'identical' ? { ...result, reason: 'formatting' } : result;
    }
  }
  return sameValue(kind, reference, value, { defaultRegion: referenceRegion });
}

function compareRow(key: string, values: readonly (string | undefined)[], regions: readonly string[]): Pick<ComparisonRow, 'comparisons' | 'differs' | 'equivalent'> {
  const ref = values.findIndex(isPresent);
  const comparisons = values.map((v, i) => (ref < 0 || i === ref || !isPresent(v) ? undefined
    : compareValue(key, values[ref]!, v, regions[ref] ?? 'US', regions[i] ?? 'US')));
  const differs = comparisons.some((c) => c !== undefined && !c.equal);
  const raw = new Set(values.filter(isPresent));
  return { comparisons, differs, equivalent: !differs && raw.size > 1 };
}

/** True when the values (empties ignored) are not all the same under the row's kind of comparison. */
export function valuesDiffer(key: string, values: readonly (string | undefined)[], regions: readonly string[] = []): boolean {
  return compareRow(key, values, regions).differs;
}

function isPresent(v: string | undefined): v is string {
  return v !== undefined && v.trim() !== '';
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
export function compareProfiles(profiles: readonly ProfileRecord[], options: CompareOptions = {}): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const regions = profiles.map((p) => profilePhoneRegion(p, options.defaultPhoneRegion));
  const add = (key: string, section: RowSection, sourceKey: string | undefined, values: (string | undefined)[]): void => {
    if (!values.some(isPresent)) return;
    const filled = values.filter(isPresent).length;
    rows.push({ key, section, sourceKey, values, ...compareRow(key, values, regions), partial: filled > 0 && filled < values.length });
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
