// The committed schemas enforce the model's constraints (ajv, strict mode, draft-07 + markdownDescription).
import * as assert from 'assert';
import createSchema from '../../../src/schemas/domain-create.schema.json';
import updateSchema from '../../../src/schemas/domain-update.schema.json';
import objectTypeSchema from '../../../src/schemas/object-type.schema.json';
import { createAjv } from '../../../src/schemas/createAjv';

const ajv = createAjv({ allErrors: true });
const validateUpdate = ajv.compile(updateSchema);
const validateCreate = ajv.compile(createSchema);
const validateObjectType = ajv.compile(objectTypeSchema);

const schedule = (DayOfTheWeek: unknown, Time: unknown): object => ({ Matching: { Enabled: true, JobSchedule: { DayOfTheWeek, Time } } });
const consolidation = (list: unknown): object => ({
  Matching: { Enabled: true, AutoMerging: { Enabled: true, Consolidation: { MatchingAttributesList: list } } },
});
const attrs = (n: number): string[] => Array.from({ length: n }, (_, i) => `Attr${i}`);

// [name, document, valid?, expected failing keyword at instancePath]
const updateCases: Array<[string, object, boolean, string?]> = [
  ['empty document (UpdateDomain requires nothing in the body)', {}, true],
  ['every day of the week is accepted', schedule('SUNDAY', '0:00'), true],
  ['DayOfTheWeek outside the enum', schedule('FUNDAY', '3:00'), false, 'enum /Matching/JobSchedule/DayOfTheWeek'],
  ['DayOfTheWeek is case-sensitive', schedule('monday', '3:00'), false, 'enum /Matching/JobSchedule/DayOfTheWeek'],
  ['Time H:MM', schedule('MONDAY', '7:05'), true],
  ['Time HH:MM', schedule('MONDAY', '23:59'), true],
  ['Time hour 24 rejected', schedule('MONDAY', '24:00'), false, 'pattern /Matching/JobSchedule/Time'],
  ['Time minutes 60 rejected', schedule('MONDAY', '12:60'), false, 'pattern /Matching/JobSchedule/Time'],
  ['Time without colon rejected', schedule('MONDAY', '1200'), false, 'pattern /Matching/JobSchedule/Time'],
  ['Time too long', schedule('MONDAY', '012:00'), false, 'maxLength /Matching/JobSchedule/Time'],
  ['JobSchedule requires Time', { Matching: { Enabled: true, JobSchedule: { DayOfTheWeek: 'MONDAY' } } }, false, 'required /Matching/JobSchedule'],
  ['DefaultExpirationDays 1', { DefaultExpirationDays: 1 }, true],
  ['DefaultExpirationDays 1098', { DefaultExpirationDays: 1098 }, true],
  ['DefaultExpirationDays 0', { DefaultExpirationDays: 0 }, false, 'minimum /DefaultExpirationDays'],
  ['DefaultExpirationDays 1099', { DefaultExpirationDays: 1099 }, false, 'maximum /DefaultExpirationDays'],
  ['DefaultExpirationDays must be an integer', { DefaultExpirationDays: 3.5 }, false, 'type /DefaultExpirationDays'],
  ['MatchingAttributesList 1 x 1', consolidation([['Email']]), true],
  ['MatchingAttributesList 10 lists of 20', consolidation(Array.from({ length: 10 }, () => attrs(20))), true],
  ['MatchingAttributesList empty', consolidation([]), false, 'minItems /Matching/AutoMerging/Consolidation/MatchingAttributesList'],
  ['MatchingAttributesList 11 lists', consolidation(Array.from({ length: 11 }, () => ['Email'])), false, 'maxItems /Matching/AutoMerging/Consolidation/MatchingAttributesList'],
  ['MatchingAttributes 21 items', consolidation([attrs(21)]), false, 'maxItems /Matching/AutoMerging/Consolidation/MatchingAttributesList/0'],
  ['MatchingAttributes empty inner list', consolidation([[]]), false, 'minItems /Matching/AutoMerging/Consolidation/MatchingAttributesList/0'],
  ['MatchingAttributes empty string', consolidation([['']]), false, 'minLength /Matching/AutoMerging/Consolidation/MatchingAttributesList/0/0'],
  ['Matching.Enabled required', { Matching: { JobSchedule: { DayOfTheWeek: 'MONDAY', Time: '1:00' } } }, false, 'required /Matching'],
  ['unknown top-level member', { Stats: { ProfileCount: 1 } }, false, 'additionalProperties '],
  ['unknown nested member', { Matching: { Enabled: true, Frequency: 'WEEKLY' } }, false, 'additionalProperties /Matching'],
  ['DomainName is not a body member', { DomainName: 'x' }, false, 'additionalProperties '],
  ['RuleBasedMatching.Status is read-only', { RuleBasedMatching: { Enabled: true, Status: 'ACTIVE' } }, false, 'additionalProperties /RuleBasedMatching'],
  ['MinAllowedConfidenceScoreForMerging 0..1', { Matching: { Enabled: true, AutoMerging: { Enabled: true, MinAllowedConfidenceScoreForMerging: 1.5 } } }, false, 'maximum /Matching/AutoMerging/MinAllowedConfidenceScoreForMerging'],
  ['ConflictResolution via $ref: enum enforced', { Matching: { Enabled: true, AutoMerging: { Enabled: true, ConflictResolution: { ConflictResolvingModel: 'OLDEST' } } } }, false, 'enum /Matching/AutoMerging/ConflictResolution/ConflictResolvingModel'],
  ['S3BucketName pattern', { Matching: { Enabled: true, ExportingConfig: { S3Exporting: { S3BucketName: 'Upper_Case' } } } }, false, 'pattern /Matching/ExportingConfig/S3Exporting/S3BucketName'],
  ['tag key must not start with aws:', { Tags: { 'aws:owner': 'me' } }, false, 'pattern /Tags'],
  ['tag value at most 256', { Tags: { owner: 'x'.repeat(257) } }, false, 'maxLength /Tags/owner'],
  ['Tags needs at least one entry', { Tags: {} }, false, 'minProperties /Tags'],
  ['DeadLetterQueueUrl "" (clears it) is valid', { DeadLetterQueueUrl: '' }, true],
];

