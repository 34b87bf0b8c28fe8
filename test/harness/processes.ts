// Small process/network helpers shared by the shim, the e2e setup and the demo.
import * as net from 'net';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers with a status below 500, or throws after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const end = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < end) {
    if (!isAlive()) throw new Error(`process exited before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM a whole process group (spawned with detached: true), SIGKILL whatever is left after graceMs. */
export async function killProcessGroup(pgid: number | undefined, graceMs = 10000): Promise<void> {
  if (!pgid || !groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  const end = Date.now() + graceMs;
  while (Date.now() < end) {
    if (!groupAlive(pgid)) return;
    await sleep(100);
  }
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
}

/** Synchronous last-resort kill, for process 'exit' handlers where nothing async can run. */
export function killProcessGroupNow(pgid: number | undefined): void {
  if (!pgid) return;
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
}
