// Every question the domain-JSON editor asks, behind one interface: the real implementation uses VS Code
// modals and input boxes; integration tests replace members to choose answers (modals cannot be clicked there).
import vscode = require('vscode');
import type { RuleLockWarning } from './ruleSaveGuard';
import type { ConfirmationText } from './saveSummary';

export type ConflictChoice = 'compare' | 'overwrite' | 'cancel';
export type ConfirmChoice = 'apply' | 'showDiff' | 'cancel';

export interface ConflictInfo {
  /** `domain demo-retail`. */
  readonly subject: string;
  /** LastUpdatedAt when the document was opened / now (ms; 0 = unknown). */
  readonly openedAt: number;
  readonly remoteAt: number;
}

export interface NameRequest {
  readonly title: string;
  readonly prompt: string;
  /** Returns a problem to show, or undefined when the name is acceptable. */
  readonly validate: (value: string) => string | undefined;
}

export interface TypedConfirmation {
  readonly title: string;
  /** The name the user must type exactly. */
  readonly expected: string;
  readonly prompt: string;
  /** The final modal after the name was typed. */
  readonly message: string;
  readonly detail: string;
  /** Label of the destructive button. */
  readonly action: string;
}

export interface PickItem<T> {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  readonly value: T;
}

export interface Prompts {
  conflict(info: ConflictInfo): Promise<ConflictChoice>;
  confirmSave(text: ConfirmationText, destructive: boolean): Promise<ConfirmChoice>;
  newName(request: NameRequest): Promise<string | undefined>;
  /** Typed name, then a modal; true only when both were confirmed. */
  confirmDeletion(request: TypedConfirmation): Promise<boolean>;
  pick<T>(items: readonly PickItem<T>[], options: { title: string; placeHolder: string }): Promise<T | undefined>;
  /** The save would change RuleBasedMatching while the service evaluates it: true = send anyway. */
  ruleMatchingLocked(warning: RuleLockWarning): Promise<boolean>;
  /** The 12-digit account id of the current connection (tag changes need ARNs). */
  accountId(connectionLabel: string): Promise<string | undefined>;
  /** Why an explicit save was not applied, shown once (a notification; the text stays, marked not applied). */
  notApplied(message: string, severity: 'error' | 'info'): void;
  /** JSON files holding sample objects ("Create Object Type from Samples…"); undefined when cancelled. */
  sampleFiles(): Promise<readonly vscode.Uri[] | undefined>;
  /** A pasted sample: one JSON object or an array of objects; undefined when cancelled. */
  pastedSample(): Promise<string | undefined>;
}

const when = (ms: number): string => (ms ? new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : vscode.l10n.t('unknown'));

/** A profile has no LastUpdatedAt: the change is seen in the content, so the times say nothing then. */
const versions = (info: ConflictInfo): string =>
  info.openedAt || info.remoteAt
    ? vscode.l10n.t('Your document is based on the version of {0}; the service now has one from {1}.', when(info.openedAt), when(info.remoteAt))
    : vscode.l10n.t('The service\'s version differs from the one your document was opened from.');

export const vscodePrompts: Prompts = {
  async conflict(info) {
    const compare = vscode.l10n.t('Compare');
    const overwrite = vscode.l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('The {0} changed on the service since you opened it.', info.subject),
      {
        modal: true,
        detail: `${versions(info)}\n\n${vscode.l10n.t('Compare shows the service\'s version next to yours (your text stays unsaved). Overwrite saves your version over the other change.')}`,
      },
      compare,
      overwrite,
    );
    return choice === compare ? 'compare' : choice === overwrite ? 'overwrite' : 'cancel';
  },

  async confirmSave(text, destructive) {
    const apply = destructive ? vscode.l10n.t('Apply and Clear') : vscode.l10n.t('Apply');
    // Opens the diff (service ↔ yours) and ends the save not applied: the diff stays usable, no dialog over it.
    const showChanges = vscode.l10n.t('Show Changes');
    const choice = await vscode.window.showInformationMessage(text.message, { modal: true, detail: text.detail }, apply, showChanges);
    return choice === apply ? 'apply' : choice === showChanges ? 'showDiff' : 'cancel';
  },

  async ruleMatchingLocked(warning) {
    const choice = await vscode.window.showWarningMessage(warning.message, { modal: true, detail: warning.detail }, warning.action);
    return choice === warning.action;
  },

  newName(request) {
    return Promise.resolve(vscode.window.showInputBox({ title: request.title, prompt: request.prompt, ignoreFocusOut: true, validateInput: request.validate }));
  },

  async confirmDeletion(request) {
    const typed = await vscode.window.showInputBox({
      title: request.title,
      prompt: request.prompt,
      placeHolder: request.expected,
      ignoreFocusOut: true,
      validateInput: (value) => (value === request.expected ? undefined : vscode.l10n.t('Type {0} exactly to continue.', request.expected)),
    });
    if (typed !== request.expected) return false;
    const choice = await vscode.window.showWarningMessage(request.message, { modal: true, detail: request.detail }, request.action);
    return choice === request.action;
  },

  async pick(items, options) {
    const picked = await vscode.window.showQuickPick(
      items.map((i) => ({ label: i.label, description: i.description, detail: i.detail, item: i })),
      { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true, ignoreFocusOut: true },
    );
    return picked?.item.value;
  },

  async sampleFiles() {
    const uris = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Sample objects for {0} (1 to 5 objects in all)', 'DetectProfileObjectType'),
      canSelectMany: true,
      openLabel: vscode.l10n.t('Detect'),
      filters: { JSON: ['json'], [vscode.l10n.t('All files')]: ['*'] },
    });
    return uris?.length ? uris : undefined;
  },

  pastedSample() {
    return Promise.resolve(
      vscode.window.showInputBox({
        title: vscode.l10n.t('Paste sample objects'),
        prompt: vscode.l10n.t('One JSON object, or an array of up to 5 objects.'),
        placeHolder: '{"email": "jane@example.com", "phone": "+15550100", …}',
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Paste a JSON object or an array of objects.')),
      }),
    );
  },

  notApplied(message, severity) {
    if (severity === 'error') void vscode.window.showErrorMessage(message);
    else void vscode.window.showInformationMessage(message);
  },

  accountId(connectionLabel) {
    return Promise.resolve(
      vscode.window.showInputBox({
        title: vscode.l10n.t('AWS account ID'),
        prompt: vscode.l10n.t('Tag changes need the resource ARN, which includes the account ID of {0}. It is remembered until the window closes.', connectionLabel),
        placeHolder: '123456789012',
        ignoreFocusOut: true,
        validateInput: (value) => (/^\d{12}$/.test(value.trim()) ? undefined : vscode.l10n.t('An AWS account ID has 12 digits.')),
      }),
    ).then((value) => value?.trim());
  },
};
