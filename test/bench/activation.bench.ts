// Activation cost: time to require the entry bundle and run activate() (with a stubbed `vscode` module and a
// fake ExtensionContext), median of fresh Node processes; compared in the same run with an eager bundle that
// loads the AWS SDK at activation. Also the production entry bundle size and the .vsix size.
// Usage: node out/test/bench/activation.bench.js   (npm run bench builds the production bundles first)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { fakeExtensionContext, vscodeStub } from './vscodeStub';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ENTRY = path.join(ROOT, 'dist', 'extension.js');
const RUNS = Math.max(3, Math.min(51, Number(process.env.BENCH_RUNS ?? 15)));
const GOALS = { activationMs: 10, entryKB: 60, vsixKB: 400 };

interface Measurement { ms: number; awsLoaded: boolean }

/** Child mode: one cold require + activate() in this fresh process. */
async function measure(bundle: string): Promise<void> {
  const Module = require('module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const stub = vscodeStub(path.join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'));
  const originalLoad = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : originalLoad.call(this, request, ...rest);
  };
  const context = fakeExtensionContext(ROOT, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
  const t0 = performance.now();
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const result = extension.activate(context);
  if (result instanceof Promise) await result;
  const ms = performance.now() - t0;
  const awsLoaded = Object.keys(require.cache).some((f) => f.endsWith(`${path.sep}aws.js`));
  process.stdout.write(JSON.stringify({ ms, awsLoaded } satisfies Measurement));
  process.exit(0); // whatever activate() scheduled (timers, watchers) is not part of the measurement
}

function runChild(bundle: string): Measurement {
  const r = spawnSync(process.execPath, [__filename, '--measure', bundle], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`measuring ${bundle} failed (exit ${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout) as Measurement;
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The same extension, but with the SDK (and src/aws) imported at the top, as a non-lazy build would. */
async function buildEagerBundle(dir: string): Promise<string> {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const outfile = path.join(dir, 'extension-eager.js');
  await esbuild.build({
    stdin: {
      contents: [
        "import * as sdk from '@aws-sdk/client-customer-profiles';",
        "import * as aws from './src/aws/index';",
        "export * from './src/extension';",
        '(globalThis as Record<string, unknown>).__cpxEager = [sdk, aws];', // keep the imports
      ].join('\n'),
      resolveDir: ROOT, loader: 'ts', sourcefile: 'eager-entry.ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
    mainFields: ['main', 'module'], minify: true, sourcemap: false, logLevel: 'error', outfile,
  });
  return outfile;
}

function packageVsix(dir: string): number | string {
  const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
  const out = path.join(dir, 'extension.vsix');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--out', out], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' },
  });
  if (r.status !== 0 || !fs.existsSync(out)) return `vsce package failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ')}`;
  return fs.statSync(out).size;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (value: number, goal: number): string => (value <= goal ? 'within goal' : 'OVER goal');

async function main(): Promise<void> {
  if (!fs.existsSync(ENTRY)) throw new Error('dist/extension.js is missing: run `npm run bench` (it builds first)');
  const entryText = fs.readFileSync(ENTRY, 'utf8');
  const production = !entryText.includes('//# sourceMappingURL=');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-bench-'));
  try {
    const eager = await buildEagerBundle(tmp);
    runChild(ENTRY); runChild(eager); // warm the file cache; not counted
    const lazyRuns: Measurement[] = [];
    const eagerRuns: Measurement[] = [];
    for (let i = 0; i < RUNS; i++) { // interleaved, so drift on a shared machine hits both alike
      lazyRuns.push(runChild(ENTRY));
      eagerRuns.push(runChild(eager));
    }
    const lazyMs = median(lazyRuns.map((m) => m.ms));
    const eagerMs = median(eagerRuns.map((m) => m.ms));
    const entryBytes = fs.statSync(ENTRY).size;
    const vsix = packageVsix(tmp);
    const rows: [string, string, string][] = [
      ['activation, lazy entry (dist/extension.js)', `${lazyMs.toFixed(2)} ms`,
        `goal <= ${GOALS.activationMs} ms: ${verdict(lazyMs, GOALS.activationMs)}; SDK loaded at activation: ${lazyRuns.some((m) => m.awsLoaded) ? 'YES' : 'no'}`],
      ['activation, eager bundle (entry + AWS SDK)', `${eagerMs.toFixed(2)} ms`, `${(eagerMs / lazyMs).toFixed(1)}x the lazy entry; bundle ${kb(fs.statSync(eager).size)}`],
      ['entry bundle dist/extension.js', kb(entryBytes), `goal <= ${GOALS.entryKB} KB: ${verdict(entryBytes / 1024, GOALS.entryKB)}${production ? ' (production build)' : ' (DEV build: run npm run bench for production figures)'}`],
      ['.vsix (vsce package --no-dependencies)', typeof vsix === 'number' ? kb(vsix) : 'n/a',
        typeof vsix === 'number' ? `goal <= ${GOALS.vsixKB} KB: ${verdict(vsix / 1024, GOALS.vsixKB)}` : vsix],
    ];
    console.log(`median of ${RUNS} fresh processes each (require + activate(), stubbed vscode)`);
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [name, value, note] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
    console.log(`  lazy runs (ms):  ${lazyRuns.map((m) => m.ms.toFixed(1)).join(' ')}`);
    console.log(`  eager runs (ms): ${eagerRuns.map((m) => m.ms.toFixed(1)).join(' ')}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const measureIndex = process.argv.indexOf('--measure');
(measureIndex >= 0 ? measure(process.argv[measureIndex + 1]) : main()).catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exit(1);
});
