// `npm run integration`: runs out/test/integration/index.js inside code-server's real node extension host
// through @vscode/test-electron's unchanged runTests(), with codeShim.js standing in for the `code` executable.
// The extension under development is the project root (package.json main = ./dist/extension.js: build first).
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { CACHE_DIR, PROJECT_ROOT, VSCODE_TARGET, stateDirName } from './paths';
import { provision } from './provision';

const SUMMARY = /^\d+ passed, \d+ failed$/;
const RUN_TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 600_000);

async function main(): Promise<number> {
  const testsEntry = path.join(PROJECT_ROOT, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run \`npm run compile-tests\` first`);
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  provision();
  const shim = path.join(__dirname, 'codeShim.js');
  fs.chmodSync(shim, 0o755); // tsc does not keep the executable bit
  const stateDir = path.join(CACHE_DIR, stateDirName('integration'));
  fs.rmSync(stateDir, { recursive: true, force: true }); // fresh profile: no state leaks between runs
  await runTests({
    vscodeExecutablePath: shim,
    extensionDevelopmentPath: PROJECT_ROOT,
    extensionTestsPath: testsEntry,
    launchArgs: [`--user-data-dir=${stateDir}`, `--extensions-dir=${path.join(stateDir, 'extensions')}`],
    extensionTestsEnv: { SHIM_TIMEOUT_MS: String(RUN_TIMEOUT_MS), CPX_INTEGRATION: '1', CPX_VSCODE: VSCODE_TARGET },
  });
  return 0;
}

// Remember the extension host's summary line so it can be repeated as the very last line of the output.
let summary: string | undefined;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  for (const line of chunk.toString().split('\n')) if (SUMMARY.test(line.trim())) summary = line.trim();
  return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

// The shim has its own timeout; this one catches a shim that hangs anyway.
const watchdog = setTimeout(() => {
  console.error(`integration: no result after ${(RUN_TIMEOUT_MS + 120_000) / 1000} s, giving up`);
  console.log(summary && !summary.endsWith(' 0 failed') ? summary : '0 passed, 1 failed');
  process.exit(1);
}, RUN_TIMEOUT_MS + 120_000);
watchdog.unref();

main().then(
  () => {
    if (!summary) {
      console.error('integration: the run exited 0 but mocha never reported a summary');
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
    console.log(summary);
    process.exit(0);
  },
  (e: unknown) => {
    console.error(`integration failed: ${e instanceof Error ? e.message : String(e)}`);
    console.log(summary && !summary.endsWith(' 0 failed') ? summary : `${summary?.split(' ')[0] ?? 0} passed, 1 failed`);
    process.exit(1);
  },
);
