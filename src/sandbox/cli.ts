// `npm run sandbox -- --port 4566 --demo [--profiles N --clusters K --seed S] [--data FILE] [--throttle-rate R] [--fail-rate R]
//   [--latency-ms N] [--fault-seed N] [--step-ms N] [--rules-pending-ms N] [--rules-in-progress-ms N] [--rules-lock-ms N]`
// Starts the local Customer Profiles sandbox in the foreground; Ctrl-C stops it (and saves with --data).
import { startSandbox, type SandboxOptions } from './index';
import { DEFAULT_DEMO, type DemoSize } from './demo/buildDemo';

/** Bigger tries than that need more than the 1 GB the 100k figure in the README leaves room for. */
const MAX_DEMO_PROFILES = 500_000;

const USAGE = `Usage: npm run sandbox -- [--port N] [--demo] [--profiles N] [--clusters K] [--seed S] [--data FILE]
                            [--throttle-rate R] [--fail-rate R] [--latency-ms N] [--fault-seed N] [--step-ms N]
                            [--rules-pending-ms N] [--rules-in-progress-ms N] [--rules-lock-ms N] [--quiet]
  --port N           port on 127.0.0.1 (default 4566; 0 = any free port)
  --demo             load the demo domains demo-retail, demo-rules and demo-empty (ignored when FILE exists)
  --profiles N       demo-retail with N generated profiles (default ${DEFAULT_DEMO.profiles}; implies --demo; up to ${MAX_DEMO_PROFILES})
  --clusters K       of which K duplicate clusters of 2-6 profiles each (default N/10)
  --seed S           seed of the demo data generator (default ${DEFAULT_DEMO.seed}): the same S gives the same data;
                     also seeds the fault generator unless --fault-seed is given
  --data FILE        load state from FILE and save every change to it (atomic writes)
  --throttle-rate R  0..1, share of requests answered 429 ThrottlingException
  --fail-rate R      0..1, share of requests answered 500 InternalServerException
  --latency-ms N     delay added to every request
  --fault-seed N     seed of the fault generator (default: --seed, else 1)
  --step-ms N        duration of each identity-resolution job step (default 300)
  --rules-pending-ms N      RuleBasedMatching PENDING on an existing domain (default 3000; the service: 1 hour)
  --rules-in-progress-ms N  RuleBasedMatching IN_PROGRESS, config locked (default 2000)
  --rules-lock-ms N         config locked after ACTIVE (default 10000; the service: a day)
  --quiet            do not log requests`;

export function parseArgs(argv: readonly string[]): SandboxOptions & { quiet: boolean } {
  const opts: SandboxOptions & { quiet: boolean } = { port: 4566, quiet: false, faults: {} };
  const faults = opts.faults as NonNullable<SandboxOptions['faults']>;
  const size: Partial<DemoSize> = {};
  let faultSeed: number | undefined;
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
      case '--profiles': size.profiles = Math.round(num(1, MAX_DEMO_PROFILES)); break;
      case '--clusters': size.clusters = Math.round(num(0, MAX_DEMO_PROFILES / 2)); break;
      case '--seed': size.seed = Math.round(num(0, 2 ** 32 - 1)); break;
      case '--fault-seed': faultSeed = num(0, 2 ** 32 - 1); break;
      case '--step-ms': opts.jobStepMs = num(0, 600000); break;
      case '--rules-pending-ms': opts.ruleTimings = { ...opts.ruleTimings, pendingMs: num(0, 86400000) }; break;
      case '--rules-in-progress-ms': opts.ruleTimings = { ...opts.ruleTimings, inProgressMs: num(0, 86400000) }; break;
      case '--rules-lock-ms': opts.ruleTimings = { ...opts.ruleTimings, changeLockMs: num(0, 86400000) }; break;
      case '--quiet': opts.quiet = true; break;
      case '-h': case '--help': throw new Error(USAGE);
      default: throw new Error(`Unknown option ${arg}\n${USAGE}`);
    }
  }
  const seed = faultSeed ?? size.seed;
  if (seed !== undefined) faults.seed = seed;
  if (size.profiles !== undefined || size.clusters !== undefined || size.seed !== undefined) opts.demo = demoSize(size);
  return opts;
}

/** The generated demo's size: clusters default to a tenth of the profiles; a cluster needs at least two profiles. */
function demoSize(size: Partial<DemoSize>): DemoSize {
  const profiles = size.profiles ?? DEFAULT_DEMO.profiles;
  const clusters = size.clusters ?? (size.profiles === undefined ? DEFAULT_DEMO.clusters : Math.round(profiles / 10));
  if (clusters * 2 > profiles) throw new Error(`--clusters ${clusters} needs at least ${clusters * 2} profiles (each cluster has 2 or more); --profiles is ${profiles}`);
  return { profiles, clusters, seed: size.seed ?? DEFAULT_DEMO.seed };
}

export function banner(endpoint: string, opts: SandboxOptions): string {
  const domains = opts.demo ? `demo-retail${demoLabel(opts.demo)}, demo-rules, demo-empty` : '(none yet: aws customer-profiles create-domain ...)';
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

function demoLabel(demo: true | DemoSize): string {
  if (demo === true) return '';
  return ` (${demo.profiles.toLocaleString('en-US')} profiles, ${demo.clusters.toLocaleString('en-US')} duplicate clusters, seed ${demo.seed ?? DEFAULT_DEMO.seed})`;
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
  const started = process.hrtime.bigint();
  const sandbox = await startSandbox(opts);
  console.log(banner(sandbox.endpoint, opts));
  // Generating a large demo takes seconds and memory: say how much, so a user can size a bigger try.
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`Ready in ${seconds.toFixed(1)} s; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB, resident ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB.`);
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
