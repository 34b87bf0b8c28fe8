// previewMapping: what an object type's Fields and Keys would make of one source object, before anything is
// sent (issue 11, "Test a mapping"). Pure and total: a bad sample or a bad object type yields problems, never
// a throw. The per-part rules and our readings of the reference live in sourcePath.ts (paths, arrays),
// contentTypes.ts (ContentType), profileTargets.ts (Targets) and identifiers.ts (StandardIdentifiers).
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

function describeSample(sample: unknown): string {
  if (Array.isArray(sample)) return 'an array';
  if (sample === null) return 'null';
  if (sample === undefined) return 'nothing (no sample)';
  return `a ${typeof sample}`;
}

export function previewMapping(objectType: ObjectTypeDefinition, sample: unknown): MappingPreview {
  const problems: string[] = [];
  const record: Record<string, unknown> = isRecord(sample) ? sample : {};
  if (!isRecord(sample)) problems.push(`The sample must be one JSON object; it is ${describeSample(sample)}. Nothing can be mapped.`);
  const fieldDefs = Object.entries(objectType.Fields ?? {});
  if (fieldDefs.length === 0) {
    problems.push(objectType.TemplateId
      ? `The object type has no Fields; its template ${objectType.TemplateId} supplies them: preview with the template's Fields.`
      : 'The object type has no Fields: nothing from the sample reaches the profile.');
  }
  const fields = fieldDefs.map(([name, def]) => previewField(name, def, record, isRecord(sample)));
  const keys = previewKeys(objectType, fields);

  const uniques = keys.filter((k) => k.standardIdentifiers.includes('UNIQUE'));
  if (uniques.length > 1) problems.push(`Only one UNIQUE key is allowed per object; ${uniques.map((k) => k.keyName).join(', ')} are all UNIQUE.`);
  const firstUnique = uniques.find((k) => k.value !== undefined);
  const uniqueKey = firstUnique?.value !== undefined ? { keyName: firstUnique.keyName, value: firstUnique.value } : undefined;
  if (uniques.length > 0 && !uniqueKey && isRecord(sample)) {
    problems.push(`The UNIQUE key ${uniques[0].keyName} has no value in this sample: each ingestion of it would be a new object.`);
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
  if (source === '') problems.push('the field has no Source');
  else if (!source.startsWith(SOURCE_PREFIX)) problems.push(`Source ${source} does not start with ${SOURCE_PREFIX}; read as a path of the sample`);
  const base = { fieldName, source, target: def.Target ?? '', targetKind: target.kind, profileAttribute: target.profileAttribute, contentType: ct.type };
  const read = source === '' || !sampleOk ? { found: false as const } : readSourcePath(sample, source);
  if (!read.found) {
    if (read.reason) problems.push(read.reason);
    return { ...base, status: 'missing', problems };
  }
  if (read.value === null) return { ...base, status: 'null', problems };
  const text = scalarText(read.value);
  if (text === undefined) {
    problems.push(`${source} holds ${Array.isArray(read.value) ? 'an array' : 'an object'}; only a scalar value is written`);
    return { ...base, status: 'notScalar', problems };
  }
  if (text.trim() === '') return { ...base, status: 'empty', problems };
  const typed = typedValue(ct.type, text);
  if (typed.problem) problems.push(typed.problem);
  // The Profile shape limits Attributes keys and values to 255 characters (the sandbox truncates the value).
  if (target.kind === 'attribute' && text.length > ATTRIBUTE_MAX) problems.push(`the value has ${text.length} characters; profile Attributes values are limited to ${ATTRIBUTE_MAX}`);
  if (target.kind === 'attribute' && (target.profileAttribute ?? '').length - 'Attributes.'.length > ATTRIBUTE_MAX) problems.push(`the attribute name is longer than ${ATTRIBUTE_MAX} characters`);
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
      if (fieldNames.length === 0) problems.push('the key names no FieldNames');
      const missingFields: string[] = [];
      const parts: string[] = [];
      for (const fn of fieldNames) {
        const f = fields.find((x) => x.fieldName === fn);
        if (!f) {
          problems.push(`FieldName ${fn} is not one of the object type's Fields`);
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
  if (!sampleOk) return { allowProfileCreation, outcome: 'noProfile', explanation: 'The sample is not an object: nothing would be ingested.' };
  const profileKeys = keys.filter((k) => keySemantics(k.standardIdentifiers).searchesProfile);
  if (searches.length > 0) {
    const list = searches.map((s) => `${s.keyName} = ${s.value}`).join(', then ');
    return allow
      ? { allowProfileCreation, outcome: 'attachOrCreate', explanation: `Attaches to the profile found by ${list}; if none is found, AllowProfileCreation is TRUE, so a new profile is created.` }
      : { allowProfileCreation, outcome: 'attachOnly', explanation: `Attaches to the profile found by ${list}; if none is found, AllowProfileCreation is FALSE, so no profile is created and the object is not associated with one.` };
  }
  const why = profileKeys.length === 0 ? 'the object type has no PROFILE key' : `no PROFILE key has a value in this sample (${profileKeys.map((k) => k.keyName).join(', ')})`;
  return allow
    ? { allowProfileCreation, outcome: 'createOnly', explanation: `Nothing to search with (${why}): every ingestion creates a new profile (AllowProfileCreation is TRUE).` }
    : { allowProfileCreation, outcome: 'noProfile', explanation: `Nothing to search with (${why}) and AllowProfileCreation is FALSE: the object cannot reach a profile.` };
}
