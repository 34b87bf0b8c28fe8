// ARNs without an account-id prompt: ResourceArns asks STS GetCallerIdentity (the sandbox answers it over HTTP,
// through the real SDK clients), caches per connection, and asks the user only when STS fails, saying why.
import * as assert from 'assert';
import { ResourceArns } from '../../../src/host/connection/accountIds';
import { createCustomerProfilesApi, type CustomerProfilesApi } from '../../../src/aws/client';
import type { ConnectionSpec } from '../../../src/shared/connection/types';
import { connectionKey } from '../../../src/shared/connection/identity';
import { startSmall } from '../sandbox/helpers';
import type { RunningSandbox } from '../../../src/sandbox';

const silent = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('connection: account ids for ARNs from STS', function () {
  this.timeout(30000);
  let sb: RunningSandbox;
  const apis: CustomerProfilesApi[] = [];
  let spec: ConnectionSpec;
  let stsCalls = 0;

  /** The connection manager's three members ResourceArns uses, over a real client. */
  const connection = {
    key: () => connectionKey(spec),
    spec: () => spec,
    api: async (): Promise<CustomerProfilesApi> => {
      const api = await createCustomerProfilesApi(spec, silent, { AWS_ACCESS_KEY_ID: 'AKIDSANDBOX', AWS_SECRET_ACCESS_KEY: 'x' });
      apis.push(api);
      return { ...api, callerIdentity: () => (stsCalls++, api.callerIdentity()) };
    },
  };
  const faults = (body: object): Promise<Response> => fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(body) });

  before(async () => {
    sb = await startSmall();
  });
  beforeEach(() => {
    stsCalls = 0;
  });
  after(async () => {
    for (const api of apis) api.dispose();
    await sb?.stop();
  });

  it('an endpoint connection gets its account from STS, once, and never asks', async () => {
    spec = { endpoint: sb.endpoint, region: 'eu-west-1' };
    const arns = new ResourceArns(connection);
    const asked: string[] = [];
    const ask = async (label: string): Promise<string | undefined> => (asked.push(label), '999999999999');
    assert.strictEqual(await arns.arnOf({ domainName: 'demo-retail' }, ask), 'arn:aws:profile:eu-west-1:123456789012:domains/demo-retail');
    assert.strictEqual(await arns.arnOf({ domainName: 'demo-retail', objectTypeName: 'CTR' }, ask), 'arn:aws:profile:eu-west-1:123456789012:domains/demo-retail/object-types/CTR');
    assert.deepStrictEqual(asked, []);
    assert.strictEqual(stsCalls, 1, 'cached per connection');
  });

  it('when STS is denied, the user is asked with the reason, and the answer is remembered for that connection', async () => {
    spec = { endpoint: sb.endpoint, region: 'ap-southeast-2' };
    const arns = new ResourceArns(connection);
    const asked: { label: string; reason?: string }[] = [];
    await faults({ accessDeniedRate: 1 });
    try {
      const arn = await arns.arnOf({ domainName: 'd' }, async (label, reason) => (asked.push({ label, reason }), '210987654321'));
      assert.strictEqual(arn, 'arn:aws:profile:ap-southeast-2:210987654321:domains/d');
    } finally {
      await faults({});
    }
    assert.strictEqual(asked.length, 1);
    assert.match(asked[0].reason ?? '', /^STS GetCallerIdentity failed: AccessDenied/);
    assert.match(asked[0].label, /ap-southeast-2/);
    assert.strictEqual(await arns.arnOf({ domainName: 'd' }, async () => assert.fail('asked twice')), 'arn:aws:profile:ap-southeast-2:210987654321:domains/d');
  });

  it('a cancelled prompt gives no ARN and is asked again next time', async () => {
    spec = { endpoint: sb.endpoint, region: 'ca-central-1' };
    const arns = new ResourceArns(connection);
    await faults({ accessDeniedRate: 1 });
    try {
      assert.strictEqual(await arns.arnOf({ domainName: 'd' }, async () => undefined), undefined);
      let asked = 0;
      await arns.arnOf({ domainName: 'd' }, async () => (asked++, undefined));
      assert.strictEqual(asked, 1);
    } finally {
      await faults({});
    }
  });

  it('the built-in sandbox connection needs no call at all', async () => {
    spec = { sandbox: true, endpoint: sb.endpoint };
    const arns = new ResourceArns(connection);
    assert.match((await arns.arnOf({ domainName: 'demo-retail' }, async () => assert.fail('asked'))) ?? '', /:123456789012:domains\/demo-retail$/);
    assert.strictEqual(stsCalls, 0);
  });
});
