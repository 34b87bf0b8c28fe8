// The test's own line to the workbench's sandbox (world().endpoint; it ignores signatures), to set up data and to
// compare what the workbench shows with what the API says. Shared by the scenario files.
import * as assert from 'assert';
import * as path from 'path';
import type * as RealSandbox from '../../src/sandbox/index';
import { world } from './world';

export async function sandboxCall<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', pathAndQuery: string, body?: unknown): Promise<T> {
  const response = await fetch(`${world().endpoint}${pathAndQuery}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000),
  });
  assert.strictEqual(response.status, 200, `${method} ${pathAndQuery} -> ${response.status}: ${await response.clone().text().catch(() => '')}`);
  return (await response.json()) as T;
}

export interface DemoCustomer { profileId: string; phone: string; name: string; firstName?: string; lastName?: string }

/**
 * The first demo-retail customer with a CTR object and a phone, read from a FRESH demo sandbox: the demo is seeded,
 * so every demo sandbox (the workbench's, or the one "Start Local Sandbox" starts) begins with the same one.
 */
export async function demoCustomerWithCtr(): Promise<DemoCustomer> {
  const sandboxModule = require(path.join(__dirname, '..', '..', 'src', 'sandbox', 'index.js')) as typeof RealSandbox;
  const sb = await sandboxModule.startSandbox({ port: 0, demo: true });
  try {
    const stored = [...(sb.state.domains.get('demo-retail')?.profiles.values() ?? [])].find((p) => p.objects.has('CTR') && p.profile.PhoneNumber);
    assert.ok(stored, 'a demo customer with a CTR object and a phone');
    const p = stored.profile;
    return { profileId: p.ProfileId, phone: p.PhoneNumber as string, name: [p.FirstName, p.LastName].filter(Boolean).join(' '), firstName: p.FirstName, lastName: p.LastName };
  } finally {
    await sb.stop();
  }
}
