// MergeProfiles field semantics (API reference, MergeProfiles, rules 5a/5b and examples 1–3), pure so the sandbox's
// MergeProfiles and the extension's merge preview compute exactly the same result.
//
// Precise rules implemented here (per field; a "field" is a scalar standard field, a whole address, the whole
// EngagementPreferences, or one Attributes key):
//   - A value is "present" when it is a non-empty string (scalars, attribute values), an address with at least one
//     non-empty part, or EngagementPreferences with at least one entry. "" / {} / absent all count as absent.
//   - Source named (FieldSourceProfileIds[field] or FieldSourceProfileIds.Attributes[key]): that profile's value is
//     taken whether or not there is a conflict, and even when it is absent — then the merged field is absent
//     (rule 5b-ii, "even if it is a NULL value").
//   - No source named, main has the value: main's value is kept (rule 5b-i), whatever the merged profiles hold.
//   - No source named, main lacks it: union (rule 5a) — the value of the first profile in ProfileIdsToBeMerged
//     order that has one. If later profiles hold a *different* value this is a conflict the reference does not
//     cover (main has nothing to win with); we keep list order so callers control the outcome by ordering the ids
//     (auto-merge orders them by priority), and explainMerge reports it as 'first-merged-wins'.
//   - Equality for conflict detection is exact after dropping empty parts (addresses, preferences compared as
//     canonical JSON); matching-style normalisation is deliberately not applied: "Jane" and "JANE" conflict.
//   - PartyTypeString / GenderString cannot be named by FieldSourceProfileIds (the model has no member for them);
//     they follow the no-source rules.
// The result keeps main's ProfileId, contains only present fields, and never aliases the inputs.
import {
  ADDRESS_FIELDS, ADDRESS_PARTS, AddressField, AddressRecord, ContactPreferenceRecord, FieldSourceProfileIds,
  ProfileRecord, SCALAR_FIELDS, ScalarField,
} from './profile';

/** Scalars merged field by field: the nameable SCALAR_FIELDS plus the two string-typed enum twins. */
export const MERGED_SCALAR_FIELDS = [...SCALAR_FIELDS, 'PartyTypeString', 'GenderString'] as const;
export type MergedScalarField = (typeof MERGED_SCALAR_FIELDS)[number];

type EngagementPreferences = NonNullable<ProfileRecord['EngagementPreferences']>;
type FieldValue = string | AddressRecord | EngagementPreferences;

export type MergeReason =
  /** No conflict: the only value present (or all present values equal). */
  | 'union'
  /** Conflict, no source named: main's value kept. */
  | 'main-wins'
  /** Main lacks it, merged profiles disagree, no source named: first in ProfileIdsToBeMerged order. */
  | 'first-merged-wins'
  /** FieldSourceProfileIds named the profile and it has a value. */
  | 'source-picked'
  /** FieldSourceProfileIds named a profile without a value: the merged field is absent. */
  | 'source-picked-empty';

/** Where one merged field came from. `field` is e.g. 'FirstName', 'Address', 'Attributes.loyaltyTier'. */
export interface FieldExplanation {
  field: string;
  /** The merged value; undefined when the field ends up absent. */
  value: FieldValue | undefined;
  /** The profile whose value was taken (for 'source-picked-empty' the named profile). */
  fromProfileId: string;
  reason: MergeReason;
  /** Profiles holding a different present value that was dropped. */
  overriddenProfileIds: string[];
}

/** Thrown when FieldSourceProfileIds is unusable; `memberPath` names the offending request member. */
export class InvalidFieldSourceError extends Error {
  constructor(readonly memberPath: string, message: string) {
    super(message);
    this.name = 'InvalidFieldSourceError';
  }
}

/**
 * Problems with a FieldSourceProfileIds value (unknown member, profile id that is neither main nor merged).
 * Empty array = valid. Servers call this to answer BadRequestException before merging.
 */
export function fieldSourceProblems(
  main: ProfileRecord, toMerge: readonly ProfileRecord[], fieldSources: FieldSourceProfileIds | undefined,
): { memberPath: string; message: string }[] {
  if (!fieldSources) return [];
  const ids = new Set([main.ProfileId, ...toMerge.map((p) => p.ProfileId)]);
  const nameable = new Set<string>([...SCALAR_FIELDS, ...ADDRESS_FIELDS, 'EngagementPreferences']);
  const problems: { memberPath: string; message: string }[] = [];
  const checkId = (memberPath: string, id: unknown): void => {
    if (typeof id !== 'string' || !ids.has(id)) {
      problems.push({ memberPath, message: `${memberPath} must be MainProfileId or one of ProfileIdsToBeMerged` });
    }
  };
  for (const [member, id] of Object.entries(fieldSources)) {
    if (id === undefined) continue; // an unset member names nothing (SDK-built objects may carry undefined)
    const memberPath = `FieldSourceProfileIds.${member}`;
    if (member === 'Attributes') {
      if (typeof id !== 'object' || id === null) {
        problems.push({ memberPath, message: `${memberPath} must be a map of attribute key to ProfileId` });
        continue;
      }
      for (const [key, attrId] of Object.entries(id as Record<string, unknown>)) checkId(`${memberPath}.${key}`, attrId);
    } else if (!nameable.has(member)) {
      problems.push({ memberPath, message: `${memberPath} is not a member of FieldSourceProfileIds` });
    } else {
      checkId(memberPath, id);
    }
  }
  return problems;
}

