// "Open as JSON" documents belong to the connection they were opened with: after a switch to another endpoint
// with a same-named domain, each document keeps showing its own connection's content, and a document of a
// connection that is no longer current is never re-read through the current one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { DomainNode } from '../../src/host/explorer/nodes';
import type { RunningSandbox } from '../../src/sandbox/index';
import { directClient } from './domainJsonSupport';
import { child, connectTo, extensionApi, startTestSandbox } from './explorerSupport';

const expirationOf = (doc: vscode.TextDocument): unknown => (JSON.parse(doc.getText()) as { DefaultExpirationDays?: unknown }).DefaultExpirationDays;

describe('Open as JSON across a connection switch', function () {
  this.timeout(60_000);
  let api: CustomerProfilesTestApi;
  let first: RunningSandbox;
  let second: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    first = await startTestSandbox({ demo: { profiles: 20, clusters: 2 } });
    second = await startTestSandbox({ demo: { profiles: 20, clusters: 2 } });
    // Same domain name on both endpoints, told apart by one value.
    for (const [sandbox, days] of [[first, 111], [second, 222]] as const) {
      const client = await directClient(sandbox);
      await client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: days });
      client.dispose();
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (api) await connectTo(api, undefined);
    await first?.stop();
    await second?.stop();
  });

  it('keeps each document on the connection it was opened with', async () => {
    await connectTo(api, first.endpoint);
    api.explorer.refresh();
    const fromFirst = await api.openAsJson((await child(api, undefined, 'demo-retail')) as DomainNode);
    assert.strictEqual(expirationOf(fromFirst), 111);

    await connectTo(api, second.endpoint);
    api.explorer.refresh();
    const fromSecond = await api.openAsJson((await child(api, undefined, 'demo-retail')) as DomainNode);
    assert.strictEqual(expirationOf(fromSecond), 222);

    assert.notStrictEqual(fromFirst.uri.toString(), fromSecond.uri.toString(), 'two connections share one document');
    assert.strictEqual(expirationOf(fromFirst), 111, "the first connection's document now shows the second's domain");
    const reopened = await vscode.workspace.openTextDocument(fromFirst.uri);
    assert.strictEqual(expirationOf(reopened), 111);
  });

  it("does not read another connection's document through the current one", async () => {
    await connectTo(api, first.endpoint);
    api.explorer.refresh();
    const doc = await api.openAsJson((await child(api, undefined, 'demo-retail')) as DomainNode);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await connectTo(api, second.endpoint);
    // A URI of the first connection that this window has no copy of (as after a reload).
    const unknown = doc.uri.with({ path: doc.uri.path.replace('demo-retail.json', 'demo-empty.json') });
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(unknown)), /another Customer Profiles connection/);
  });
});
