// Conformance with an independent client: the AWS CLI (botocore) against the sandbox.
// Skips with a printed reason when `aws` is not on PATH. No faults here: botocore's legacy retries are slow.
import * as assert from 'assert';
import { execFile, execFileSync } from 'child_process';
import type { RunningSandbox } from '../../../src/sandbox';
import { startSmall } from './helpers';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Dummy credentials only; no profile or session from the caller's environment leaks in. */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('AWS_')) delete env[k];
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'AKIDSANDBOX', AWS_SECRET_ACCESS_KEY: 'sandbox-secret',
    AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PAGER: '',
  };
}

function awsOnPath(): boolean {
  try {
    execFileSync('aws', ['--version'], { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}

describe('sandbox: AWS CLI conformance', function () {
  this.timeout(60000);
  let sb: RunningSandbox;
  const aws = (...args: string[]): Promise<CliResult> =>
    new Promise((resolve) => {
      execFile('aws', ['customer-profiles', ...args, '--endpoint-url', sb.endpoint, '--region', 'us-east-1', '--output', 'json'], {
        timeout: 30000,
        env: cliEnv(),
      }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
    });
  const ok = async (...args: string[]): Promise<Record<string, unknown>> => {
    const r = await aws(...args);
    assert.strictEqual(r.code, 0, `aws ${args.join(' ')} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  before(async function () {
    if (!awsOnPath()) {
      console.log('skipped: the `aws` CLI is not on PATH (install AWS CLI v1 or v2 to run the conformance tests)');
      this.skip();
    }
    sb = await startSmall();
  });
  after(async () => {
    await sb?.stop();
  });

  it('list-domains and get-domain', async () => {
    const list = await ok('list-domains');
    assert.deepStrictEqual((list.Items as Array<{ DomainName: string }>).map((d) => d.DomainName), ['demo-empty', 'demo-retail', 'demo-rules']);
    const d = await ok('get-domain', '--domain-name', 'demo-retail');
    assert.strictEqual(d.DomainName, 'demo-retail');
    assert.strictEqual((d.Matching as { Enabled: boolean }).Enabled, true);
    assert.strictEqual((d.Stats as { ProfileCount: number }).ProfileCount, 120);
    assert.ok(typeof d.CreatedAt === 'string' || typeof d.CreatedAt === 'number', 'botocore parsed the timestamp');
  });

  it('create-profile, search-profiles and merge-profiles', async () => {
    const a = (await ok('create-profile', '--domain-name', 'demo-empty', '--first-name', 'Jane', '--email-address', 'jane@example.com')).ProfileId as string;
    const b = (await ok('create-profile', '--domain-name', 'demo-empty', '--last-name', 'Doe', '--first-name', 'Jorge')).ProfileId as string;
    assert.match(a, /^[a-f0-9]{32}$/);
    const found = await ok('search-profiles', '--domain-name', 'demo-empty', '--key-name', '_email', '--values', 'JANE@example.com');
    assert.deepStrictEqual((found.Items as Array<{ ProfileId: string }>).map((p) => p.ProfileId), [a]);
    const merged = await ok('merge-profiles', '--domain-name', 'demo-empty', '--main-profile-id', a, '--profile-ids-to-be-merged', b,
      '--field-source-profile-ids', `FirstName=${b}`);
    assert.ok(typeof merged.Message === 'string');
    const after = await ok('search-profiles', '--domain-name', 'demo-empty', '--key-name', '_profileId', '--values', a);
    const p = (after.Items as Array<Record<string, unknown>>)[0];
    assert.deepStrictEqual([p.FirstName, p.LastName, p.EmailAddress], ['Jorge', 'Doe', 'jane@example.com']);
  });

  it('get-matches', async () => {
    const m = await ok('get-matches', '--domain-name', 'demo-retail', '--max-results', '5');
    const matches = m.Matches as Array<{ MatchId: string; ProfileIds: string[]; ConfidenceScore: number }>;
    assert.ok(matches.length >= 1 && matches.length <= 5);
    assert.match(matches[0].MatchId, /^[a-f0-9]{32}$/);
    assert.ok(matches[0].ProfileIds.length >= 2);
    assert.strictEqual(typeof m.PotentialMatches, 'number');
    assert.ok(m.MatchGenerationDate !== undefined);
  });

  it('list-rule-based-matches (paginated by the CLI) and get-similar-profiles on demo-rules; 404 for a missing domain', async () => {
    const list = await ok('list-rule-based-matches', '--domain-name', 'demo-rules', '--page-size', '3');
    const ids = list.MatchIds as string[];
    assert.ok(ids.length > 3, `${ids.length} MatchIds over pages of 3`);
    assert.strictEqual(new Set(ids).size, ids.length);
    const g = await ok('get-similar-profiles', '--domain-name', 'demo-rules', '--match-type', 'RULE_BASED_MATCHING',
      '--search-key', '_matchId', '--search-value', ids[0]);
    assert.strictEqual(g.MatchId, ids[0]);
    assert.ok([1, 2, 3].includes(g.RuleLevel as number), String(g.RuleLevel));
    assert.ok((g.ProfileIds as string[]).length >= 2);
    // The CLI's paginator prints absent non-result members as null; the wire has none (the SDK tests check that).
    assert.ok(g.ConfidenceScore === undefined || g.ConfidenceScore === null, String(g.ConfidenceScore));
    const byEmail = await ok('get-similar-profiles', '--domain-name', 'demo-rules', '--match-type', 'RULE_BASED_MATCHING',
      '--search-key', '_email', '--search-value', 'dreyes@example.net');
    assert.strictEqual(byEmail.RuleLevel, 2);
    for (const args of [['list-rule-based-matches', '--domain-name', 'no-such-domain'],
      ['get-similar-profiles', '--domain-name', 'no-such-domain', '--match-type', 'ML_BASED_MATCHING', '--search-key', '_profileId', '--search-value', 'x']]) {
      const r = await aws(...args);
      assert.ok(r.code === 254 || r.code === 255, `exit code ${r.code}`);
      assert.match(r.stderr, /ResourceNotFoundException/);
    }
  });

  it("the reference's Example 2.5: put-object-type --template-id CTR-NoInferred, then a contact record joins the phone's profile", async () => {
    await ok('put-profile-object-type', '--domain-name', 'demo-empty', '--object-type-name', 'CTR', '--description', 'CTR', '--template-id', 'CTR-NoInferred');
    const created = await ok('create-profile', '--domain-name', 'demo-empty', '--first-name', 'Cli', '--phone-number', '+12065550123');
    await ok('put-profile-object', '--domain-name', 'demo-empty', '--object-type-name', 'CTR',
      '--object', JSON.stringify({ ContactId: 'cli-ctr-1', CustomerEndpoint: { Address: '+12065550123' } }));
    const objects = await ok('list-profile-objects', '--domain-name', 'demo-empty', '--object-type-name', 'CTR', '--profile-id', String(created.ProfileId));
    assert.deepStrictEqual((objects.Items as Array<{ ProfileObjectUniqueKey: string }>).map((o) => o.ProfileObjectUniqueKey), ['cli-ctr-1']);
    const r = await aws('put-profile-object-type', '--domain-name', 'demo-empty', '--object-type-name', 'X', '--description', 'x', '--template-id', 'No-Such');
    assert.ok(r.code === 254 || r.code === 255, `exit code ${r.code}`);
    assert.match(r.stderr, /ResourceNotFoundException/);
  });

  it('a modeled error: exit code 254/255 and the error name on stderr', async () => {
    const r = await aws('get-domain', '--domain-name', 'no-such-domain');
    assert.ok(r.code === 254 || r.code === 255, `exit code ${r.code}`);
    assert.match(r.stderr, /ResourceNotFoundException/);
    assert.match(r.stderr, /no-such-domain/);
  });
});