/** The merged profile (MergeProfiles semantics). Throws InvalidFieldSourceError for unusable FieldSourceProfileIds. */
export function mergeProfileRecords(
  main: ProfileRecord, toMerge: readonly ProfileRecord[], fieldSources?: FieldSourceProfileIds,
): ProfileRecord {
  const merged: ProfileRecord = { ProfileId: main.ProfileId };
  const target = merged as unknown as Record<string, FieldValue>;
  for (const e of explainMerge(main, toMerge, fieldSources)) {
    if (e.value === undefined) continue;
    if (e.field.startsWith('Attributes.')) {
      (merged.Attributes ??= {})[e.field.slice('Attributes.'.length)] = e.value as string;
    } else {
      target[e.field] = e.value;
    }
  }
  return merged;
}

/**
 * Per field, the merged value and why. Lists every field present in any input or named by fieldSources, in a
 * stable order: scalars (model order), addresses, EngagementPreferences, then attribute keys sorted.
 */
export function explainMerge(
  main: ProfileRecord, toMerge: readonly ProfileRecord[], fieldSources?: FieldSourceProfileIds,
): FieldExplanation[] {
  const problems = fieldSourceProblems(main, toMerge, fieldSources);
  if (problems.length > 0) throw new InvalidFieldSourceError(problems[0].memberPath, problems[0].message);
  const all = [main, ...toMerge];
  const byId = new Map(all.map((p) => [p.ProfileId, p]));
  const out: FieldExplanation[] = [];
  const add = (field: string, get: (p: ProfileRecord) => FieldValue | undefined, source: string | undefined): void => {
    const e = resolveField(field, all, get, source === undefined ? undefined : byId.get(source));
    if (e) out.push(e);
  };
  for (const f of MERGED_SCALAR_FIELDS) add(f, (p) => present(p[f]), sourceOf(fieldSources, f));
  for (const f of ADDRESS_FIELDS) add(f, (p) => presentAddress(p[f]), sourceOf(fieldSources, f));
  add('EngagementPreferences', (p) => presentPreferences(p.EngagementPreferences),
    fieldSources?.EngagementPreferences);
  const keys = new Set<string>(Object.keys(fieldSources?.Attributes ?? {}));
  for (const p of all) for (const k of Object.keys(p.Attributes ?? {})) keys.add(k);
  for (const k of [...keys].sort()) {
    add(`Attributes.${k}`, (p) => present(p.Attributes?.[k]), fieldSources?.Attributes?.[k]);
  }
  return out;
}

function sourceOf(fs: FieldSourceProfileIds | undefined, f: MergedScalarField | AddressField): string | undefined {
  if (!fs || f === 'PartyTypeString' || f === 'GenderString') return undefined;
  return fs[f as ScalarField | AddressField];
}

/** One field's decision; undefined when no profile has it and no source was named. */
function resolveField(
  field: string, all: readonly ProfileRecord[], get: (p: ProfileRecord) => FieldValue | undefined,
  source: ProfileRecord | undefined,
): FieldExplanation | undefined {
  const holders = all.flatMap((p) => {
    const v = get(p);
    return v === undefined ? [] : [{ id: p.ProfileId, v, key: canonical(v) }];
  });
  const differing = (key: string | undefined): string[] => holders.filter((h) => h.key !== key).map((h) => h.id);
  if (source) {
    const v = get(source);
    if (v === undefined) {
      return { field, value: undefined, fromProfileId: source.ProfileId, reason: 'source-picked-empty',
        overriddenProfileIds: holders.map((h) => h.id) };
    }
    return { field, value: clone(v), fromProfileId: source.ProfileId, reason: 'source-picked',
      overriddenProfileIds: differing(canonical(v)) };
  }
  if (holders.length === 0) return undefined;
  const winner = holders[0]; // main first, then ProfileIdsToBeMerged order
  const overridden = differing(winner.key);
  const mainId = all[0].ProfileId;
  const reason: MergeReason = overridden.length === 0 ? 'union' : winner.id === mainId ? 'main-wins' : 'first-merged-wins';
  return { field, value: clone(winner.v), fromProfileId: winner.id, reason, overriddenProfileIds: overridden };
}

function present(v: string | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function presentAddress(a: AddressRecord | undefined): AddressRecord | undefined {
  if (!a) return undefined;
  const out: AddressRecord = {};
  for (const part of ADDRESS_PARTS) {
    const v = present(a[part]);
    if (v !== undefined) out[part] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function presentPreferences(e: EngagementPreferences | undefined): EngagementPreferences | undefined {
  if (!e) return undefined;
  const out: EngagementPreferences = {};
  if (e.Phone && e.Phone.length > 0) out.Phone = e.Phone;
  if (e.Email && e.Email.length > 0) out.Email = e.Email;
  return out.Phone || out.Email ? out : undefined;
}

/** Key-order-independent JSON for equality of structured values. */
function canonical(v: FieldValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : x));
}

function clone(v: FieldValue): FieldValue {
  if (typeof v === 'string') return v;
  if ('Phone' in v || 'Email' in v) {
    const e = v as EngagementPreferences;
    const copyList = (l: ContactPreferenceRecord[] | undefined): ContactPreferenceRecord[] | undefined =>
      l?.map((c) => ({ ...c }));
    const out: EngagementPreferences = {};
    if (e.Phone) out.Phone = copyList(e.Phone);
    if (e.Email) out.Email = copyList(e.Email);
    return out;
  }
  return { ...(v as AddressRecord) };
}
