// The explorer's job rows in a real extension host against a sandbox over real HTTP: Start / Stop Upload Job from
// the tree (the modal's exact request, the status the row shows after), a job started behind the extension's back
// (straight at the sandbox, like the CLI) appearing in a folder that shows a running job, and Copy Name on a job.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { ExplorerNode, FolderNode, UploadJobNode } from '../../src/host/explorer/nodes';
import type { RunningSandbox } from '../../src/sandbox/index';
import { createCustomerProfilesApi } from '../../src/aws/index';
import { silentLogger } from '../../src/shared/logger';
import { child, connectTo, extensionApi, nextTreeChange, setSetting, startTestSandbox, waitFor } from './explorerSupport';

const DOMAIN = 'demo-retail';

describe('explorer jobs (sandbox with demo data)', function () {
  this.timeout(90_000);
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;
  let folder: FolderNode;
  const asked: { message: string; detail: string; action: string }[] = [];
  let answer = true;

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: { profiles: 60, clusters: 6 } });
    await setSetting('explorer.pageSize', undefined);
    await connectTo(api, sandbox.endpoint);
    api.explorer.hooks.confirm = async (message, detail, action) => {
      asked.push({ message, detail, action });
      return answer;
    };
    api.explorer.hooks.recheckMs = [50, 100, 200];
    api.explorer.refresh();
    folder = (await child(api, await child(api, undefined, DOMAIN), 'Upload Jobs')) as FolderNode;
  });

  after(async () => {
    delete api.explorer.hooks.confirm;
    delete api.explorer.hooks.recheckMs;
    await connectTo(api, undefined);
    await sandbox?.stop();
  });

  const uploadJobs = async (): Promise<UploadJobNode[]> =>
    (await api.explorer.getChildren(folder)).filter((n): n is UploadJobNode => n.kind === 'uploadJob');
  const jobNamed = async (name: string): Promise<UploadJobNode> => {
    const found = (await uploadJobs()).find((n) => n.item.DisplayName === name);
    assert.ok(found, `no upload job "${name}"`);
    return found;
  };
  const remoteStatus = (jobId: string): string | undefined => sandbox.state.domains.get(DOMAIN)?.uploadJobs.get(jobId)?.Status;

  it('offers Start on the CREATED job and Stop on the IN_PROGRESS one, nothing on finished jobs', async () => {
    const contexts = new Map((await uploadJobs()).map((n) => [n.item.Status, api.explorer.present(n).contextValue]));
    assert.strictEqual(contexts.get('CREATED'), 'uploadJob:startable');
    assert.strictEqual(contexts.get('IN_PROGRESS'), 'uploadJob:stoppable');
    for (const status of ['SUCCEEDED', 'PARTIALLY_SUCCEEDED', 'FAILED', 'STOPPED']) assert.strictEqual(contexts.get(status as UploadJobNode['item']['Status']), 'uploadJob', status);
  });

  it('Start Upload Job: declining the modal sends nothing', async () => {
    const job = await jobNamed('returns-desk.csv');
    answer = false;
    try {
      assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.startUploadJob', job), undefined);
    } finally {
      answer = true;
    }
    assert.strictEqual(remoteStatus(job.jobId), 'CREATED');
  });

  it('Start Upload Job shows the exact StartUploadJob request, starts the job and the row shows IN_PROGRESS', async () => {
    asked.length = 0;
    const job = await jobNamed('returns-desk.csv');
    const status = await vscode.commands.executeCommand<string>('customerProfiles.startUploadJob', job);
    assert.strictEqual(status, 'IN_PROGRESS');
    assert.strictEqual(asked.length, 1);
    assert.match(asked[0].message, /returns-desk\.csv/);
    assert.ok(asked[0].detail.includes(`StartUploadJob { DomainName: "${DOMAIN}", JobId: "${job.jobId}" }`), asked[0].detail);
    assert.match(asked[0].detail, /ingesting the data uploaded for this job/);
    assert.strictEqual(remoteStatus(job.jobId), 'IN_PROGRESS');
    const row = await waitFor('the row to show IN_PROGRESS', async () => {
      const n = (await uploadJobs()).find((j) => j.jobId === job.jobId);
      return n?.item.Status === 'IN_PROGRESS' ? n : undefined;
    });
    assert.strictEqual(api.explorer.present(row).contextValue, 'uploadJob:stoppable');
  });

  it('Stop Upload Job says ingested records stay, stops the job and the row shows STOPPED with no action left', async () => {
    asked.length = 0;
    const job = await jobNamed('returns-desk.csv');
    assert.strictEqual(await vscode.commands.executeCommand<string>('customerProfiles.stopUploadJob', job), 'STOPPED');
    assert.ok(asked[0].detail.includes(`StopUploadJob { DomainName: "${DOMAIN}", JobId: "${job.jobId}" }`), asked[0].detail);
    assert.match(asked[0].detail, /already ingested stay/);
    assert.strictEqual(remoteStatus(job.jobId), 'STOPPED');
    const row = await waitFor('the row to show STOPPED', async () => {
      const n = (await uploadJobs()).find((j) => j.jobId === job.jobId);
      return n?.item.Status === 'STOPPED' ? n : undefined;
    });
    assert.strictEqual(api.explorer.present(row).contextValue, 'uploadJob');
    // Run anyway (a stale row): nothing is asked and nothing is sent.
    asked.length = 0;
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.startUploadJob', row), undefined);
    assert.strictEqual(asked.length, 0);
  });

  it('a job started elsewhere appears without a refresh while the folder shows a running job', async () => {
    const before = await uploadJobs();
    assert.ok(before.some((n) => n.item.Status === 'IN_PROGRESS'), 'the demo has a running upload job');
    // Behind the extension's back, as the AWS CLI would: its own client straight at the sandbox.
    const cli = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
    let jobId: string;
    try {
      jobId = (await cli.call('CreateUploadJob', { DomainName: DOMAIN, DisplayName: 'from-the-cli.csv', UniqueKey: 'Id', Fields: { Id: { Source: '_source.Id', Target: '_profile.AccountNumber' } } })).JobId ?? '';
      await cli.call('StartUploadJob', { DomainName: DOMAIN, JobId: jobId });
    } finally {
      cli.dispose();
    }
    let shown: ExplorerNode | undefined;
    for (let changes = 0; !shown; changes++) {
      // Nothing in the test refreshes the folder: only its auto-refresh can fire this change.
      assert.ok(await nextTreeChange(api, folder, 40_000), `no automatic refresh of Upload Jobs (after ${changes})`);
      shown = (await uploadJobs()).find((n) => n.jobId === jobId);
    }
    assert.strictEqual(api.explorer.present(shown).label, 'from-the-cli.csv');
  });

  it('Copy Name on a job copies its JobId', async () => {
    const job = await jobNamed('contacts-2024-q4.csv');
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.copyName', job), job.jobId);
    assert.strictEqual(await vscode.env.clipboard.readText(), job.jobId);
  });
});
