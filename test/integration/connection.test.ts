// Connection switching in the real extension host: settings and the Start/Stop Local Sandbox commands
// rebuild the client and reload the tree (the AWS Toolkit keeps stale clients; we must not).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { ErrorNode } from '../../src/host/explorer/nodes';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, createDomains, extensionApi, labels, setSetting, startTestSandbox, waitFor } from './explorerSupport';

describe('connection', function () {
  this.timeout(60_000);
  let api: CustomerProfilesTestApi;
  let first: RunningSandbox;
  let second: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    [first, second] = await Promise.all([startTestSandbox({ demo: { profiles: 60, clusters: 6 } }), startTestSandbox({ demo: false })]);
    await createDomains(second, ['only-in-second', 'also-in-second']);
  });

  after(async () => {
    await setSetting('region', undefined);
    await connectTo(api, undefined);
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('switching the endpoint setting rebuilds the client and the tree shows the other sandbox', async () => {
    await connectTo(api, first.endpoint);
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
    const firstClient = await api.connection.api();

    await connectTo(api, second.endpoint);
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['also-in-second', 'only-in-second']);
    const secondClient = await api.connection.api();
    assert.notStrictEqual(secondClient, firstClient, 'a new client for the new connection');
    assert.strictEqual(secondClient.connection.endpoint, second.endpoint);
    assert.strictEqual(api.connection.resolved()?.endpoint, second.endpoint);
  });

  it('changing the region rebuilds the client with that region', async () => {
    await connectTo(api, second.endpoint);
    await setSetting('region', 'eu-west-2');
    await waitFor('region setting', () => api.connection.current().region === 'eu-west-2');
    await api.explorer.getChildren();
    assert.strictEqual(api.connection.resolved()?.region, 'eu-west-2');
    assert.strictEqual(api.connection.resolved()?.regionSource, 'setting');
    await setSetting('region', undefined);
  });

  it('Start Local Sandbox connects the explorer to an in-process sandbox; Stop returns to the settings', async () => {
    await connectTo(api, second.endpoint);
    await vscode.commands.executeCommand('customerProfiles.startSandbox');
    const running = api.sandbox.running();
    assert.ok(running, 'the sandbox runs');
    assert.deepStrictEqual(api.connection.current(), { sandbox: true, endpoint: running.endpoint });
    assert.match(running.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
    assert.strictEqual(api.connection.resolved()?.credentialSource, 'sandbox');

    await vscode.commands.executeCommand('customerProfiles.stopSandbox');
    assert.strictEqual(api.sandbox.running(), undefined);
    assert.strictEqual(api.connection.current().endpoint, second.endpoint);
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['also-in-second', 'only-in-second']);
  });

  it('a changed connection setting wins over a running sandbox', async () => {
    await vscode.commands.executeCommand('customerProfiles.startSandbox');
    assert.strictEqual(api.connection.current().sandbox, true);
    await vscode.commands.executeCommand('customerProfiles.setEndpoint', first.endpoint);
    await waitFor('leaving the sandbox', () => api.connection.current().endpoint === first.endpoint && !api.connection.current().sandbox);
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
    await vscode.commands.executeCommand('customerProfiles.stopSandbox');
  });

  it('an unreachable endpoint shows an error node that says so', async () => {
    const closed = await startTestSandbox({ demo: false });
    const endpoint = closed.endpoint;
    await closed.stop(); // nothing listens on this port any more
    await connectTo(api, endpoint);
    const roots = await api.explorer.getChildren();
    assert.deepStrictEqual(roots.map((n) => n.kind), ['error']);
    const { error } = roots[0] as ErrorNode;
    assert.strictEqual(error.kind, 'unreachable');
    assert.ok(error.message.includes(endpoint), error.message);
  });

  it('Set Endpoint rejects an invalid URL and keeps the setting', async () => {
    await connectTo(api, first.endpoint);
    await vscode.commands.executeCommand('customerProfiles.setEndpoint', 'ftp://nope');
    assert.strictEqual(vscode.workspace.getConfiguration('customerProfiles').get('endpoint'), first.endpoint);
  });
});
