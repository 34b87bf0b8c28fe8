// STS GetCallerIdentity on the sandbox's endpoint, through the real STS client and the AWS CLI: the account id the
// extension builds ARNs from, without asking the user.
import * as assert from 'assert';
import { execFile, execFileSync } from 'child_process';
import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import type { RunningSandbox } from '../../../src/sandbox';
import { createCustomerProfilesApi } from '../../../src/aws/client';
import { raw, rejects, startSmall } from './helpers';

const silent = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('sandbox: STS GetCallerIdentity', function () {
  this.timeout(60000);
  let sb: RunningSandbox;
  const sts = (): STSClient => new STSClient({ endpoint: sb.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'x' }, maxAttempts: 1 });

  before(async () => {
    sb = await startSmall();
  });
  after(async () => {
    await sb?.stop();
    await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', body: '{}' }).catch(() => undefined);
  });

  it('answers the sandbox account and caller (the PerformedBy of history records)', async () => {
    const out = await sts().send(new GetCallerIdentityCommand({}));
    assert.strictEqual(out.Account, '123456789012');
    assert.strictEqual(out.Arn, 'arn:aws:iam::123456789012:user/sandbox');
    assert.match(out.UserId ?? '', /^AIDA/);
    assert.ok(out.$metadata.requestId, 'a request id, as STS sends');
  });

  it('refuses every other STS action with a typed query-protocol error', async () => {
    const err = await rejects(() => sts().send(new GetSessionTokenCommand({})));
    assert.strictEqual(err.name, 'InvalidAction');
    assert.match(err.message, /only STS GetCallerIdentity/);
    assert.strictEqual(err.$metadata?.httpStatusCode, 400);
  });

  it('a form POST to / is STS; JSON to the Customer Profiles routes is untouched', async () => {
    const form = await raw(sb, 'POST', '/', 'Action=GetCallerIdentity&Version=2011-06-15', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    assert.strictEqual(form.status, 200);
    assert.match(form.text, /<Account>123456789012<\/Account>/);
    const json = await raw(sb, 'POST', '/', '{}', { 'content-type': 'application/json' });
    assert.strictEqual(json.status, 404);
  });

  it('the extension facade reads it with the connection credentials, and fails (for the caller to ask) when denied', async () => {
    const api = await createCustomerProfilesApi({ endpoint: sb.endpoint, region: 'eu-west-1' }, silent, { AWS_ACCESS_KEY_ID: 'AKIDSANDBOX', AWS_SECRET_ACCESS_KEY: 'x' });
    try {
      assert.deepStrictEqual(await api.callerIdentity(), { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/sandbox' });
      await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ accessDeniedRate: 1 }) });
      await rejects(() => api.callerIdentity());
    } finally {
      await fetch(`${sb.endpoint}/_sandbox/faults`, { method: 'POST', body: '{}' });
      api.dispose();
    }
  });

  it('the AWS CLI (botocore) reads it too', async function () {
    try {
      execFileSync('aws', ['--version'], { stdio: 'ignore', timeout: 20000 });
    } catch {
      console.log('skipped: the `aws` CLI is not on PATH');
      this.skip();
    }
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, AWS_ACCESS_KEY_ID: 'AKIDSANDBOX', AWS_SECRET_ACCESS_KEY: 'x', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PAGER: '' };
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('aws', ['sts', 'get-caller-identity', '--endpoint-url', sb.endpoint, '--region', 'us-east-1', '--output', 'json'], { env, timeout: 30000 }, (err, out, stderr) => (err ? reject(new Error(stderr)) : resolve(out))),
    );
    const parsed = JSON.parse(stdout) as { Account: string; Arn: string };
    assert.deepStrictEqual([parsed.Account, parsed.Arn], ['123456789012', 'arn:aws:iam::123456789012:user/sandbox']);
  });
});
