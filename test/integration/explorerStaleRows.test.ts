// A row the tree still shows from the PREVIOUS connection (VS Code keeps the old rows until the new domain list
// arrives) must not act on the new one. Its node names a resource of the old connection (node ids carry the
// connection key), so a command given such a node says so and runs nothing; before, "Review Matches" on an old
// row opened the new connection's panel for a domain of the same name. Real VS Code, two sandboxes over HTTP.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { RunningSandbox } from '../../src/sandbox/index';
import { child, connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';

const DOMAIN = 'demo-retail';

describe('explorer: a row of the previous connection runs nothing on the new one', function () {
  this.timeout(60_000);
  let api: CustomerProfilesTestApi;
  let first: RunningSandbox;
  let second: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    first = await startTestSandbox({ demo: { profiles: 60, clusters: 6 } });
    second = await startTestSandbox({ demo: { profiles: 60, clusters: 6 } });
  });

  after(async () => {
    if (api.matches.isOpen(DOMAIN)) api.matches.close(DOMAIN);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await connectTo(api, undefined);
    await first?.stop();
    await second?.stop();
  });

  it('Review Matches with the old connection\'s Matches row: no panel; the new row opens the new connection\'s panel', async () => {
    await connectTo(api, first.endpoint);
    const oldMatches = await child(api, await child(api, undefined, DOMAIN), 'Matches');
    const oldKey = api.connection.key();
    await connectTo(api, second.endpoint);
    assert.notStrictEqual(api.connection.key(), oldKey);

    await vscode.commands.executeCommand('customerProfiles.reviewMatches', oldMatches);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(api.matches.isOpen(DOMAIN), false, 'nothing opened for the new connection from an old row');
    assert.strictEqual(api.matches.isOpen(DOMAIN, oldKey), false, 'nor for the old one');

    const newMatches = await child(api, await child(api, undefined, DOMAIN), 'Matches');
    await vscode.commands.executeCommand('customerProfiles.reviewMatches', newMatches);
    await waitFor('the new connection\'s panel', () => (api.matches.isOpen(DOMAIN) ? true : undefined));
  });
});
