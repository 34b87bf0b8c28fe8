// THE DRIFT TEST: the committed schemas must name exactly the members the installed SDK client knows
// (recursively), with the same kind and required-ness, except the documented URI-label exclusions. An SDK
// upgrade that adds, drops or renames a member fails here until `npm run schemas` is rerun on a newer model.
import * as assert from 'assert';
import createSchema from '../../../src/schemas/domain-create.schema.json';
import updateSchema from '../../../src/schemas/domain-update.schema.json';
import objectTypeSchema from '../../../src/schemas/object-type.schema.json';
import operationsFile from '../../../src/schemas/operations.schema.json';
import profileSchema from '../../../src/schemas/profile-update.schema.json';
import type { JsonSchema } from '../../../generators/schemas/jsonSchema';
import { READ_ONLY_DOMAIN_MEMBERS } from '../../../src/host/domainJson/editableDomain';
import { PROFILE_MEMBERS } from '../../../src/host/domainJson/editableProfile';
import { ShapeReading, loadSdkSchemas, readSdkShape } from './sdkShapes';
import { readSchemaPaths } from './schemaPaths';

/** Members that travel in the URI, not in the document body: deliberately absent from the document schemas. */
const URI_LABELS: Record<string, readonly string[]> = {
  CreateDomainRequest: ['DomainName'],
  UpdateDomainRequest: ['DomainName'],
  PutProfileObjectTypeRequest: ['DomainName', 'ObjectTypeName'],
  // ProfileId is a body member, but the document's path names the profile (profiles/<id>.json).
  UpdateProfileRequest: ['DomainName', 'ProfileId'],
};

function drift(sdk: ShapeReading, schema: ShapeReading, excluded: readonly string[]): string[] {
  const problems: string[] = [];
  const isExcluded = (p: string): boolean => excluded.some((e) => p === e || p.startsWith(`${e}.`));
  for (const [path, kind] of sdk.members) {
    if (isExcluded(path)) continue;
    const ours = schema.members.get(path);
    if (ours === undefined) problems.push(`schema lacks SDK member ${path}`);
    else if (ours !== kind) problems.push(`${path}: SDK ${kind}, schema ${ours}`);
    else if (sdk.required.has(path) !== schema.required.has(path)) problems.push(`${path}: required-ness differs`);
  }
  for (const path of schema.members.keys()) if (!sdk.members.has(path)) problems.push(`SDK lacks schema member ${path}`);
  for (const path of excluded) if (schema.members.has(path)) problems.push(`${path} should be excluded (URI label)`);
  return problems;
}

const schemas = loadSdkSchemas();
const documentCases: Array<[string, string, JsonSchema]> = [
  ['domain-create.schema.json', 'CreateDomainRequest', createSchema as JsonSchema],
  ['domain-update.schema.json', 'UpdateDomainRequest', updateSchema as JsonSchema],
  ['object-type.schema.json', 'PutProfileObjectTypeRequest', objectTypeSchema as JsonSchema],
  ['profile-update.schema.json', 'UpdateProfileRequest', profileSchema as JsonSchema],
];

describe('drift: generated schemas vs the installed SDK client shapes', () => {
  for (const [file, shape, schema] of documentCases) {
    it(`${file} has exactly the members of the SDK's ${shape} (minus URI labels)`, () => {
      const sdk = readSdkShape(shape, schemas);
      assert.ok(sdk.members.size > 5, `read too few SDK members for ${shape}: ${sdk.members.size}`);
      assert.deepStrictEqual(drift(sdk, readSchemaPaths(schema), URI_LABELS[shape]), []);
    });
  }

  const ops = operationsFile as unknown as { operations: Record<string, JsonSchema>; definitions: Record<string, JsonSchema> };
  it('operations.schema.json: every operation input matches the SDK (URI and query members included)', () => {
    const problems: string[] = [];
    for (const [op, input] of Object.entries(ops.operations)) {
      const sdk = readSdkShape(`${op}Request`, schemas);
      const ours = readSchemaPaths({ ...input, definitions: ops.definitions });
      problems.push(...drift(sdk, ours, []).map((p) => `${op}: ${p}`));
    }
    assert.deepStrictEqual(problems, []);
  });

  it('detects drift both ways (a member missing from the schema, an extra member in it)', () => {
    const sdk = readSdkShape('UpdateDomainRequest', schemas);
    const base = readSchemaPaths(updateSchema as JsonSchema);
    const missing = readSchemaPaths(updateSchema as JsonSchema);
    missing.members.delete('Matching.JobSchedule.Time');
    assert.deepStrictEqual(drift(sdk, missing, ['DomainName']), ['schema lacks SDK member Matching.JobSchedule.Time']);
    const extra = readSchemaPaths(updateSchema as JsonSchema);
    extra.members.set('Matching.Frequency', 'scalar');
    assert.deepStrictEqual(drift(sdk, extra, ['DomainName']), ['SDK lacks schema member Matching.Frequency']);
    assert.deepStrictEqual(drift(sdk, base, ['DomainName']), []);
  });

  it('the editable domain leaves out exactly what GetDomain returns and UpdateDomain cannot set', () => {
    const response = readSdkShape('GetDomainResponse', schemas);
    const body = readSchemaPaths(updateSchema as JsonSchema);
    const readOnly = [...response.members.keys()].filter((p) => !body.members.has(p));
    const topMost = readOnly.filter((p) => !readOnly.some((q) => p.startsWith(`${q}.`)));
    assert.deepStrictEqual(topMost.sort(), [...READ_ONLY_DOMAIN_MEMBERS].sort());
  });

  it('no timestamp is editable: every GetDomain timestamp is read-only', () => {
    const response = readSdkShape('GetDomainResponse', schemas);
    const update = readSdkShape('UpdateDomainRequest', schemas);
    assert.deepStrictEqual([...update.timestamps], []);
    assert.deepStrictEqual([...response.timestamps].sort(), ['CreatedAt', 'LastUpdatedAt']);
  });

  it('the profile document holds exactly the UpdateProfile body members (PROFILE_MEMBERS, in the model order)', () => {
    assert.deepStrictEqual([...PROFILE_MEMBERS], Object.keys((profileSchema as JsonSchema).properties ?? {}));
  });

  it('the editable profile leaves out only what a SearchProfiles item has and UpdateProfile cannot set', () => {
    const item = readSdkShape('Profile', schemas);
    const top = (paths: Iterable<string>): string[] => [...new Set([...paths].map((p) => p.split(/[.[{]/)[0]))];
    const body = new Set(top(readSchemaPaths(profileSchema as JsonSchema).members.keys()));
    assert.deepStrictEqual(top(item.members.keys()).filter((m) => !body.has(m)).sort(), ['FoundByItems', 'ProfileId']);
  });
});
