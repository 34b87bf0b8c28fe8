// e2e-only extension (installed next to ours by test/e2e/run.ts). "Exports Probe: Check" activates Customer Profiles
// Explorer the way any other extension can and shows what it exported, so the e2e run can read it off the screen.
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('cpxE2e.checkExports', async () => {
      const extension = vscode.extensions.getExtension('cpx-tools.customer-profiles-explorer');
      if (!extension) return vscode.window.showErrorMessage('cpx-probe: extension not found');
      const exported = await extension.activate();
      const keys = exported && typeof exported === 'object' ? Object.keys(exported).sort().join(',') : '';
      return vscode.window.showInformationMessage(`cpx-probe: exports=${exported === undefined ? 'undefined' : typeof exported} keys=[${keys}]`);
    }),
  );
};
