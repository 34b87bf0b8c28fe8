#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests({ vscodeExecutablePath }) spawns.
// It takes the same flags (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, [folder]), then:
//   1. starts code-server on a free loopback port,
//   2. opens the workbench in headless Chromium with a `payload` query carrying the dev/test paths,
//   3. relays the extension host's console to stdout/stderr (window.codeAutomationLog),
//   4. exits with the code the workbench reports (window.codeAutomationExit); 1 on timeout or error.
// The tests run in code-server's node extension host with the real `vscode` API.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { isolatedAwsEnv, startCodeServer, type RunningCodeServer } from './codeServer';
import { parseCodeArgs, workbenchUrl } from './shimArgs';

const TIMEOUT_MS = Number(process.env.SHIM_TIMEOUT_MS ?? 300_000);
const t0 = Date.now();
const log = (message: string): void => {
  process.stderr.write(`[code-shim ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}\n`);
};

// Patches the workbench config where the workbench reads it: newer VS Code builds ignore the payload's
// extensionTestsPath unless developmentOptions.enableSmokeTestDriver is set (harmless on 1.100).
const ENABLE_SMOKE_DRIVER = `(() => {
  const orig = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (name) {
    const v = orig.call(this, name);
    if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
      const o = JSON.parse(v);
      o.developmentOptions = { ...(o.developmentOptions || {}), enableSmokeTestDriver: true };
      return JSON.stringify(o);
    }
    return v;
  };
})();`;

async function main(): Promise<number> {
  const args = parseCodeArgs(process.argv.slice(2));
  const stateDir = args.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'code-shim-'));
  let server: RunningCodeServer | undefined;
  let context: BrowserContext | undefined;
  const stopAll = async (): Promise<void> => {
    try { await context?.close(); } catch { /* browser already gone */ }
    await server?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { log(`${signal}: stopping`); void stopAll().finally(() => process.exit(1)); });
  }
  try {
    server = await startCodeServer({ stateDir, extensionsDir: args.extensionsDir, env: isolatedAwsEnv(stateDir) });
    log(`code-server up at ${server.url} (pid ${server.pid}, log ${server.logFile})`);
    context = await launchBrowser(path.join(stateDir, 'chromium'));
    const page = context.pages()[0] ?? (await context.newPage());
    let report: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => { report = resolve; });
    await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
      // The extension host's console arrives with %c styling; drop it.
      const parts = (logArgs ?? []).map((a) => (typeof a === 'string' ? a.replace(/^%c\s*\w+\s*color:[^ ]+\s*/, '') : a));
      (type === 'error' ? process.stderr : process.stdout).write(util.format(...parts) + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => report(code));
    if (process.env.SHIM_PAGE_LOG) page.on('console', (m) => log(`[page ${m.type()}] ${m.text().slice(0, 300)}`));
    page.on('pageerror', (e) => log(`[page error] ${e.message.slice(0, 300)}`));
    await page.addInitScript(ENABLE_SMOKE_DRIVER);
    await page.goto(workbenchUrl(server.url, args), { timeout: 60_000 });
    log(`workbench opened; waiting for the test run (timeout ${TIMEOUT_MS / 1000} s)`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); });
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      log(`TIMEOUT: the extension host did not report a result within ${TIMEOUT_MS / 1000} s`);
      return 1;
    }
    return result;
  } catch (e) {
    log(`ERROR ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 1;
  } finally {
    await stopAll();
  }
}

void main().then((code) => {
  log(`exit ${code}`);
  process.exit(code);
});
