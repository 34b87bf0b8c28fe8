import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listAwsProfiles } from '../../../src/aws/profiles';
import { resolveConnection } from '../../../src/aws/client';
import { silentLogger } from '../../../src/shared/logger';

const CONFIG = `
[default]
region = eu-west-2

[profile dev-sso]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Developer
region = us-west-2

[profile legacy-sso]
sso_start_url = https://example.awsapps.com/start
sso_region = us-east-1
sso_account_id = 111122223333
sso_role_name = Dev

[profile admin]
role_arn = arn:aws:iam::111122223333:role/Admin
source_profile = default

[profile tool]
credential_process = /usr/local/bin/creds

[sso-session corp]
sso_start_url = https://example.awsapps.com/start
sso_region = us-east-1

[services local]
customer_profiles =
  endpoint_url = http://127.0.0.1:4566
`;

const CREDENTIALS = `
[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = not-a-real-secret

[ci]
aws_access_key_id = AKIDCI
aws_secret_access_key = not-a-real-secret
region = ap-southeast-2
`;

describe('aws/profiles (temp AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE)', () => {
  let dir: string;
  const saved: Record<string, string | undefined> = {};
  const ENV = ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION'];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-profiles-'));
    fs.writeFileSync(path.join(dir, 'config'), CONFIG);
    fs.writeFileSync(path.join(dir, 'credentials'), CREDENTIALS);
    for (const k of ENV) saved[k] = process.env[k];
    for (const k of ENV) delete process.env[k];
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
  });

  after(() => {
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists every profile of both files, default first, without sso-session/services sections', async () => {
    const profiles = await listAwsProfiles();
    assert.deepEqual(profiles.map((p) => p.name), ['default', 'admin', 'ci', 'dev-sso', 'legacy-sso', 'tool']);
  });

  it('classifies profiles and reads their region and source files', async () => {
    const byName = new Map((await listAwsProfiles()).map((p) => [p.name, p]));
    assert.deepEqual(
      ['default', 'admin', 'ci', 'dev-sso', 'legacy-sso', 'tool'].map((n) => [n, byName.get(n)?.kind, byName.get(n)?.region ?? null]),
      [
        ['default', 'static', 'eu-west-2'],
        ['admin', 'role', null],
        ['ci', 'static', 'ap-southeast-2'],
        ['dev-sso', 'sso', 'us-west-2'],
        ['legacy-sso', 'sso', null],
        ['tool', 'process', null],
      ],
    );
    assert.deepEqual(byName.get('default')?.sources, ['config', 'credentials']);
    assert.deepEqual(byName.get('ci')?.sources, ['credentials']);
  });

  it('rereads the files (edits outside VS Code show up)', async () => {
    fs.appendFileSync(path.join(dir, 'config'), '\n[profile added-later]\nregion = ca-central-1\n');
    const names = (await listAwsProfiles()).map((p) => p.name);
    assert.ok(names.includes('added-later'), names.join(','));
  });

  it('returns nothing (no throw) when the files do not exist', async () => {
    process.env.AWS_CONFIG_FILE = path.join(dir, 'missing-config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'missing-credentials');
    try {
      assert.deepEqual(await listAwsProfiles(), []);
    } finally {
      process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
      process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
    }
  });

  describe('resolveConnection region order: setting → profile → env → us-east-1', () => {
    const cases: { name: string; spec: { profile?: string; region?: string }; env: Record<string, string>; region: string; source: string }[] = [
      { name: 'setting wins', spec: { profile: 'dev-sso', region: 'ca-central-1' }, env: { AWS_REGION: 'eu-central-1' }, region: 'ca-central-1', source: 'setting' },
      { name: 'named profile region', spec: { profile: 'dev-sso' }, env: { AWS_REGION: 'eu-central-1' }, region: 'us-west-2', source: 'profile' },
      { name: 'region from the credentials file profile', spec: { profile: 'ci' }, env: {}, region: 'ap-southeast-2', source: 'profile' },
      { name: 'no profile → default profile', spec: {}, env: {}, region: 'eu-west-2', source: 'profile' },
      { name: 'AWS_PROFILE picks the profile', spec: {}, env: { AWS_PROFILE: 'dev-sso' }, region: 'us-west-2', source: 'profile' },
      { name: 'profile without region → env', spec: { profile: 'admin' }, env: { AWS_DEFAULT_REGION: 'ap-northeast-1' }, region: 'ap-northeast-1', source: 'environment' },
      { name: 'nothing → us-east-1', spec: { profile: 'tool' }, env: {}, region: 'us-east-1', source: 'default' },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const resolved = await resolveConnection(c.spec, c.env, silentLogger);
        assert.deepEqual([resolved.region, resolved.regionSource], [c.region, c.source]);
      });
    }
  });
});
