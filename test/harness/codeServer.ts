// Starts code-server (VS Code 1.90 or the newest, in a browser) on loopback with private state, and installs the built
// extension into an extensions dir the way a .vsix install lays it out.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CODE_SERVER_BIN, CODE_SERVER_NODE_DIR, PROJECT_ROOT } from './paths';
import { freePort, killProcessGroup, killProcessGroupNow, waitForHttp } from './processes';

/** Settings that keep the workbench quiet and screenshots clean (no welcome page, no update checks). */
export const CLEAN_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // What code-server users (and many desktop users) run with: every test runs with auto-save on, so a
  // customer-profiles: document that auto-saves must never reach the service (domainJsonAutoSave.test.ts).
  'files.autoSave': 'afterDelay',
  'files.autoSaveDelay': 1000,
};

export interface CodeServerOptions {
  /** Private state folder: user-data dir, XDG dirs, log. */
  stateDir: string;
  /** Defaults to <stateDir>/extensions. */
  extensionsDir?: string;
  /** 0 or undefined = a free port. */
  port?: number;
  /** Extra user settings (merged over CLEAN_SETTINGS); written only if no settings.json exists yet. */
  settings?: Record<string, unknown>;
  /** Environment for code-server and its extension host (default: this process's). */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /** VS Code display language (code-server --locale), e.g. 'qps-ploc' for the pseudo-locale run; default English. */
  locale?: string;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

export function writeUserSettings(userDataDir: string, settings: Record<string, unknown> = {}): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...CLEAN_SETTINGS, ...settings }, null, 2));
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_BIN}: run bash test/harness/provision.sh`);
  }
  const userDataDir = path.join(options.stateDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(options.stateDir, 'extensions');
  // code-server's own mkdir is not recursive; a missing extensions dir breaks extension scanning.
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir, options.settings);
  const port = options.port || (await freePort());
  const xdg = path.join(options.stateDir, 'xdg');
  // VS Code's IPC sockets land in TMPDIR: keep it private and short (unix socket paths are limited to 108 bytes).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-'));
  const logFile = path.join(options.stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const baseEnv = options.env ?? process.env;
  // The newest code-server needs Node 24: its launcher script runs `node` from PATH, and so the extension host too.
  const pathEnv = CODE_SERVER_NODE_DIR ? `${CODE_SERVER_NODE_DIR}${path.delimiter}${baseEnv.PATH ?? ''}` : baseEnv.PATH;
  const child = spawn(CODE_SERVER_BIN, [
    '--config', path.join(options.stateDir, 'config.yaml'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(options.locale ? ['--locale', options.locale] : []),
  ], {
    cwd: PROJECT_ROOT,
    env: {
      ...baseEnv, PATH: pathEnv,
      XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'), TMPDIR: tmp, XDG_RUNTIME_DIR: tmp,
    },
    stdio: ['ignore', log, log],
    detached: true, // its own process group: code-server + extension host + pty host + watchers stop together
  });
  fs.closeSync(log);
  const pid = child.pid;
  if (!pid) throw new Error(`could not spawn ${CODE_SERVER_BIN}`);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const lastResort = (): void => killProcessGroupNow(pid);
  process.on('exit', lastResort);
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopped ??= (async () => {
    await killProcessGroup(pid, 10_000);
    process.removeListener('exit', lastResort);
    fs.rmSync(tmp, { recursive: true, force: true });
  })());
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(`${url}healthz`, options.startTimeoutMs ?? 60_000, () => !exited);
  } catch (e) {
    await stop();
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`code-server did not start: ${(e as Error).message}\n--- ${logFile} (tail) ---\n${tail}`, { cause: e });
  }
  return { url, port, pid, userDataDir, extensionsDir, logFile, stop };
}

/**
 * This process's environment without the developer's AWS identity: tests must never pick up real credentials
 * or profiles. Points the shared config/credentials files at (absent) files under dir.
 */
export function isolatedAwsEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  env.AWS_CONFIG_FILE = path.join(dir, 'aws', 'config');
  env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'aws', 'credentials');
  env.AWS_EC2_METADATA_DISABLED = 'true'; // no 1 s IMDS probe on a machine without AWS
  return env;
}

/**
 * The files `vsce package` would put in the .vsix (the .vscodeignore allow-list applied by vsce itself), so a
 * bundle or stylesheet the package forgets fails the e2e run instead of only the marketplace install.
 */
export function packagedFiles(): string[] {
  const vsce = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vsce');
  const listed = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 });
  if (listed.status !== 0) throw new Error(`vsce ls failed (exit ${listed.status ?? listed.signal}): ${listed.stderr}`);
  return listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Copies the packaged files of the built extension into extensionsDir as <publisher>.<name>-<version>; returns the folder. */
export function installBuiltExtension(extensionsDir: string): string {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    publisher: string; name: string; version: string;
  };
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.rmSync(target, { recursive: true, force: true });
  for (const file of packagedFiles()) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(target, file));
  }
  return target;
}
