// Which VS Code and Node the suite really ran on (CPX_VSCODE, set by the harness): the log line is the proof in
// CI output, and the assertions catch a harness that silently runs the wrong code-server or the wrong Node.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { extensionApi, waitFor } from './explorerSupport';

const EXTENSION_ID = 'cpx-tools.customer-profiles-explorer';

function major(version: string): number {
  return Number(/^v?(\d+)/.exec(version)?.[1] ?? NaN);
}
function minor(version: string): number {
  return Number(/^\^?\d+\.(\d+)/.exec(version)?.[1] ?? NaN);
}

describe('runtime', () => {
  const target = process.env.CPX_VSCODE ?? 'min';
  const engine = String((vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { engines?: { vscode?: string } } | undefined)?.engines?.vscode);

  it('reports the VS Code and Node it runs on', () => {
    console.log(`runtime: CPX_VSCODE=${target} VS Code ${vscode.version} (engines.vscode ${engine}), extension host Node ${process.version}`);
    assert.ok(minor(vscode.version) >= minor(engine), `VS Code ${vscode.version} is older than engines.vscode ${engine}`);
  });

  it('runs the VS Code the harness was asked for', () => {
    if (target === 'min') {
      assert.strictEqual(minor(vscode.version), minor(engine), `CPX_VSCODE=min should be engines.vscode ${engine}, got ${vscode.version}`);
    } else {
      assert.ok(minor(vscode.version) > minor(engine), `CPX_VSCODE=${target} should be newer than ${engine}, got ${vscode.version}`);
      // The newest code-server requires Node 24; the harness provisions it and the extension host must run on it.
      assert.strictEqual(major(process.version), 24, `extension host Node ${process.version}`);
    }
  });

  it('prints what activation cost in this extension host (the "Activated in" log line)', async () => {
    const api = await extensionApi();
    const dir = api.logUri.fsPath;
    const logText = (): string => (fs.existsSync(dir)
      ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.log')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n')
      : '');
    // VS Code writes the output channel's log file a moment later.
    const ms = await waitFor(`an "Activated in" line in ${dir}`, () => /Activated in ([\d.]+) ms/.exec(logText())?.[1], 15_000);
    console.log(`runtime: activation ${ms} ms on VS Code ${vscode.version} (figure only, never asserted)`);
  });
});
