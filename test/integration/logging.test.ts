// What the "Customer Profiles" log shows at VS Code's default log level (Info), read from the log file VS Code
// writes for the output channel: every API call with its operation, duration and request id; failures at
// warning level with the service's error; never credentials.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';

function logFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.log')).map((f) => path.join(dir, f));
}

function logText(api: CustomerProfilesTestApi): string {
  return logFiles(api.logUri.fsPath).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('the log at the default level', function () {
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: { profiles: 20, clusters: 2 } });
    await connectTo(api, sandbox.endpoint);
  });

  after(async () => {
    if (api) await connectTo(api, undefined);
    await sandbox?.stop();
  });

  it('is at Info, the level VS Code starts with', () => {
    // The assertion below is only meaningful when nothing raised the level for this run.
    assert.ok(vscode.env.logLevel <= vscode.LogLevel.Info, `log level is ${vscode.env.logLevel}`);
  });

  it('has a line for each API call with operation, duration and request id', async () => {
    await api.explorer.getChildren(); // ListDomains
    const line = await waitFor('the ListDomains line in the log file', () =>
      logText(api).split('\n').find((l) => /\[info\] ListDomains ok \d+ms requestId=\S+/.test(l)));
    assert.doesNotMatch(line, /requestId=-/, 'the sandbox sends a request id');
  });

  it('logs a failed call as a warning with the service error, never credentials', async () => {
    const client = await api.connection.api();
    await assert.rejects(client.call('GetDomain', { DomainName: 'no-such-domain' }));
    const line = await waitFor('the failed GetDomain line in the log file', () =>
      logText(api).split('\n').find((l) => l.includes('GetDomain no-such-domain failed')));
    assert.match(line, /\[warning\] GetDomain no-such-domain failed \d+ms ResourceNotFoundException: .+ requestId=\S+/);
    assert.doesNotMatch(logText(api), /AKIDSANDBOXDUMMY|local-sandbox-ignores-signatures|aws_secret_access_key/i);
  });
});
