// The localization guard in eslint.config.mjs (no-restricted-syntax), proven on planted code: a literal where VS Code
// or a webview shows text fails lint; the same text through vscode.l10n.t / l10n.t, URLs, JSON examples and
// codicon-only templates pass. lintText on virtual files: nothing is written into the tree.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { PROJECT_ROOT } from '../../harness/paths';

const HEAD = "import vscode = require('vscode');\ndeclare const name: string;\n";
const HOST = 'src/host/planted/planted.ts';
const WEBVIEW = 'media/planted/planted.ts';

const cases: [string, string, string, boolean][] = [
  ['a notification with a literal', HOST, "void vscode.window.showInformationMessage('Deleted the domain.');", true],
  ['a notification with a template', HOST, 'void vscode.window.showErrorMessage(`Could not delete ${name}.`);', true],
  ['a literal modal button', HOST, "void vscode.window.showWarningMessage(vscode.l10n.t('Delete?'), { modal: true }, 'Delete');", true],
  ['a literal modal detail', HOST, "void vscode.window.showWarningMessage(vscode.l10n.t('Delete?'), { modal: true, detail: 'This cannot be undone.' });", true],
  ['a quick pick item label', HOST, "void vscode.window.showQuickPick([{ label: 'Blank object type' }]);", true],
  ['a quick pick placeholder', HOST, "void vscode.window.showQuickPick([], { placeHolder: 'Pick a domain' });", true],
  ['an input box prompt', HOST, "void vscode.window.showInputBox({ prompt: 'Name of the new domain' });", true],
  ['an input box title', HOST, "void vscode.window.showInputBox({ title: 'Create Domain' });", true],
  ['a tree item label', HOST, "export const item = new vscode.TreeItem('Object Types');", true],
  ['a webview panel title', HOST, "vscode.window.createWebviewPanel('x.view', 'Matches', vscode.ViewColumn.Active);", true],
  ['a progress title', HOST, "void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Starting…' }, async () => undefined);", true],
  ['a status bar tooltip', HOST, "declare const item: vscode.StatusBarItem;\nitem.tooltip = 'Click for connection actions';", true],
  ['a webview textContent', WEBVIEW, "declare const el: HTMLElement;\nel.textContent = 'Loading matches…';", true],
  ['a webview title attribute', WEBVIEW, "declare const el: HTMLElement;\nel.title = `Merge ${String(1)} profiles`;", true],
  ['a translated notification (allowed)', HOST, "void vscode.window.showInformationMessage(vscode.l10n.t('Deleted {0}.', name));", false],
  ['a URL placeholder and a JSON example (allowed)', HOST, "void vscode.window.showInputBox({ placeHolder: 'http://127.0.0.1:4566' });\nvoid vscode.window.showInputBox({ placeHolder: '{\"email\": \"jane@example.com\"}' });", false],
  ['a codicon-only template (allowed)', HOST, "void vscode.window.showQuickPick([{ label: `$(check) ${name}` }]);", false],
  ['a view type id (allowed)', HOST, "vscode.window.createWebviewPanel('customerProfiles.matches', vscode.l10n.t('Matches'), vscode.ViewColumn.Active);", false],
  ['a translated webview text (allowed)', WEBVIEW, "import * as l10n from '@vscode/l10n';\ndeclare const el: HTMLElement;\nel.textContent = l10n.t('Loading…');", false],
];

describe('lint: the localization guard (planted code)', function () {
  this.timeout(120_000);
  const eslint = new ESLint({ cwd: PROJECT_ROOT });

  for (const [what, file, code, fails] of cases) {
    it(`${what} ${fails ? 'fails' : 'passes'}`, async () => {
      const source = file === WEBVIEW && !code.startsWith('import') ? `declare const name: string;\n${code}\n` : file === WEBVIEW ? `${code}\n` : `${HEAD}${code}\n`;
      const [result] = await eslint.lintText(source, { filePath: path.join(PROJECT_ROOT, file) });
      const guard = result.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && /Translate user-visible text/.test(m.message));
      assert.equal(guard.length > 0, fails, result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`).join('\n') || 'no messages');
    });
  }
});
