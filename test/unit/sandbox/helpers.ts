// Shared test helpers: a sandbox per suite and the REAL v3 client pointed at it.
import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import * as http from 'http';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox';

export const SMALL_DEMO = { profiles: 120, clusters: 12, seed: 7 };

export async function startSmall(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ demo: SMALL_DEMO, jobStepMs: 0, ...options });
}

export function clientFor(sb: RunningSandbox, maxAttempts?: number): CustomerProfilesClient {
  return new CustomerProfilesClient({
    endpoint: sb.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' },
    maxAttempts,
  });
}

/** Runs `fn`, which must throw; returns the error for assertions. */
export async function rejects(fn: () => Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await fn();
  } catch (e) {
    return e as Error & { $metadata?: { httpStatusCode?: number; attempts?: number } };
  }
  throw new Error('expected the call to fail');
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): Record<string, unknown>;
}

/** A raw HTTP request (for what the SDK cannot send: bad JSON, unknown routes, huge bodies). */
export function raw(sb: RunningSandbox, method: string, path: string, body?: string | Buffer, headers: http.OutgoingHttpHeaders = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${sb.endpoint}${path}`, { method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Polls until `check` returns a value (jobs advance on timers). Bounded. */
export async function until<T>(check: () => Promise<T | undefined>, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
