import * as assert from 'assert';
import { partitionOf, resourceArn, SANDBOX_ACCOUNT_ID, type ArnTarget } from '../../../src/shared/resourceArns';
import { ACCOUNT_ID, domainArn as sandboxDomainArn, objectTypeArn as sandboxObjectTypeArn } from '../../../src/sandbox/ids';

describe('resource ARNs', () => {
  const cases: { region: string; target: ArnTarget; arn: string }[] = [
    { region: 'eu-west-1', target: { domainName: 'd' }, arn: 'arn:aws:profile:eu-west-1:111122223333:domains/d' },
    { region: 'eu-west-1', target: { domainName: 'd', objectTypeName: 'O' }, arn: 'arn:aws:profile:eu-west-1:111122223333:domains/d/object-types/O' },
    { region: 'cn-north-1', target: { domainName: 'd' }, arn: 'arn:aws-cn:profile:cn-north-1:111122223333:domains/d' },
    { region: 'us-gov-west-1', target: { domainName: 'd', objectTypeName: 'O' }, arn: 'arn:aws-us-gov:profile:us-gov-west-1:111122223333:domains/d/object-types/O' },
  ];
  for (const c of cases) {
    it(`${c.region} ${c.target.objectTypeName ?? c.target.domainName} → ${c.arn}`, () => {
      assert.strictEqual(resourceArn({ region: c.region, accountId: '111122223333' }, c.target), c.arn);
    });
  }

  it('partitions: China and GovCloud have their own, everything else is aws', () => {
    assert.deepStrictEqual(['cn-northwest-1', 'us-gov-east-1', 'us-east-1', 'ap-southeast-2'].map(partitionOf), ['aws-cn', 'aws-us-gov', 'aws', 'aws']);
  });

  it('the sandbox account and domain ARNs match what the sandbox itself reports', () => {
    assert.strictEqual(SANDBOX_ACCOUNT_ID, ACCOUNT_ID);
    assert.strictEqual(resourceArn({ region: 'us-east-1', accountId: SANDBOX_ACCOUNT_ID }, { domainName: 'x' }), sandboxDomainArn('x'));
    assert.strictEqual(resourceArn({ region: 'us-east-1', accountId: SANDBOX_ACCOUNT_ID }, { domainName: 'x', objectTypeName: 'T' }), sandboxObjectTypeArn('x', 'T'));
  });
});
