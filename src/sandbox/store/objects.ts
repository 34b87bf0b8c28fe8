// Profile objects and object types: how an object's fields map onto the standard profile (Fields
// Source -> Target) and which profile keys it carries (Keys with PROFILE / UNIQUE / LOOKUP_ONLY ...).
// Shared by PutProfileObject and the demo data builder.
import type { ProfileRecord } from '../../shared/profile';
import { badRequest } from '../errors';
import { newId } from '../ids';
import type { ObjectTypeTemplate } from '../templates';
import { recordHistory, recordIngested, SERVICE_PRINCIPAL } from './history';
import { profilesChanged } from './profileEvents';
import { holdsKeyValue } from './searchKeys';
import type { DomainState, ObjectTypeState, StoredProfile, TypeProvenance } from './types';

export function objectTypeFromTemplate(name: string, description: string, t: ObjectTypeTemplate, now: number): ObjectTypeState {
  return {
    ObjectTypeName: name,
    Description: description,
    TemplateId: t.TemplateId,
    AllowProfileCreation: t.AllowProfileCreation,
    SourceLastUpdatedTimestampFormat: t.SourceLastUpdatedTimestampFormat,
    Fields: structuredClone(t.Fields),
    Keys: structuredClone(t.Keys),
    CreatedAt: now,
    LastUpdatedAt: now,
    Tags: new Map(),
  };
}

