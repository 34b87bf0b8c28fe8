// `npm run sandbox` argument parsing and banner.
import * as assert from 'assert';
import { banner, parseArgs } from '../../../src/sandbox/cli';

describe('sandbox CLI', () => {
  it('parses every option', () => {
    const o = parseArgs(['--port', '0', '--demo', '--data', '/tmp/x.json', '--throttle-rate', '0.2', '--fail-rate', '0.1', '--latency-ms', '50', '--fault-seed', '9', '--step-ms', '0', '--quiet']);
    assert.deepStrictEqual(o, {
      port: 0, demo: true, dataFile: '/tmp/x.json', quiet: true, jobStepMs: 0,
      faults: { throttleRate: 0.2, failRate: 0.1, latencyMs: 50, seed: 9 },
    });
    assert.strictEqual(parseArgs([]).port, 4566);
    assert.deepStrictEqual(parseArgs(['--rules-pending-ms', '0', '--rules-in-progress-ms', '250', '--rules-lock-ms', '60000']).ruleTimings,
      { pendingMs: 0, inProgressMs: 250, changeLockMs: 60000 });
  });

  it('--profiles/--clusters/--seed size a generated demo (and imply --demo); --seed also seeds faults unless --fault-seed', () => {
    assert.deepStrictEqual(parseArgs(['--profiles', '100000', '--clusters', '8000', '--seed', '7']).demo, { profiles: 100000, clusters: 8000, seed: 7 });
    assert.strictEqual(parseArgs(['--profiles', '100000', '--clusters', '8000', '--seed', '7']).faults?.seed, 7);
    assert.strictEqual(parseArgs(['--seed', '7', '--fault-seed', '3']).faults?.seed, 3);
    // Clusters default to a tenth of the profiles; the seed to the built-in demo's.
    assert.deepStrictEqual(parseArgs(['--profiles', '50000']).demo, { profiles: 50000, clusters: 5000, seed: 20200815 });
    // --seed alone regenerates the default-sized demo with other data.
    assert.deepStrictEqual(parseArgs(['--seed', '5']).demo, { profiles: 2000, clusters: 200, seed: 5 });
    assert.strictEqual(parseArgs(['--demo']).demo, true);
    assert.strictEqual(parseArgs([]).demo, undefined);
  });

  it('the same seed generates the same demo, another seed other data', async () => {
    const { startSandbox } = await import('../../../src/sandbox/index');
    const names = async (args: string[]): Promise<string[]> => {
      const sandbox = await startSandbox({ ...parseArgs(args), port: 0 });
      try {
        const domain = sandbox.state.domains.get('demo-retail');
        assert.ok(domain, 'demo-retail was generated');
        return [...domain.profiles.values()].slice(0, 20).map((p) => `${String(p.profile.FirstName ?? "")} ${String(p.profile.LastName ?? "")}`);
      } finally {
        await sandbox.stop();
      }
    };
    const a = await names(['--profiles', '300', '--clusters', '30', '--seed', '11']);
    assert.strictEqual(a.length, 20);
    assert.deepStrictEqual(await names(['--profiles', '300', '--clusters', '30', '--seed', '11']), a);
    assert.notDeepStrictEqual(await names(['--profiles', '300', '--clusters', '30', '--seed', '12']), a);
  });

  const bad: Array<[string[], RegExp]> = [
    [['--profiles', '10', '--clusters', '6'], /--clusters 6 needs at least 12 profiles/],
    [['--profiles', '0'], /--profiles must be a number in 1\.\.500000/],
    [['--profiles', '600000'], /--profiles must be a number/],
    [['--throttle-rate', '2'], /--throttle-rate must be a number in 0\.\.1/],
    [['--port'], /needs a value/],
    [['--latency-ms', 'abc'], /--latency-ms/],
    [['--bogus'], /Unknown option --bogus/],
    [['--rules-lock-ms', '-1'], /--rules-lock-ms must be a number/],
  ];
  for (const [args, message] of bad) {
    it(`rejects ${args.join(' ')}`, () => assert.throws(() => parseArgs(args), message));
  }

  it('the banner says how to reach the sandbox and its control routes', () => {
    const text = banner('http://127.0.0.1:4566', { demo: true });
    assert.match(text, /aws customer-profiles list-domains --endpoint-url http:\/\/127\.0\.0\.1:4566 --region us-east-1/);
    assert.match(text, /\/_sandbox\/domains\/demo-retail\/identity-resolution-jobs/);
    assert.match(text, /\/_sandbox\/faults/);
    assert.match(text, /demo-retail, demo-rules, demo-empty/);
    assert.match(banner('http://127.0.0.1:4566', { demo: { profiles: 100000, clusters: 10000, seed: 3 } }), /demo-retail \(100,000 profiles, 10,000 duplicate clusters, seed 3\), demo-rules/);
    assert.match(text, /\/_sandbox\/domains\/demo-rules\/rule-based-matching/);
  });
});
