// A "source key" names one thing FieldSourceProfileIds can point at: a scalar field ("FirstName"), an
// address as a whole ("ShippingAddress"), "EngagementPreferences", or one attribute ("Attributes.<key>").
import { ADDRESS_FIELDS, SCALAR_FIELDS, type FieldSourceProfileIds } from '../profile';

export const ATTRIBUTE_PREFIX = 'Attributes.';

/** Every top-level FieldSourceProfileIds member except Attributes (model order). */
export const FIELD_SOURCE_MEMBERS: readonly string[] = [...SCALAR_FIELDS, ...ADDRESS_FIELDS, 'EngagementPreferences'];

export function isFieldSourceMember(name: string): name is Exclude<keyof FieldSourceProfileIds, 'Attributes'> {
  return FIELD_SOURCE_MEMBERS.includes(name);
}

export function getFieldSource(sources: FieldSourceProfileIds, sourceKey: string): string | undefined {
  if (sourceKey.startsWith(ATTRIBUTE_PREFIX)) return sources.Attributes?.[sourceKey.slice(ATTRIBUTE_PREFIX.length)];
  return isFieldSourceMember(sourceKey) ? sources[sourceKey] : undefined;
}

/** Returns a copy with sourceKey taken from profileId (undefined clears the pick). */
export function setFieldSource(
  sources: FieldSourceProfileIds, sourceKey: string, profileId: string | undefined,
): FieldSourceProfileIds {
  const next: FieldSourceProfileIds = { ...sources, Attributes: { ...(sources.Attributes ?? {}) } };
  if (sourceKey.startsWith(ATTRIBUTE_PREFIX)) {
    const attribute = sourceKey.slice(ATTRIBUTE_PREFIX.length);
    if (profileId === undefined) delete next.Attributes![attribute];
    else next.Attributes![attribute] = profileId;
  } else if (isFieldSourceMember(sourceKey)) {
    if (profileId === undefined) delete next[sourceKey];
    else next[sourceKey] = profileId;
  } else {
    throw new Error(`Not a FieldSourceProfileIds member: ${sourceKey}`);
  }
  if (Object.keys(next.Attributes!).length === 0) delete next.Attributes;
  return next;
}

/** Every (sourceKey, profileId) pair in a FieldSourceProfileIds. */
export function fieldSourceEntries(sources: FieldSourceProfileIds): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const member of FIELD_SOURCE_MEMBERS) {
    const id = (sources as Record<string, unknown>)[member];
    if (typeof id === 'string') out.push([member, id]);
  }
  for (const [key, id] of Object.entries(sources.Attributes ?? {})) out.push([ATTRIBUTE_PREFIX + key, id]);
  return out;
}

/** Drops picks that point at profiles not in `allowed` (e.g. after the main profile changes). */
export function retainFieldSources(sources: FieldSourceProfileIds, allowed: ReadonlySet<string>): FieldSourceProfileIds {
  let next: FieldSourceProfileIds = {};
  for (const [key, id] of fieldSourceEntries(sources)) if (allowed.has(id)) next = setFieldSource(next, key, id);
  return next;
}