/** Reads `_source.a.b` from an object: a literal key "a.b" first (flattened sources), then the nested path. */
export function readSource(obj: Record<string, unknown>, source: string): unknown {
  const path = source.startsWith('_source.') ? source.slice('_source.'.length) : source;
  if (Object.prototype.hasOwnProperty.call(obj, path)) return obj[path];
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v === '' ? undefined : v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

export interface ObjectKeyValue {
  keyName: string;
  identifiers: string[];
  value: string;
}

/** The key values an object carries, per the object type's Keys (multi-field keys join with '_'). */
export function objectKeyValues(ot: ObjectTypeState, obj: Record<string, unknown>): ObjectKeyValue[] {
  const out: ObjectKeyValue[] = [];
  for (const [keyName, defs] of Object.entries(ot.Keys ?? {})) {
    for (const def of defs) {
      const parts = (def.FieldNames ?? []).map((fn) => {
        const field = ot.Fields?.[fn];
        return field?.Source ? asText(readSource(obj, field.Source)) : undefined;
      });
      if (!parts.length || parts.some((p) => p === undefined)) continue;
      out.push({ keyName, identifiers: def.StandardIdentifiers ?? [], value: parts.join('_') });
    }
  }
  return out;
}

const ADDRESS_TARGETS = new Set(['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress']);

/** The profile values an object provides: [path, value], path `PhoneNumber`, `Address.City` or `Attributes.x`. */
export function mappedProfileValues(ot: ObjectTypeState, obj: Record<string, unknown>): Array<[path: string, value: string]> {
  const out: Array<[string, string]> = [];
  for (const field of Object.values(ot.Fields ?? {})) {
    if (!field.Source || !field.Target?.startsWith('_profile.')) continue;
    const value = asText(readSource(obj, field.Source));
    if (value === undefined) continue;
    const [member, sub] = field.Target.slice('_profile.'.length).split(/\.(.*)/s);
    if (member === 'ProfileId') continue;
    if (member === 'Attributes' && sub) out.push([`Attributes.${sub}`, value.slice(0, 255)]);
    else if ((ADDRESS_TARGETS.has(member) && sub) || !sub) out.push([sub ? `${member}.${sub}` : member, value]);
  }
  return out;
}

/** Applies the object type's `_profile.*` targets to a profile (object values overwrite). */
export function applyFieldMappings(ot: ObjectTypeState, obj: Record<string, unknown>, profile: ProfileRecord): ProfileRecord {
  const next = structuredClone(profile) as unknown as Record<string, unknown>;
  for (const [path, value] of mappedProfileValues(ot, obj)) {
    const [member, sub] = path.split(/\.(.*)/s);
    if (sub === undefined) {
      next[member] = value;
      continue;
    }
    const holder = (next[member] as Record<string, string> | undefined) ?? {};
    // defineProperty: attribute names like "__proto__" are plain keys here.
    Object.defineProperty(holder, sub, { value, enumerable: true, writable: true, configurable: true });
    next[member] = holder;
  }
  return next as unknown as ProfileRecord;
}

export function addProfileKey(p: StoredProfile, keyName: string, values: readonly string[]): void {
  const existing = p.keys.get(keyName) ?? [];
  for (const v of values) if (!existing.includes(v)) existing.push(v);
  p.keys.set(keyName, existing);
}

export function newStoredProfile(profile: ProfileRecord, now: number, sourceObjectTypes: string[] = []): StoredProfile {
  return { profile, keys: new Map(), objects: new Map(), lastUpdatedAt: now, sourceObjectTypes };
}

/**
 * Attaches an object to a profile and records its profile keys (all but LOOKUP_ONLY), and what the type
 * populated (fields and keys) so DeleteProfileObjectType can scrub them. `before`: the profile before the
 * object's field mappings applied; a value it already held was not populated by this type (the demo passes
 * none: its profiles were built from their source object).
 */
export function attachObject(p: StoredProfile, ot: ObjectTypeState, obj: Record<string, unknown>, text: string, uniqueKey: string, before?: ProfileRecord): void {
  const provenance = provenanceOf(p, ot.ObjectTypeName);
  for (const [path, value] of mappedProfileValues(ot, obj)) {
    if (before && !provenance.fields.has(path) && valueAt(before, path) === value) continue;
    provenance.fields.set(path, value);
  }
  for (const k of objectKeyValues(ot, obj)) {
    if (k.identifiers.includes('LOOKUP_ONLY')) continue;
    addProfileKey(p, k.keyName, [k.value]);
    const held = provenance.keys.get(k.keyName) ?? [];
    if (!held.includes(k.value)) held.push(k.value);
    provenance.keys.set(k.keyName, held);
  }
  const byKey = p.objects.get(ot.ObjectTypeName) ?? new Map();
  byKey.set(uniqueKey, { ObjectTypeName: ot.ObjectTypeName, ProfileObjectUniqueKey: uniqueKey, Object: text, ProfileId: p.profile.ProfileId });
  p.objects.set(ot.ObjectTypeName, byKey);
  if (!p.sourceObjectTypes.includes(ot.ObjectTypeName)) p.sourceObjectTypes.push(ot.ObjectTypeName);
}

function provenanceOf(p: StoredProfile, type: string): TypeProvenance {
  p.populatedBy ??= new Map();
  let prov = p.populatedBy.get(type);
  if (!prov) {
    prov = { fields: new Map(), keys: new Map() };
    p.populatedBy.set(type, prov);
  }
  return prov;
}

/**
 * The profile an object's PROFILE key points at: stored keys and the standard keys derived from profile
 * fields (`_phone`, `_email`, ...). Several matches: the first profile in store order (the reference does
 * not say which one the service picks).
 */
function findProfileByKey(d: DomainState, keyName: string, value: string): StoredProfile | undefined {
  if (keyName === '_profileId') return d.profiles.get(value);
  for (const p of d.profiles.values()) if (holdsKeyValue(p, keyName, value)) return p;
  return undefined;
}

function findObjectOwner(d: DomainState, type: string, uniqueKey: string): StoredProfile | undefined {
  for (const p of d.profiles.values()) if (p.objects.get(type)?.has(uniqueKey)) return p;
  return undefined;
}

/**
 * PutProfileObject: finds the profile through the object's PROFILE keys (or the owner of the same
 * UNIQUE key), creates one when AllowProfileCreation is true, updates it from the field mappings,
 * and stores the object. Returns the ProfileObjectUniqueKey.
 */
export function ingestObject(d: DomainState, ot: ObjectTypeState, text: string, now: number): string {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw badRequest(`Object: not valid JSON (${(e as Error).message}).`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw badRequest('Object: must be a JSON object.');
  const record = obj as Record<string, unknown>;
  const keys = objectKeyValues(ot, record);
  const unique = keys.find((k) => k.identifiers.includes('UNIQUE'));
  const uniqueKey = unique?.value ?? newId();

  let target = unique ? findObjectOwner(d, ot.ObjectTypeName, uniqueKey) : undefined;
  for (const k of keys) {
    if (target) break;
    if (k.identifiers.includes('PROFILE') || k.identifiers.includes('LOOKUP_ONLY')) target = findProfileByKey(d, k.keyName, k.value);
  }
  if (!target) {
    if (!ot.AllowProfileCreation) {
      throw badRequest(`No profile matches the object's keys and object type ${ot.ObjectTypeName} does not allow profile creation.`);
    }
    const id = newId();
    target = newStoredProfile({ ProfileId: id }, now);
    d.profiles.set(id, target);
    recordHistory(d, id, { action: 'CREATED', objectTypeName: ot.ObjectTypeName, content: target.profile }, now);
  }
  const before = target.profile;
  target.profile = { ...applyFieldMappings(ot, record, target.profile), ProfileId: target.profile.ProfileId };
  target.lastUpdatedAt = now;
  attachObject(target, ot, record, text, uniqueKey, before);
  recordIngested(d, target.profile.ProfileId, ot.ObjectTypeName, uniqueKey, text, now);
  profilesChanged(d, [target.profile.ProfileId]);
  return uniqueKey;
}

/** A profile path's current value (`PhoneNumber`, `Address.City`, `Attributes.x`). */
function valueAt(profile: ProfileRecord, path: string): unknown {
  const [member, sub] = path.split(/\.(.*)/s);
  const top = (profile as unknown as Record<string, unknown>)[member];
  if (sub === undefined) return top;
  return top && typeof top === 'object' && Object.prototype.hasOwnProperty.call(top, sub) ? (top as Record<string, unknown>)[sub] : undefined;
}

function deleteAt(profile: ProfileRecord, path: string): ProfileRecord {
  const next = structuredClone(profile) as unknown as Record<string, unknown>;
  const [member, sub] = path.split(/\.(.*)/s);
  if (sub === undefined) {
    delete next[member];
  } else {
    const holder = next[member] as Record<string, unknown> | undefined;
    if (holder) delete holder[sub];
    if (holder && Object.keys(holder).length === 0) delete next[member];
  }
  return next as unknown as ProfileRecord;
}

/**
 * DeleteProfileObjectType on the store: removes the type's objects and "scrubs all of the fields of the
 * standard profile that were populated from this ProfileObjectType" (reference), and the keys it added.
 * Our reading where the reference is silent: a field is scrubbed only while it still holds the value the
 * type wrote and no remaining type wrote that same value (a later UpdateProfile or another source owns it);
 * a key value stays when another remaining type added it too; the profile itself stays, even if emptied.
 */
export function scrubObjectType(d: DomainState, type: string, now: number): void {
  const changed: string[] = [];
  for (const p of d.profiles.values()) {
    const hadObjects = p.objects.delete(type);
    p.sourceObjectTypes = p.sourceObjectTypes.filter((t) => t !== type);
    const prov = p.populatedBy?.get(type);
    if (!prov) {
      if (hadObjects) changed.push(p.profile.ProfileId);
      continue;
    }
    p.populatedBy?.delete(type);
    const others = [...(p.populatedBy?.values() ?? [])];
    for (const [path, value] of prov.fields) {
      if (valueAt(p.profile, path) !== value || others.some((o) => o.fields.get(path) === value)) continue;
      p.profile = deleteAt(p.profile, path);
    }
    for (const [keyName, values] of prov.keys) {
      const kept = (p.keys.get(keyName) ?? []).filter((v) => !values.includes(v) || others.some((o) => o.keys.get(keyName)?.includes(v)));
      if (kept.length) p.keys.set(keyName, kept);
      else p.keys.delete(keyName);
    }
    changed.push(p.profile.ProfileId);
    // The service changed the profile (no caller did): its audit trail says so, with what is left.
    recordHistory(d, p.profile.ProfileId, { action: 'UPDATED', objectTypeName: type, content: p.profile, performedBy: SERVICE_PRINCIPAL }, now);
  }
  if (changed.length) profilesChanged(d, changed);
}

/** MergeProfiles: the merged profile's provenance moves to the main profile (so a later type delete still scrubs). */
export function moveProvenance(from: StoredProfile, to: StoredProfile): void {
  for (const [type, prov] of from.populatedBy ?? []) {
    const target = provenanceOf(to, type);
    for (const [path, value] of prov.fields) if (!target.fields.has(path)) target.fields.set(path, value);
    for (const [keyName, values] of prov.keys) target.keys.set(keyName, [...new Set([...(target.keys.get(keyName) ?? []), ...values])]);
  }
}
