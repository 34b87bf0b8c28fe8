// Where things live. Compiled to out/test/harness/, so the project root is found by walking up to package.json.
import * as fs from 'fs';
import * as path from 'path';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'esbuild.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root (package.json + esbuild.js) above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
/** Ignored cache folder: code-server install, user-data dirs, logs. */
export const CACHE_DIR = path.join(PROJECT_ROOT, '.vscode-test');
export const PROVISION_SCRIPT = path.join(PROJECT_ROOT, 'test', 'harness', 'provision.sh');
export const CODE_SERVER_BIN = process.env.CODE_SERVER_BIN
  ?? path.join(CACHE_DIR, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'screenshots');
