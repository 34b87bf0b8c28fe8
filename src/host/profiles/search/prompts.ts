// The quick picks and input boxes of Search Profiles…, behind one small interface so integration tests can answer
// them (the test API's `profileSearch`, test mode only). The default asks the user through VS Code.
import vscode = require('vscode');

export interface SearchPrompts {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T | undefined>;
  input(options: vscode.InputBoxOptions): Promise<string | undefined>;
}

export const vscodePrompts: SearchPrompts = {
  pick: async (items, options) => vscode.window.showQuickPick([...items], options),
  input: async (options) => vscode.window.showInputBox(options),
};
