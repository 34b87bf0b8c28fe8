// "Load more…" against a sandbox with more domains than one page: pages load on request, one request
// at a time, and the whole list ends up loaded once, without duplicates.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { LoadMoreNode } from '../../src/host/explorer/nodes';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, createDomains, extensionApi, labels, setSetting, startTestSandbox } from './explorerSupport';

const DOMAINS = Array.from({ length: 33 }, (_, i) => `paged-${String(i).padStart(2, '0')}`);

describe('explorer paging ("Load more…")', function () {
  this.timeout(60_000);
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: false });
    await createDomains(sandbox, DOMAINS);
    await setSetting('explorer.pageSize', 10);
    await connectTo(api, sandbox.endpoint);
  });

  after(async () => {
    await setSetting('explorer.pageSize', undefined);
    await connectTo(api, undefined);
    await sandbox?.stop();
  });

  const domainLabels = async (): Promise<string[]> => labels(api, (await api.explorer.getChildren()).filter((n) => n.kind === 'domain'));
  const loadMoreNode = async (): Promise<LoadMoreNode | undefined> => (await api.explorer.getChildren()).find((n): n is LoadMoreNode => n.kind === 'loadMore');

  it('shows the first page and a "Load more…" node', async () => {
    api.explorer.refresh();
    const roots = await api.explorer.getChildren();
    assert.strictEqual(roots.filter((n) => n.kind === 'domain').length, 10);
    const more = roots[roots.length - 1];
    assert.strictEqual(more.kind, 'loadMore');
    const item = await api.explorer.getTreeItem(more);
    assert.strictEqual(item.label, 'Load more…');
    assert.strictEqual(item.description, '10 loaded');
    assert.strictEqual(item.command?.command, 'customerProfiles.loadMore');
  });

  it('concurrent clicks on "Load more…" fetch one page, not two', async () => {
    const more = await loadMoreNode();
    assert.ok(more);
    await Promise.all([api.explorer.loadMore(more), api.explorer.loadMore(more), vscode.commands.executeCommand('customerProfiles.loadMore', more)]);
    assert.strictEqual((await domainLabels()).length, 20);
  });

  it('loads the rest with no duplicates, then the node disappears', async () => {
    for (let guard = 0; guard < 10; guard++) {
      const more = await loadMoreNode();
      if (!more) break;
      await vscode.commands.executeCommand('customerProfiles.loadMore', more);
    }
    const names = await domainLabels();
    assert.strictEqual(names.length, DOMAINS.length);
    assert.deepStrictEqual([...names].sort(), DOMAINS);
    assert.strictEqual(await loadMoreNode(), undefined);
  });

  it('the palette "Load More" says everything is loaded instead of failing', async () => {
    await vscode.commands.executeCommand('customerProfiles.loadMore');
    assert.strictEqual((await domainLabels()).length, DOMAINS.length);
  });
});
