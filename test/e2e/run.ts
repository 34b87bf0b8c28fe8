// `npm run e2e`: the extension in a real workbench, driven like a user. Starts a sandbox with demo data,
// code-server with the built extension installed (copied like a .vsix install) and customerProfiles.endpoint
// pointing at the sandbox, and headless Chromium on the workbench; then runs every out/test/e2e/**/*.e2e.js
// with mocha. Screenshots go to screenshots/e2e/. Ends with `N passed, N failed`.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');
import type { BrowserContext } from 'playwright-core';
import type * as RealSandbox from '../../src/sandbox/index';
import type { SandboxStarter, StartedSandbox } from '../harness/sandboxTypes';
import { launchBrowser } from '../harness/browser';
import { installBuiltExtension, isolatedAwsEnv, startCodeServer, type RunningCodeServer } from '../harness/codeServer';
import { CACHE_DIR, PROJECT_ROOT, SCREENSHOT_DIR, stateDirName } from '../harness/paths';
import { provision } from '../harness/provision';
import SummaryReporter = require('../harness/summaryReporter');
import { setWorld } from './world';

const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 600_000);
const log = (m: string): void => { process.stderr.write(`[e2e] ${m}\n`); };

function scenarioFiles(): string[] {
  return fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.e2e.js')).sort().map((f) => path.join(__dirname, f));
}

async function main(): Promise<Mocha.Stats | undefined> {
  provision();
  const stateDir = path.join(CACHE_DIR, stateDirName('e2e'));
  const screenshotDir = path.join(SCREENSHOT_DIR, 'e2e');
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.rmSync(screenshotDir, { recursive: true, force: true });
  fs.mkdirSync(screenshotDir, { recursive: true });
  let sandbox: StartedSandbox | undefined;
  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  try {
    // Typed as the real module, assigned to the harness's slice of it: a contract change fails to compile here.
    const sandboxModule: SandboxStarter = require(path.join(PROJECT_ROOT, 'out', 'src', 'sandbox', 'index.js')) as typeof RealSandbox;
    sandbox = await sandboxModule.startSandbox({ port: 0, demo: true });
    log(`sandbox at ${sandbox.endpoint}`);
    const extensionsDir = path.join(stateDir, 'extensions');
    installBuiltExtension(extensionsDir);
    // Another installed extension, to check what ours exports to extensions that are not its tests.
    fs.cpSync(path.join(PROJECT_ROOT, 'test', 'e2e', 'exportsProbe'), path.join(extensionsDir, 'cpx-e2e.exports-probe-0.0.1'), { recursive: true });
    server = await startCodeServer({
      stateDir, extensionsDir, env: isolatedAwsEnv(stateDir),
      settings: { 'customerProfiles.endpoint': sandbox.endpoint },
    });
    log(`code-server at ${server.url} (log ${server.logFile})`);
    browser = await launchBrowser(path.join(stateDir, 'chromium'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => log(`[page error] ${e.message.slice(0, 200)}`));
    await page.goto(server.url, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    setWorld({ page, endpoint: sandbox.endpoint, url: server.url, screenshotDir });

    // bail: the scenarios are one user's path through a single page; after a failure the rest cannot hold.
    // E2E_GREP narrows a run to matching scenarios while working on them (the full path is the default).
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, bail: true, reporter: SummaryReporter, grep: process.env.E2E_GREP });
    for (const file of scenarioFiles()) mocha.addFile(file);
    return await new Promise<Mocha.Stats | undefined>((resolve) => {
      const runner = mocha.run(() => resolve(runner.stats));
    });
  } finally {
    setWorld(undefined);
    try { await browser?.close(); } catch { /* already closed */ }
    await server?.stop();
    await sandbox?.stop();
  }
}

const watchdog = setTimeout(() => {
  console.error(`e2e: still running after ${TOTAL_TIMEOUT_MS / 1000} s, giving up`);
  console.log('0 passed, 1 failed');
  process.exit(1); // code-server's process group is killed by its 'exit' handler
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

main().then(
  (stats) => {
    console.log(SummaryReporter.summaryLine(stats)); // again, after teardown's output: the last line
    process.exit(stats && stats.failures === 0 && stats.passes > 0 ? 0 : 1);
  },
  (e: unknown) => {
    console.error(`e2e setup failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
