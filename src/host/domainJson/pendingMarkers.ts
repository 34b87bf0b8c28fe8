// Makes text that was written but not applied to the service visible wherever the document shows: a badge and
// colour on the URI (tabs, Open Editors), a status bar item while such a document is active, a CodeLens on its
// first line with Apply / Discard, and the context key the editor title buttons and the palette entries use.
import vscode = require('vscode');
import type { DocumentStore } from './documentStore';
import { DOCUMENT_SCHEME } from './documentUris';

export const APPLY_COMMAND = 'customerProfiles.applyPendingChanges';
export const DISCARD_COMMAND = 'customerProfiles.discardPendingChanges';

/** True while the active editor's document has pending (not applied) text. */
export const PENDING_CONTEXT_KEY = 'customerProfiles.activeDocumentNotApplied';

// Functions, not constants: the text is translated when shown.
const hint = (): string => vscode.l10n.t('Your text is kept here but the service does not have it yet. Save (Ctrl+S / Cmd+S) to apply it, or discard it.');

export class PendingMarkers implements vscode.FileDecorationProvider, vscode.CodeLensProvider, vscode.Disposable {
  private readonly decorationsChanged = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.decorationsChanged.event;
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly statusItem = vscode.window.createStatusBarItem('customerProfiles.notApplied', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: DocumentStore) {
    this.statusItem.name = vscode.l10n.t('Customer Profiles: not applied');
    this.statusItem.text = `$(cloud-upload) ${vscode.l10n.t('Not applied to the service')}`;
    this.statusItem.tooltip = hint();
    this.statusItem.command = APPLY_COMMAND;
    this.statusItem.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.subscriptions = [
      vscode.window.registerFileDecorationProvider(this),
      vscode.languages.registerCodeLensProvider({ scheme: DOCUMENT_SCHEME }, this),
      store.onDidChangePending((uri) => {
        this.decorationsChanged.fire([uri]);
        this.lensesChanged.fire();
        this.updateActive();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateActive()),
    ];
    this.updateActive();
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== DOCUMENT_SCHEME || !this.store.hasPending(uri)) return undefined;
    return new vscode.FileDecoration('↑', vscode.l10n.t('Not applied to the service: save to apply'), new vscode.ThemeColor('list.warningForeground'));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.store.hasPending(document.uri)) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: `$(cloud-upload) ${vscode.l10n.t('Not applied to the service — Save (Ctrl+S) to apply')}`, command: APPLY_COMMAND, arguments: [document.uri], tooltip: hint() }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Discard Changes Not Applied'), command: DISCARD_COMMAND, arguments: [document.uri] }),
    ];
  }

  private updateActive(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const pending = uri !== undefined && uri.scheme === DOCUMENT_SCHEME && this.store.hasPending(uri);
    void vscode.commands.executeCommand('setContext', PENDING_CONTEXT_KEY, pending);
    if (pending) this.statusItem.show();
    else this.statusItem.hide();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.statusItem.dispose();
    this.decorationsChanged.dispose();
    this.lensesChanged.dispose();
  }
}
