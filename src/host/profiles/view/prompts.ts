// The questions the profile commands ask (domain, ProfileId, key name, values, confirmations). VS Code's pickers
// and modals by default; the test API swaps them (test mode only), since an extension-host test cannot click.
import vscode = require('vscode');
import { isProfileId } from '../profileRef';

export interface ProfileViewPrompts {
  pickDomain(domains: readonly string[]): Promise<string | undefined>;
  inputProfileId(): Promise<string | undefined>;
  pickKeyName(choices: readonly string[]): Promise<string | undefined>;
  /** The values of the key, one or more, comma-separated; never empty. */
  inputKeyValues(keyName: string): Promise<string | undefined>;
  /** A modal: resolves true only when `action` was chosen. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** The typed confirmation of a delete: what the user typed. */
  typeToConfirm(prompt: string, placeHolder: string): Promise<string | undefined>;
}

export const vscodePrompts: ProfileViewPrompts = {
  pickDomain: async (domains) => vscode.window.showQuickPick([...domains], { title: vscode.l10n.t('Open Profile'), placeHolder: vscode.l10n.t('Domain of the profile') }),
  inputProfileId: async () => vscode.window.showInputBox({
    title: vscode.l10n.t('Open Profile'), prompt: vscode.l10n.t('{0} (32 lowercase hex characters)', 'ProfileId'), ignoreFocusOut: true,
    validateInput: (v) => (isProfileId(v.trim()) ? undefined : vscode.l10n.t('A {0} is 32 characters 0-9 a-f.', 'ProfileId')),
  }),
  pickKeyName: async (choices) => vscode.window.showQuickPick([...choices], { title: vscode.l10n.t('Add Profile Key'), placeHolder: vscode.l10n.t('Key name (the domain\'s object-type keys, then the standard ones)') }),
  inputKeyValues: async (keyName) => vscode.window.showInputBox({
    title: vscode.l10n.t('Add Profile Key: {0}', keyName), prompt: vscode.l10n.t('Value(s), separated by commas'), ignoreFocusOut: true,
    validateInput: (v) => (parseKeyValues(v).length ? undefined : vscode.l10n.t('Type at least one value.')),
  }),
  confirm: async (message, detail, action) => (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action,
  typeToConfirm: async (prompt, placeHolder) => vscode.window.showInputBox({ title: vscode.l10n.t('Delete Profile'), prompt, placeHolder, ignoreFocusOut: true }),
};

/** "a, b,,c " → ["a", "b", "c"] (distinct, trimmed, none empty). */
export function parseKeyValues(text: string): string[] {
  return [...new Set(text.split(',').map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** Where the commands get their prompts; the test API sets `override`. */
export const promptHooks: { override: ProfileViewPrompts | undefined } = { override: undefined };
export const prompts = (): ProfileViewPrompts => promptHooks.override ?? vscodePrompts;
