// The sandbox's request validator: BadRequestException messages in the service's style, naming the member path.
import * as assert from 'assert';
import { validateOperationInput } from '../../../src/sandbox/validation/validateOperationInput';
import { SANDBOX_OPERATIONS } from '../../../generators/schemas/operationsSchema';

const PID = '0123456789abcdef0123456789abcdef';
const ARN = 'arn:aws:profile:us-east-1:123456789012:domains/demo-retail';
const E = '1 validation error detected: ';

const cases: Array<[string, string, Record<string, unknown>, string | undefined]> = [
  ['valid CreateDomain', 'CreateDomain', { DomainName: 'demo', DefaultExpirationDays: 366 }, undefined],
  ['valid GetMatches with coerced MaxResults', 'GetMatches', { DomainName: 'demo', MaxResults: 100, NextToken: 'abc' }, undefined],
  ['valid UntagResource (tagKeys as array)', 'UntagResource', { resourceArn: ARN, tagKeys: ['env'] }, undefined],
  ['valid MergeProfiles', 'MergeProfiles', { DomainName: 'demo', MainProfileId: PID, ProfileIdsToBeMerged: [PID.replace('0', '1')] }, undefined],
  ['enum, nested', 'UpdateDomain', { DomainName: 'demo', Matching: { Enabled: true, JobSchedule: { DayOfTheWeek: 'FUNDAY', Time: '3:00' } } },
    `${E}Value 'FUNDAY' at 'Matching.JobSchedule.DayOfTheWeek' failed to satisfy constraint: Member must satisfy enum value set: [SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY]`],
  ['max length of a URI label', 'GetDomain', { DomainName: 'd'.repeat(65) },
    `${E}Value '${'d'.repeat(65)}' at 'DomainName' failed to satisfy constraint: Member must have length less than or equal to 64`],
  ['pattern', 'CreateDomain', { DomainName: 'my domain', DefaultExpirationDays: 1 },
    `${E}Value 'my domain' at 'DomainName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$`],
  ['required top-level', 'CreateDomain', { DomainName: 'demo' },
    `${E}Value null at 'DefaultExpirationDays' failed to satisfy constraint: Member must not be null`],
  ['required nested', 'UpdateDomain', { DomainName: 'demo', Matching: {} },
    `${E}Value null at 'Matching.Enabled' failed to satisfy constraint: Member must not be null`],
  ['unknown nested member', 'UpdateDomain', { DomainName: 'demo', Matching: { Enabled: true, Foo: 1 } }, `Unknown member 'Foo' at 'Matching'`],
  ['unknown top-level member', 'GetDomain', { DomainName: 'demo', Foo: 1 }, `Unknown member 'Foo'`],
  ['range maximum', 'GetMatches', { DomainName: 'demo', MaxResults: 101 },
    `${E}Value '101' at 'MaxResults' failed to satisfy constraint: Member must have value less than or equal to 100`],
  ['range minimum', 'ListDomains', { MaxResults: 0 },
    `${E}Value '0' at 'MaxResults' failed to satisfy constraint: Member must have value greater than or equal to 1`],
  ['integer shapes reject an uncoerced query string', 'GetMatches', { DomainName: 'demo', MaxResults: '5' },
    `${E}Value '5' at 'MaxResults' failed to satisfy constraint: Member must be of type integer`],
  ['integer shapes reject fractions', 'ListDomains', { MaxResults: 2.5 },
    `${E}Value '2.5' at 'MaxResults' failed to satisfy constraint: Member must be of type integer`],
  ['list item path', 'MergeProfiles', { DomainName: 'demo', MainProfileId: PID, ProfileIdsToBeMerged: [PID, 'nope'] },
    `${E}Value 'nope' at 'ProfileIdsToBeMerged[1]' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-f0-9]{32}`],
  ['list length', 'MergeProfiles', { DomainName: 'demo', MainProfileId: PID, ProfileIdsToBeMerged: [] },
    `${E}Value at 'ProfileIdsToBeMerged' failed to satisfy constraint: Member must have length greater than or equal to 1`],
  ['map key constraint', 'TagResource', { resourceArn: ARN, tags: { 'aws:team': 'x' } },
    `${E}Value 'aws:team' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]`],
  ['map value path', 'TagResource', { resourceArn: ARN, tags: { team: 'x'.repeat(257) } },
    `${E}Value '${'x'.repeat(100)}...' at 'tags.team' failed to satisfy constraint: Member must have length less than or equal to 256`],
  ['double range', 'GetAutoMergingPreview', { DomainName: 'demo', Consolidation: { MatchingAttributesList: [['Email']] }, ConflictResolution: { ConflictResolvingModel: 'RECENCY' }, MinAllowedConfidenceScoreForMerging: 2 },
    `${E}Value '2' at 'MinAllowedConfidenceScoreForMerging' failed to satisfy constraint: Member must have value less than or equal to 1`],
  ['$ref definition enum', 'GetAutoMergingPreview', { DomainName: 'demo', Consolidation: { MatchingAttributesList: [['Email']] }, ConflictResolution: { ConflictResolvingModel: 'OLDEST' } },
    `${E}Value 'OLDEST' at 'ConflictResolution.ConflictResolvingModel' failed to satisfy constraint: Member must satisfy enum value set: [RECENCY, SOURCE]`],
];

describe('sandbox validateOperationInput', () => {
  for (const [name, op, input, expected] of cases) {
    it(`${op}: ${name}`, () => assert.strictEqual(validateOperationInput(op, input), expected));
  }

  it('has a schema for every operation the sandbox implements', () => {
    for (const op of SANDBOX_OPERATIONS) {
      assert.doesNotThrow(() => validateOperationInput(op, {}), op);
    }
    assert.strictEqual(SANDBOX_OPERATIONS.length, 41);
  });

  it('an unknown operation is a programming error: throws', () => {
    assert.throws(() => validateOperationInput('DescribeEverything', {}), /no input schema for operation 'DescribeEverything'/);
  });

  it('reports missing URI labels by member name', () => {
    assert.strictEqual(validateOperationInput('GetIdentityResolutionJob', { DomainName: 'demo' }),
      `${E}Value null at 'JobId' failed to satisfy constraint: Member must not be null`);
  });
});
