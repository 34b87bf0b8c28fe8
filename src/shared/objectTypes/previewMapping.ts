// previewMapping: what an object type's Fields and Keys would make of one source object, before anything is
// sent (issue 11, "Test a mapping"). Pure and total: a bad sample or a bad object type yields problems, never
// a throw. The per-part rules and our readings of the reference live in sourcePath.ts (paths, arrays),
// contentTypes.ts (ContentType), profileTargets.ts (Targets) and identifiers.ts (StandardIdentifiers).
import * as l10n from '@vscode/l10n';
import { readContentType, scalarText, typedValue } from './contentTypes';
import { keySemantics } from './identifiers';
import { classifyTarget } from './profileTargets';
import { readSourcePath, sampleLeaves, SOURCE_PREFIX, sourcePathOf } from './sourcePath';
import type {
  CreationPreview, FieldPreview, KeyPreview, MappingPreview, ObjectTypeDefinition, ObjectTypeFieldDef, ProfileSearch,
} from './types';

const ATTRIBUTE_MAX = 255;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** AllowProfileCreation, default FALSE; the reference's example spells it "FALSE", so strings are read too. */
export function readAllowProfileCreation(raw: boolean | string | undefined): boolean {
  return typeof raw === 'string' ? raw.trim().toUpperCase() === 'TRUE' : raw === true;
}

/** Why the sample cannot be mapped, as one sentence per kind of value. */
function notAnObject(sample: unknown): string {
  if (Array.isArray(sample)) return l10n.t('The sample must be one JSON object; it is an array. Nothing can be mapped.');
  if (sample === null) return l10n.t('The sample must be one JSON object; it is null. Nothing can be mapped.');
  if (sample === undefined) return l10n.t('The sample must be one JSON object; it is nothing (no sample). Nothing can be mapped.');
  if (typeof sample === 'string') return l10n.t('The sample must be one JSON object; it is a string. Nothing can be mapped.');
  if (typeof sample === 'number') return l10n.t('The sample must be one JSON object; it is a number. Nothing can be mapped.');
  return l10n.t('The sample must be one JSON object; it is a {0}. Nothing can be mapped.', typeof sample);
}

export function previewMapping(objectType: ObjectTypeDefinition, sample: unknown): MappingPreview {
  const problems: string[] = [];
  const record: Record<string, unknown> = isRecord(sample) ? sample : {};
  if (!isRecord(sample)) problems.push(notAnObject(sample));
  const fieldDefs = Object.entries(objectType.Fields ?? {});
  if (fieldDefs.length === 0) {
    problems.push(objectType.TemplateId
      ? l10n.t('The object type has no {0}; its template {1} supplies them: preview with the template\'s {0}.', 'Fields', objectType.TemplateId)
      : l10n.t('The object type has no {0}: nothing from the sample reaches the profile.', 'Fields'));
  }
  const fields = fieldDefs.map(([name, def]) => previewField(name, def, record, isRecord(sample)));
  const keys = previewKeys(objectType, fields);

  const uniques = keys.filter((k) => k.standardIdentifiers.includes('UNIQUE'));
  if (uniques.length > 1) problems.push(l10n.t('Only one {0} key is allowed per object; {1} are all {0}.', 'UNIQUE', uniques.map((k) => k.keyName).join(', ')));
  const firstUnique = uniques.find((k) => k.value !== undefined);
  const uniqueKey = firstUnique?.value !== undefined ? { keyName: firstUnique.keyName, value: firstUnique.value } : undefined;
  if (uniques.length > 0 && !uniqueKey && isRecord(sample)) {
    problems.push(l10n.t('The {0} key {1} has no value in this sample: each ingestion of it would be a new object.', 'UNIQUE', uniques[0].keyName));
  }

  const searches = profileSearches(keys);
  const mapped = new Set(fieldDefs.map(([, d]) => (d.Source ? sourcePathOf(d.Source) : '')));
  const unmappedSourcePaths = isRecord(sample) ? sampleLeaves(record).map((l) => l.path).filter((p) => !mapped.has(p)) : [];
  const missingSourcePaths = isRecord(sample)
    ? [...new Set(fields.filter((f) => f.status === 'missing' && f.source !== '').map((f) => f.source))]
    : [];
  return {
    objectTypeName: objectType.ObjectTypeName,
    fields,
    keys,
    uniqueKey,
    searches,
    creation: creationPreview(readAllowProfileCreation(objectType.AllowProfileCreation), keys, searches, isRecord(sample)),
    unmappedSourcePaths,
    missingSourcePaths,
    sourceLastUpdatedTimestampFormat: objectType.SourceLastUpdatedTimestampFormat,
    problems,
  };
}

