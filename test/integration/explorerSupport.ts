// Helpers for the explorer/connection integration tests (not a test file itself).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/host/explorer/nodes';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index';
import { createCustomerProfilesApi } from '../../src/aws/index';
import { silentLogger } from '../../src/shared/logger';

export const EXTENSION_ID = 'cpx-tools.customer-profiles-explorer';

export async function extensionApi(): Promise<CustomerProfilesTestApi> {
  const extension = vscode.extensions.getExtension<CustomerProfilesTestApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type SettingKey = 'endpoint' | 'profile' | 'region' | 'explorer.pageSize';

export async function setSetting(key: SettingKey, value: string | number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('customerProfiles').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Points the extension at `endpoint` through the setting and waits until it uses it. */
export async function connectTo(api: CustomerProfilesTestApi, endpoint: string | undefined): Promise<void> {
  if (api.sandbox.running()) await api.sandbox.stop();
  await setSetting('endpoint', endpoint);
  await waitFor(`connection to ${endpoint}`, () => api.connection.current().endpoint === endpoint);
}

export function labelOf(api: CustomerProfilesTestApi, node: ExplorerNode): string {
  return api.explorer.present(node).label;
}

export function labels(api: CustomerProfilesTestApi, nodes: readonly ExplorerNode[]): string[] {
  return nodes.map((n) => labelOf(api, n));
}

/** The child with this label, failing with the labels that exist. */
export async function child(api: CustomerProfilesTestApi, parent: ExplorerNode | undefined, label: string): Promise<ExplorerNode> {
  const children = await api.explorer.getChildren(parent);
  const found = children.find((n) => labelOf(api, n) === label);
  assert.ok(found, `no child "${label}" under ${parent ? labelOf(api, parent) : 'the root'}; children: ${JSON.stringify(labels(api, children))}`);
  return found;
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, host: '127.0.0.1', ...options });
}

/** Creates domains in a sandbox through the real SDK (test setup only). */
export async function createDomains(sandbox: RunningSandbox, names: readonly string[]): Promise<void> {
  const client = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
  try {
    for (const DomainName of names) await client.call('CreateDomain', { DomainName, DefaultExpirationDays: 30 });
  } finally {
    client.dispose();
  }
}

/** Resolves at the next onDidChangeTreeData for `node` (or any node when omitted), or undefined on timeout. */
export function nextTreeChange(api: CustomerProfilesTestApi, node: ExplorerNode | undefined, timeoutMs: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(undefined);
    }, timeoutMs);
    const sub = api.explorer.onDidChangeTreeData((changed) => {
      if (node && changed !== node) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(true);
    });
  });
}
