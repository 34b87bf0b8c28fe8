// `npm run demo`: the extension in a real VS Code (code-server) against the local sandbox with demo data.
// Starts the sandbox (dist/sandbox.js, in this process), code-server on 127.0.0.1 (PORT, else 8080, else a free
// port) with the built extension installed and customerProfiles.endpoint set to the sandbox, prints the URL.
// Ctrl-C / SIGTERM stops everything. SANDBOX_PORT picks the sandbox's port (default: a free one).
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import type { SandboxStarter, StartedSandbox } from './sandboxTypes';
import { installBuiltExtension, startCodeServer, writeUserSettings, type RunningCodeServer } from './codeServer';
import { CACHE_DIR, PROJECT_ROOT } from './paths';
import { freePort, sleep } from './processes';
import { provision } from './provision';

const log = (m: string): void => { process.stderr.write(`[demo] ${m}\n`); };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a port number`);
    if (!(await portIsFree(port))) throw new Error(`PORT=${port} is in use on 127.0.0.1: pick another one (PORT=...)`);
    return port;
  }
  return (await portIsFree(8080)) ? 8080 : freePort();
}

async function main(): Promise<void> {
  const sandboxBundle = path.join(PROJECT_ROOT, 'dist', 'sandbox.js');
  if (!fs.existsSync(sandboxBundle)) throw new Error('dist/sandbox.js is missing: run `npm run build` first');
  provision();
  const stateDir = path.join(CACHE_DIR, 'demo');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true }); // always the freshly built extension
  fs.mkdirSync(stateDir, { recursive: true });

  let sandbox: StartedSandbox | undefined;
  let server: RunningCodeServer | undefined;
  let stopping: Promise<void> | undefined;
  const stop = async (code: number): Promise<never> => {
    stopping ??= (async () => {
      log('stopping code-server and the sandbox…');
      await server?.stop();
      await sandbox?.stop();
      log('stopped');
    })();
    await stopping;
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));

  try {
    const { startSandbox } = require(sandboxBundle) as SandboxStarter;
    const sandboxLog = fs.createWriteStream(path.join(stateDir, 'sandbox.log'), { flags: 'a' });
    sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0), demo: true, log: (line) => sandboxLog.write(line + '\n') });
    installBuiltExtension(extensionsDir);
    // Rewritten on every start: the sandbox's port changes from run to run.
    writeUserSettings(path.join(stateDir, 'user-data'), { 'customerProfiles.endpoint': sandbox.endpoint });
    server = await startCodeServer({ stateDir, extensionsDir, port: await choosePort() });
  } catch (e) {
    log(`failed to start: ${e instanceof Error ? e.message : String(e)}`);
    return stop(1);
  }

  const cli = `AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url ${sandbox.endpoint} customer-profiles`;
  console.log([
    '',
    `  Customer Profiles Explorer demo: open ${server.url}`,
    `  (the "Customer Profiles" icon in the activity bar; if this machine is remote: ssh -L ${server.port}:127.0.0.1:${server.port} …)`,
    '',
    `  Sandbox endpoint: ${sandbox.endpoint}  (demo data: demo-retail, demo-rules, demo-empty; it ignores signatures)`,
    `    ${cli} list-domains`,
    `    ${cli} get-matches --domain-name demo-retail --max-results 5`,
    `    ${cli} list-rule-based-matches --domain-name demo-rules --max-results 5`,
    '',
    `  Logs: ${server.logFile}, ${path.join(stateDir, 'sandbox.log')}`,
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n'));

  // If code-server dies on its own, do not leave the sandbox running behind a dead URL.
  for (;;) {
    await sleep(2000);
    if (stopping) continue; // a signal handler is shutting everything down
    try {
      process.kill(server.pid, 0);
    } catch {
      log(`code-server exited unexpectedly; see ${server.logFile}`);
      return stop(1);
    }
  }
}

void main();
