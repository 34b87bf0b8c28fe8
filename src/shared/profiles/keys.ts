// The profile's keys, derived (there is no GetProfileKeys API): each of the profile's objects through its object
// type's Keys with the pure mapper (previewMapping), keeping the keys the service stores on the profile, plus the
// keys ADDED_PROFILE_KEY history records name. Every row says how it was found, so nobody mistakes a derivation
// for the service's own list (a key removed with DeleteProfileKey, or one a deleted object type had, can differ).
import * as l10n from '@vscode/l10n';
import { previewMapping } from '../objectTypes/previewMapping';
import type { ObjectTypeDefinition } from '../objectTypes/types';
import type { KeyRow } from './presentation';

export interface ProfileObjectInput {
  readonly objectTypeName: string;
  readonly uniqueKey: string;
  /** The object's JSON text as ListProfileObjects returns it. */
  readonly objectText: string;
}

export interface AddedKeyRecord {
  /** ISO time of the record. */
  readonly time: string;
  /** GetProfileHistoryRecord Content: {KeyName, Values}. */
  readonly content: string;
}

/** How the keys section came about (capped: how far the reading went, when it stopped early). */
export function keyDerivationNote(capped?: { objects: number; records: number }): string {
  const note = l10n.t('Derived, not read: there is no API that lists a profile\'s keys. Each object was put through its object type\'s {0} (the keys the service stores on the profile), and {1} history records were read.', 'Keys', 'ADDED_PROFILE_KEY');
  return capped ? `${note} ${l10n.t('Only the first {0} objects per type and {1} key records were read.', capped.objects, capped.records)}` : note;
}

export function deriveProfileKeys(
  objectTypes: readonly ObjectTypeDefinition[],
  objects: readonly ProfileObjectInput[],
  added: readonly AddedKeyRecord[],
): KeyRow[] {
  const rows = new Map<string, { keyName: string; value: string; from: string[] }>();
  const add = (keyName: string, value: string, from: string): void => {
    const id = `${keyName}\u0000${value}`;
    const row = rows.get(id) ?? { keyName, value, from: [] };
    if (!row.from.includes(from)) row.from.push(from);
    rows.set(id, row);
  };
  const types = new Map(objectTypes.filter((t) => t.ObjectTypeName).map((t) => [t.ObjectTypeName!, t]));
  for (const o of objects) {
    const type = types.get(o.objectTypeName);
    if (!type) continue;
    let sample: unknown;
    try { sample = JSON.parse(o.objectText); } catch { continue; }
    for (const key of previewMapping(type, sample).keys) {
      if (key.value === undefined || !key.storedOnCreate) continue;
      const ids = key.standardIdentifiers.join(', ');
      const object = o.uniqueKey || l10n.t('(no unique key)');
      add(key.keyName, key.value, key.storedOnAttach
        ? l10n.t('object type {0} key [{1}] applied to object {2}', o.objectTypeName, ids, object)
        : l10n.t('object type {0} key [{1}] applied to object {2} (stored only if this object created the profile)', o.objectTypeName, ids, object));
    }
  }
  for (const r of added) {
    let v: unknown;
    try { v = JSON.parse(r.content); } catch { continue; }
    const { KeyName, Values } = (v ?? {}) as { KeyName?: unknown; Values?: unknown };
    if (typeof KeyName !== 'string' || !Array.isArray(Values)) continue;
    for (const value of Values) if (typeof value === 'string') add(KeyName, value, r.time ? l10n.t('{0} record at {1}', 'ADDED_PROFILE_KEY', r.time) : l10n.t('{0} record', 'ADDED_PROFILE_KEY'));
  }
  return [...rows.values()]
    .sort((a, b) => a.keyName.localeCompare(b.keyName) || a.value.localeCompare(b.value))
    .map((r) => ({ keyName: r.keyName, value: r.value, derivedFrom: r.from.join('; ') }));
}

/** The key names Add Key offers: the domain's object types' keys, then the standard ones (unique, sorted). */
export const STANDARD_PROFILE_KEYS = ['_account', '_email', '_fullName', '_phone', '_profileId'] as const;

export function addKeyChoices(objectTypes: readonly ObjectTypeDefinition[]): string[] {
  const fromTypes = new Set<string>();
  for (const t of objectTypes) for (const k of Object.keys(t.Keys ?? {})) fromTypes.add(k);
  const standard = STANDARD_PROFILE_KEYS.filter((k) => !fromTypes.has(k));
  return [...[...fromTypes].sort(), ...standard];
}
