// Profile objects and object types: how an object's fields map onto the standard profile (Fields
// Source -> Target) and which profile keys it carries (Keys with PROFILE / UNIQUE / LOOKUP_ONLY ...).
// Shared by PutProfileObject and the demo data builder.
import type { ProfileRecord } from '../../shared/profile';
import { badRequest } from '../errors';
import { newId } from '../ids';
import type { ObjectTypeTemplate } from '../templates';
import { recordHistory, recordIngested } from './history';
import { profilesChanged } from './profileEvents';
import type { DomainState, ObjectTypeState, StoredProfile } from './types';

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

/** Applies the object type's `_profile.*` targets to a profile (object values overwrite). */
export function applyFieldMappings(ot: ObjectTypeState, obj: Record<string, unknown>, profile: ProfileRecord): ProfileRecord {
  const next = structuredClone(profile) as unknown as Record<string, unknown>;
  for (const field of Object.values(ot.Fields ?? {})) {
    if (!field.Source || !field.Target?.startsWith('_profile.')) continue;
    const value = asText(readSource(obj, field.Source));
    if (value === undefined) continue;
    const [member, sub] = field.Target.slice('_profile.'.length).split(/\.(.*)/s);
    if (member === 'ProfileId') continue;
    if (member === 'Attributes' && sub) {
      const attrs = (next.Attributes as Record<string, string> | undefined) ?? {};
      Object.defineProperty(attrs, sub, { value: value.slice(0, 255), enumerable: true, writable: true, configurable: true });
      next.Attributes = attrs;
    } else if (ADDRESS_TARGETS.has(member) && sub) {
      const addr = (next[member] as Record<string, string> | undefined) ?? {};
      addr[sub] = value;
      next[member] = addr;
    } else if (!sub) {
      next[member] = value;
    }
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

/** Attaches an object to a profile and records its profile keys (all but LOOKUP_ONLY). */
export function attachObject(p: StoredProfile, ot: ObjectTypeState, obj: Record<string, unknown>, text: string, uniqueKey: string): void {
  for (const k of objectKeyValues(ot, obj)) if (!k.identifiers.includes('LOOKUP_ONLY')) addProfileKey(p, k.keyName, [k.value]);
  const byKey = p.objects.get(ot.ObjectTypeName) ?? new Map();
  byKey.set(uniqueKey, { ObjectTypeName: ot.ObjectTypeName, ProfileObjectUniqueKey: uniqueKey, Object: text, ProfileId: p.profile.ProfileId });
  p.objects.set(ot.ObjectTypeName, byKey);
  if (!p.sourceObjectTypes.includes(ot.ObjectTypeName)) p.sourceObjectTypes.push(ot.ObjectTypeName);
}

function findProfileByKey(d: DomainState, keyName: string, value: string): StoredProfile | undefined {
  if (keyName === '_profileId') return d.profiles.get(value);
  for (const p of d.profiles.values()) if (p.keys.get(keyName)?.includes(value)) return p;
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
  target.profile = { ...applyFieldMappings(ot, record, target.profile), ProfileId: target.profile.ProfileId };
  target.lastUpdatedAt = now;
  attachObject(target, ot, record, text, uniqueKey);
  recordIngested(d, target.profile.ProfileId, ot.ObjectTypeName, uniqueKey, text, now);
  profilesChanged(d, [target.profile.ProfileId]);
  return uniqueKey;
}