function previewField(fieldName: string, def: ObjectTypeFieldDef, sample: Record<string, unknown>, sampleOk: boolean): FieldPreview {
  const problems: string[] = [];
  const ct = readContentType(def.ContentType);
  if (ct.problem) problems.push(ct.problem);
  const target = classifyTarget(def.Target);
  if (target.problem) problems.push(target.problem);
  const source = def.Source ?? '';
  if (source === '') problems.push(l10n.t('the field has no {0}', 'Source'));
  else if (!source.startsWith(SOURCE_PREFIX)) problems.push(l10n.t('{0} {1} does not start with {2}; read as a path of the sample', 'Source', source, SOURCE_PREFIX));
  const base = { fieldName, source, target: def.Target ?? '', targetKind: target.kind, profileAttribute: target.profileAttribute, contentType: ct.type };
  const read = source === '' || !sampleOk ? { found: false as const } : readSourcePath(sample, source);
  if (!read.found) {
    if (read.reason) problems.push(read.reason);
    return { ...base, status: 'missing', problems };
  }
  if (read.value === null) return { ...base, status: 'null', problems };
  const text = scalarText(read.value);
  if (text === undefined) {
    problems.push(Array.isArray(read.value)
      ? l10n.t('{0} holds an array; only a scalar value is written', source)
      : l10n.t('{0} holds an object; only a scalar value is written', source));
    return { ...base, status: 'notScalar', problems };
  }
  if (text.trim() === '') return { ...base, status: 'empty', problems };
  const typed = typedValue(ct.type, text);
  if (typed.problem) problems.push(typed.problem);
  // The Profile shape limits Attributes keys and values to 255 characters (the sandbox truncates the value).
  if (target.kind === 'attribute' && text.length > ATTRIBUTE_MAX) problems.push(l10n.t('the value has {0} characters; profile {1} values are limited to {2}', text.length, 'Attributes', ATTRIBUTE_MAX));
  if (target.kind === 'attribute' && (target.profileAttribute ?? '').length - 'Attributes.'.length > ATTRIBUTE_MAX) problems.push(l10n.t('the attribute name is longer than {0} characters', ATTRIBUTE_MAX));
  return { ...base, status: 'written', value: typed.value, comparedAs: typed.comparedAs, problems };
}

function previewKeys(objectType: ObjectTypeDefinition, fields: readonly FieldPreview[]): KeyPreview[] {
  const out: KeyPreview[] = [];
  for (const [keyName, defs] of Object.entries(objectType.Keys ?? {})) {
    for (const def of defs) {
      const ids = def.StandardIdentifiers ?? [];
      const fieldNames = def.FieldNames ?? [];
      const sem = keySemantics(ids);
      const problems = [...sem.problems];
      if (fieldNames.length === 0) problems.push(l10n.t('the key names no {0}', 'FieldNames'));
      const missingFields: string[] = [];
      const parts: string[] = [];
      for (const fn of fieldNames) {
        const f = fields.find((x) => x.fieldName === fn);
        if (!f) {
          problems.push(l10n.t('{0} {1} is not one of the object type\'s {2}', 'FieldName', fn, 'Fields'));
          missingFields.push(fn);
        } else if (f.status !== 'written' || f.value === undefined) {
          missingFields.push(fn);
        } else {
          parts.push(f.value);
        }
      }
      const value = fieldNames.length > 0 && missingFields.length === 0 ? parts.join('_') : undefined;
      out.push({
        keyName, standardIdentifiers: ids, fieldNames, value, missingFields, meaning: sem.meaning,
        storedOnAttach: sem.storedOnAttach, storedOnCreate: sem.storedOnCreate, problems,
      });
    }
  }
  return out;
}

/** One search per profile-matching key with a value: the non-SECONDARY ones first, then the SECONDARY ones. */
function profileSearches(keys: readonly KeyPreview[]): ProfileSearch[] {
  const searching = keys.filter((k) => keySemantics(k.standardIdentifiers).searchesProfile && k.value !== undefined);
  const rows = searching.map((k) => ({ keyName: k.keyName, value: k.value as string, secondary: k.standardIdentifiers.includes('SECONDARY') }));
  return [...rows.filter((r) => !r.secondary), ...rows.filter((r) => r.secondary)];
}

function creationPreview(allow: boolean, keys: readonly KeyPreview[], searches: readonly ProfileSearch[], sampleOk: boolean): CreationPreview {
  const allowProfileCreation = allow;
  if (!sampleOk) return { allowProfileCreation, outcome: 'noProfile', explanation: l10n.t('The sample is not an object: nothing would be ingested.') };
  const profileKeys = keys.filter((k) => keySemantics(k.standardIdentifiers).searchesProfile);
  if (searches.length > 0) {
    const list = searches.map((s) => `${s.keyName} = ${s.value}`).reduce((a, b) => l10n.t('{0}, then {1}', a, b));
    return allow
      ? { allowProfileCreation, outcome: 'attachOrCreate', explanation: l10n.t('Attaches to the profile found by {0}; if none is found, {1} is {2}, so a new profile is created.', list, 'AllowProfileCreation', 'TRUE') }
      : { allowProfileCreation, outcome: 'attachOnly', explanation: l10n.t('Attaches to the profile found by {0}; if none is found, {1} is {2}, so no profile is created and the object is not associated with one.', list, 'AllowProfileCreation', 'FALSE') };
  }
  const why = profileKeys.length === 0 ? l10n.t('the object type has no {0} key', 'PROFILE') : l10n.t('no {0} key has a value in this sample ({1})', 'PROFILE', profileKeys.map((k) => k.keyName).join(', '));
  return allow
    ? { allowProfileCreation, outcome: 'createOnly', explanation: l10n.t('Nothing to search with ({0}): every ingestion creates a new profile ({1} is {2}).', why, 'AllowProfileCreation', 'TRUE') }
    : { allowProfileCreation, outcome: 'noProfile', explanation: l10n.t('Nothing to search with ({0}) and {1} is {2}: the object cannot reach a profile.', why, 'AllowProfileCreation', 'FALSE') };
}
