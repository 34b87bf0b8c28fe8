// `npm run sandbox` argument parsing and banner.
import * as assert from 'assert';
import { banner, parseArgs } from '../../../src/sandbox/cli';

describe('sandbox CLI', () => {
  it('parses every option', () => {
    const o = parseArgs(['--port', '0', '--demo', '--data', '/tmp/x.json', '--throttle-rate', '0.2', '--fail-rate', '0.1', '--latency-ms', '50', '--seed', '9', '--step-ms', '0', '--quiet']);
    assert.deepStrictEqual(o, {
      port: 0, demo: true, dataFile: '/tmp/x.json', quiet: true, jobStepMs: 0,
      faults: { throttleRate: 0.2, failRate: 0.1, latencyMs: 50, seed: 9 },
    });
    assert.strictEqual(parseArgs([]).port, 4566);
    assert.deepStrictEqual(parseArgs(['--rules-pending-ms', '0', '--rules-in-progress-ms', '250', '--rules-lock-ms', '60000']).ruleTimings,
      { pendingMs: 0, inProgressMs: 250, changeLockMs: 60000 });
  });

  const bad: Array<[string[], RegExp]> = [
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
    assert.match(text, /\/_sandbox\/domains\/demo-rules\/rule-based-matching/);
  });
});
