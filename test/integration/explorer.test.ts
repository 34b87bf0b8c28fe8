// The explorer inside a real VS Code extension host, against a sandbox started by the test over real
// HTTP through the real SDK: the tree's actual children, lazy tooltips, Open as JSON, filter, the error
// node and its retry, and auto-refresh of running jobs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { DomainNode, ErrorNode, ExplorerNode, FolderNode, IdentityResolutionJobNode, ObjectTypeNode } from '../../src/host/explorer/nodes';
import type { RunningSandbox } from '../../src/sandbox/index';
import { child, connectTo, extensionApi, labels, nextTreeChange, setSetting, startTestSandbox, waitFor } from './explorerSupport';

const FOLDERS = ['Object Types', 'Identity Resolution Jobs', 'Upload Jobs', 'Workflows'];

describe('explorer tree (sandbox with demo data)', function () {
  this.timeout(60_000);
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: { profiles: 120, clusters: 12 }, jobStepMs: 400 });
    await setSetting('explorer.pageSize', undefined);
    await connectTo(api, sandbox.endpoint);
  });

  after(async () => {
    await vscode.commands.executeCommand('customerProfiles.clearDomainFilter');
    await connectTo(api, undefined);
    await sandbox?.stop();
  });

  it('lists the sandbox domains at the root', async () => {
    api.explorer.refresh();
    const roots = await api.explorer.getChildren();
    assert.deepStrictEqual(labels(api, roots).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
    assert.ok(roots.every((n) => n.kind === 'domain'));
    assert.strictEqual(api.explorer.state(), 'ready');
    assert.strictEqual(api.connection.resolved()?.endpoint, sandbox.endpoint);
  });

  it('shows the Matches item, the Profiles item and the four folders under a domain', async () => {
    const retail = await child(api, undefined, 'demo-retail');
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren(retail)), ['Matches', 'Profiles', ...FOLDERS]);
    const item = await api.explorer.getTreeItem(retail);
    assert.strictEqual(item.contextValue, 'domain');
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('Identity Resolution Jobs shows the completed job with its status icon and stats', async () => {
    const jobs = await child(api, await child(api, undefined, 'demo-retail'), 'Identity Resolution Jobs');
    const children = await api.explorer.getChildren(jobs);
    const completed = children.find((n): n is IdentityResolutionJobNode => n.kind === 'identityResolutionJob' && n.item.Status === 'COMPLETED');
    assert.ok(completed, `no COMPLETED job among ${JSON.stringify(labels(api, children))}`);
    const item = await api.explorer.getTreeItem(completed);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.match(String(item.description), /^COMPLETED · [\d,]+ reviewed · [\d,]+ matches · [\d,]+ merges$/);
    assert.strictEqual(item.command?.command, 'customerProfiles.openAsJson');
  });

  it('Object Types, Upload Jobs and Workflows list the demo resources', async () => {
    const retail = await child(api, undefined, 'demo-retail');
    const expectKind: Record<string, ExplorerNode['kind']> = { 'Object Types': 'objectType', 'Upload Jobs': 'uploadJob', Workflows: 'workflow' };
    for (const [folder, kind] of Object.entries(expectKind)) {
      const children = await api.explorer.getChildren(await child(api, retail, folder));
      assert.ok(children.length > 0 && children.every((n) => n.kind === kind), `${folder}: ${JSON.stringify(children.map((n) => n.kind))}`);
    }
  });

  it('object type and domain tooltips load their Get* details on demand', async () => {
    const retail = await child(api, undefined, 'demo-retail');
    const domainTip = (await api.explorer.getTreeItem(retail)).tooltip as vscode.MarkdownString;
    assert.match(domainTip.value, /Identity resolution \| on/);
    assert.match(domainTip.value, /Profiles \| [\d,]+/);
    const objectTypes = await api.explorer.getChildren(await child(api, retail, 'Object Types'));
    const tip = (await api.explorer.getTreeItem(objectTypes[0])).tooltip as vscode.MarkdownString;
    assert.match(tip.value, /\*\*Fields\*\*/);
    assert.strictEqual(tip.isTrusted, false);
  });

  it('an empty domain shows a placeholder in every folder', async () => {
    const empty = await child(api, undefined, 'demo-empty');
    const placeholders: string[] = [];
    for (const folder of (await api.explorer.getChildren(empty)).filter((n): n is FolderNode => n.kind === 'folder')) {
      const children = await api.explorer.getChildren(folder);
      assert.deepStrictEqual(children.map((n) => n.kind), ['placeholder']);
      placeholders.push(...labels(api, children));
    }
    assert.deepStrictEqual(placeholders, ['No object types', 'No identity resolution jobs', 'No upload jobs', 'No workflows']);
  });

  it('Open as JSON shows the Get* response read-only, timestamps ISO, no $metadata', async () => {
    const retail = (await child(api, undefined, 'demo-retail')) as DomainNode;
    const doc = await api.openAsJson(retail);
    assert.strictEqual(doc.uri.scheme, 'customer-profiles-json');
    assert.strictEqual(doc.languageId, 'json');
    const json = JSON.parse(doc.getText()) as Record<string, unknown>;
    assert.strictEqual(json.DomainName, 'demo-retail');
    assert.match(String(json.CreatedAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    assert.ok(!('$metadata' in json));
    assert.ok(json.Matching, 'the GetDomain response, not the list item');

    const jobs = await api.explorer.getChildren(await child(api, retail, 'Identity Resolution Jobs'));
    const job = jobs.find((n): n is IdentityResolutionJobNode => n.kind === 'identityResolutionJob');
    assert.ok(job);
    await vscode.commands.executeCommand('customerProfiles.openAsJson', job);
    const editor = await waitFor('the job document', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.includes('/identity-resolution-jobs/') ? e : undefined;
    });
    assert.strictEqual((JSON.parse(editor.document.getText()) as { JobId?: string }).JobId, job.jobId);
  });

  it('Copy ARN copies the sandbox ARN of a domain and of an object type (account known, nothing asked)', async () => {
    const retail = (await child(api, undefined, 'demo-retail')) as DomainNode;
    const region = api.connection.resolved()?.region;
    assert.ok(region);
    const domainArn = await vscode.commands.executeCommand<string | undefined>('customerProfiles.copyArn', retail);
    assert.strictEqual(domainArn, `arn:aws:profile:${region}:123456789012:domains/demo-retail`);
    assert.strictEqual(await vscode.env.clipboard.readText(), domainArn);

    const objectTypes = await api.explorer.getChildren(await child(api, retail, 'Object Types'));
    const objectType = objectTypes.find((n): n is ObjectTypeNode => n.kind === 'objectType');
    assert.ok(objectType);
    const typeArn = await vscode.commands.executeCommand<string | undefined>('customerProfiles.copyArn', objectType);
    assert.strictEqual(typeArn, `${domainArn}/object-types/${objectType.objectTypeName}`);
    assert.strictEqual(await vscode.env.clipboard.readText(), typeArn);
  });

  it('the domain filter narrows the root and is shown until cleared', async () => {
    await vscode.commands.executeCommand('customerProfiles.filterDomains', 'EMPTY');
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()), ['demo-empty']);
    await vscode.commands.executeCommand('customerProfiles.filterDomains', 'no-such-domain');
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()), ['No loaded domain matches "no-such-domain"']);
    await vscode.commands.executeCommand('customerProfiles.clearDomainFilter');
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
  });

  it('a failing service shows one error node; refresh after recovery shows the domains again', async () => {
    sandbox.setFaults({ failRate: 1 });
    try {
      api.explorer.refresh();
      const roots = await api.explorer.getChildren();
      assert.deepStrictEqual(roots.map((n) => n.kind), ['error']);
      const error = roots[0] as ErrorNode;
      assert.strictEqual(error.error.kind, 'server');
      const item = await api.explorer.getTreeItem(error);
      assert.strictEqual(item.label, 'Failed to load domains');
      assert.match(String(item.description), /Show Log$/);
      assert.strictEqual(item.command?.command, 'customerProfiles.showLog');
      assert.strictEqual(item.contextValue, 'error');
      assert.strictEqual(api.explorer.state(), 'error');
    } finally {
      sandbox.setFaults({ failRate: 0 });
    }
    const [error] = await api.explorer.getChildren();
    await vscode.commands.executeCommand('customerProfiles.refresh', error); // the error node's retry button
    assert.deepStrictEqual(labels(api, await api.explorer.getChildren()).sort(), ['demo-empty', 'demo-retail', 'demo-rules']);
  });

  it('a jobs folder refreshes itself while a job runs and stops when it completed', async () => {
    const retail = await child(api, undefined, 'demo-retail');
    const folder = await child(api, retail, 'Identity Resolution Jobs');
    const started = sandbox.runIdentityResolutionJob('demo-retail');
    api.explorer.refresh(folder);
    const statusOf = async (): Promise<string | undefined> => {
      const jobs = await api.explorer.getChildren(folder);
      return jobs.find((n): n is IdentityResolutionJobNode => n.kind === 'identityResolutionJob' && n.jobId === started.JobId)?.item.Status;
    };
    const first = await statusOf();
    assert.ok(first && first !== 'COMPLETED', `the new job should still run, got ${first}`);
    let automaticRefreshes = 0;
    let status: string | undefined = first;
    while (status !== 'COMPLETED') {
      // Nothing in the test refreshes the folder: only the auto-refresh can fire this change.
      const changed = await nextTreeChange(api, folder, 25_000);
      assert.ok(changed, `no automatic refresh while the job was ${status}`);
      automaticRefreshes++;
      status = await statusOf();
    }
    assert.ok(automaticRefreshes >= 1);
    assert.strictEqual(await nextTreeChange(api, folder, 2_500), undefined, 'polling stops once no job runs');
  });
});