function firstProblems(errors: typeof validateUpdate.errors): string[] {
  return (errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
}

describe('schema constraints: domain-update.schema.json', () => {
  for (const [name, doc, valid, expected] of updateCases) {
    it(name, () => {
      const ok = validateUpdate(doc);
      assert.strictEqual(ok, valid, JSON.stringify(validateUpdate.errors));
      if (expected) assert.ok(firstProblems(validateUpdate.errors).includes(expected), `${expected} not in ${firstProblems(validateUpdate.errors).join('; ')}`);
    });
  }
});

describe('schema constraints: domain-create.schema.json and object-type.schema.json', () => {
  const cases: Array<[string, (d: unknown) => boolean, object, boolean]> = [
    ['CreateDomain requires DefaultExpirationDays', validateCreate, {}, false],
    ['CreateDomain minimal', validateCreate, { DefaultExpirationDays: 366 }, true],
    ['CreateDomain with matching on a schedule', validateCreate, { DefaultExpirationDays: 366, ...schedule('SATURDAY', '2:30') }, true],
    ['object type requires Description', validateObjectType, { Fields: {} }, false],
    ['object type with fields and keys', validateObjectType, {
      Description: 'Orders', AllowProfileCreation: true,
      Fields: { email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' } },
      Keys: { email: [{ StandardIdentifiers: ['PROFILE', 'UNIQUE'], FieldNames: ['email'] }] },
    }, true],
    ['object type field ContentType enum', validateObjectType, { Description: 'x', Fields: { a: { ContentType: 'DATE' } } }, false],
    ['object type field name pattern', validateObjectType, { Description: 'x', Fields: { 'bad name': { Source: 's' } } }, false],
    ['object type StandardIdentifier enum', validateObjectType, { Description: 'x', Keys: { k: [{ StandardIdentifiers: ['PRIMARY'] }] } }, false],
    ['ObjectTypeName is the URI label, not a body member', validateObjectType, { Description: 'x', ObjectTypeName: 'Orders' }, false],
  ];
  for (const [name, validate, doc, valid] of cases) it(name, () => assert.strictEqual(validate(doc), valid));

  it('every schema is draft-07 with $id, title and hover docs', () => {
    for (const schema of [createSchema, updateSchema, objectTypeSchema]) {
      assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.match(schema.$id, /\.schema\.json$/);
      assert.ok(schema.title.length > 0);
      assert.ok(!/<[a-z]+>/.test(JSON.stringify(schema).replace(/"markdownDescription": ?"[^"]*"/g, '')), 'HTML left in a description');
    }
    assert.match(updateSchema.properties.Matching.properties.JobSchedule.properties.DayOfTheWeek.markdownDescription, /Identity Resolution Job/);
  });
});
