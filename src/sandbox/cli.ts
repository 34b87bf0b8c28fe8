// `npm run sandbox -- --port 4566 --demo [--data FILE] [--throttle-rate R] [--fail-rate R] [--latency-ms N] [--seed N] [--step-ms N]
//   [--rules-pending-ms N] [--rules-in-progress-ms N] [--rules-lock-ms N]`
// Starts the local Customer Profiles sandbox in the foreground; Ctrl-C stops it (and saves with --data).
import { startSandbox, type SandboxOptions } from './index';

const USAGE = `Usage: npm run sandbox -- [--port N] [--demo] [--data FILE] [--throttle-rate R] [--fail-rate R]
                            [--latency-ms N] [--seed N] [--step-ms N] [--rules-pending-ms N]
                            [--rules-in-progress-ms N] [--rules-lock-ms N] [--quiet]
  --port N           port on 127.0.0.1 (default 4566; 0 = any free port)
  --demo             load the demo domains demo-retail, demo-rules and demo-empty (ignored when FILE exists)
  --data FILE        load state from FILE and save every change to it (atomic writes)
  --throttle-rate R  0..1, share of requests answered 429 ThrottlingException
  --fail-rate R      0..1, share of requests answered 500 InternalServerException
  --latency-ms N     delay added to every request
  --seed N           seed of the fault generator (default 1)
  --step-ms N        duration of each identity-resolution job step (default 300)
  --rules-pending-ms N      RuleBasedMatching PENDING on an existing domain (default 3000; the service: 1 hour)
  --rules-in-progress-ms N  RuleBasedMatching IN_PROGRESS, config locked (default 2000)
  --rules-lock-ms N         config locked after ACTIVE (default 10000; the service: a day)
  --quiet            do not log requests`;

export function parseArgs(argv: readonly string[]): SandboxOptions & { quiet: boolean } {
  const opts: SandboxOptions & { quiet: boolean } = { port: 4566, quiet: false, faults: {} };
  const faults = opts.faults as NonNullable<SandboxOptions['faults']>;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const num = (min: number, max: number): number => {
      const raw = value();
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new Error(`${arg} must be a number in ${min}..${max}, got '${raw}'`);
      return n;
    };
    switch (arg) {
      case '--port': opts.port = num(0, 65535); break;
      case '--demo': opts.demo = true; break;
      case '--data': opts.dataFile = value(); break;
      case '--throttle-rate': faults.throttleRate = num(0, 1); break;
      case '--fail-rate': faults.failRate = num(0, 1); break;
      case '--latency-ms': faults.latencyMs = num(0, 60000); break;
      case '--seed': faults.seed = num(0, 2 ** 32 - 1); break;
      case '--step-ms': opts.jobStepMs = num(0, 600000); break;
      case '--rules-pending-ms': opts.ruleTimings = { ...opts.ruleTimings, pendingMs: num(0, 86400000) }; break;
      case '--rules-in-progress-ms': opts.ruleTimings = { ...opts.ruleTimings, inProgressMs: num(0, 86400000) }; break;
      case '--rules-lock-ms': opts.ruleTimings = { ...opts.ruleTimings, changeLockMs: num(0, 86400000) }; break;
      case '--quiet': opts.quiet = true; break;
      case '-h': case '--help': throw new Error(USAGE);
      default: throw new Error(`Unknown option ${arg}\n${USAGE}`);
    }
  }
  return opts;
}

export function banner(endpoint: string, opts: SandboxOptions): string {
  const domains = opts.demo ? 'demo-retail, demo-rules, demo-empty' : '(none yet: aws customer-profiles create-domain ...)';
  return [
    `Customer Profiles sandbox listening on ${endpoint}`,
    `  domains: ${domains}${opts.dataFile ? `   data file: ${opts.dataFile}` : ''}`,
    '',
    'AWS CLI (any dummy credentials; requests are not signature-checked):',
    `  AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox aws customer-profiles list-domains --endpoint-url ${endpoint} --region us-east-1`,
    'JavaScript SDK v3:',
    `  new CustomerProfilesClient({ endpoint: '${endpoint}', region: 'us-east-1', credentials: { accessKeyId: 'sandbox', secretAccessKey: 'sandbox' } })`,
    'VS Code: set "customerProfiles.endpoint" to the URL above.',
    '',
    'Sandbox-only control routes (never subject to injected faults):',
    `  curl -X POST ${endpoint}/_sandbox/domains/demo-retail/identity-resolution-jobs   # run identity resolution now`,
    `  curl -X POST ${endpoint}/_sandbox/faults -d '{"throttleRate":0.2,"failRate":0.05,"latencyMs":100,"seed":7}'`,
    `  curl ${endpoint}/_sandbox/faults`,
    `  curl ${endpoint}/_sandbox/domains/demo-rules/rule-based-matching             # rule Status, match count, cardinality-guard log`,
    `  curl -X POST ${endpoint}/_sandbox/domains/demo-rules/rule-based-matching/advance   # next rule Status now`,
    '',
    'Ctrl-C stops the sandbox.',
  ].join('\n');
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  if (!opts.quiet) opts.log = (line) => console.log(`${new Date().toISOString()} ${line}`);
  const sandbox = await startSandbox(opts);
  console.log(banner(sandbox.endpoint, opts));
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the sandbox...');
    sandbox.stop().then(
      () => console.log(opts.dataFile ? `State saved to ${opts.dataFile}.` : 'Stopped.'),
      (e: Error) => {
        console.error(`Stopping failed: ${e.message}`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}
