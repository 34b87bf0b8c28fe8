// Smoke test in the real extension host: the extension stays dormant until its view opens, then activates,
// registers every contributed command and returns its test API.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'cpx-tools.customer-profiles-explorer';

interface Manifest {
  activationEvents?: string[];
  contributes?: { commands?: { command: string }[]; viewsContainers?: { activitybar?: { id: string }[] } };
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('activation', () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const manifest = (extension?.packageJSON ?? {}) as Manifest;

  it('is installed under its published id', () => {
    assert.ok(extension, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
  });

  it('declares no eager activation events', () => {
    const eager = (manifest.activationEvents ?? []).filter((e) => e === '*' || e === 'onStartupFinished');
    assert.deepStrictEqual(eager, []);
  });

  it('is not active before its view or a command is used', () => {
    assert.strictEqual(extension?.isActive, false);
  });

  it('activates when the Customer Profiles view is opened', async () => {
    const container = manifest.contributes?.viewsContainers?.activitybar?.find((c) => c.id === 'customerProfiles');
    assert.ok(container, 'package.json contributes no activity-bar container with id customerProfiles');
    await vscode.commands.executeCommand('workbench.view.extension.customerProfiles');
    await waitFor(() => extension?.isActive === true, 20_000, 'activation after opening the view');
  });

  it('registers every contributed command', async () => {
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  it('returns its test API from activate()', () => {
    const api: unknown = extension?.exports;
    assert.ok(api !== null && typeof api === 'object', `activate() returned ${String(api)}`);
  });
});
