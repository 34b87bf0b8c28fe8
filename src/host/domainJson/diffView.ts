// "Compare" / "Show Diff": the service's version (read-only snapshot) on the left, the user's document on the
// right, so the user can keep editing in the diff editor and save from there.
import vscode = require('vscode');

export const REMOTE_SCHEME = 'customer-profiles-remote';

export class RemoteSnapshots implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private counter = 0;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REMOTE_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens the diff of `remoteText` against the document at `documentUri`. */
  async show(documentUri: vscode.Uri, remoteText: string, label: string): Promise<void> {
    // A fresh query per snapshot: VS Code caches provider documents by URI.
    const left = vscode.Uri.from({ scheme: REMOTE_SCHEME, path: documentUri.path, query: `v=${++this.counter}` });
    this.texts.set(left.toString(), remoteText);
    const name = documentUri.path.split('/').pop() ?? documentUri.path;
    const title = label === 'service' ? vscode.l10n.t('{0} (service ↔ yours)', name) : label === 'new' ? vscode.l10n.t('{0} (new ↔ yours)', name) : `${name} (${label} ↔ ${vscode.l10n.t('yours')})`;
    await vscode.commands.executeCommand('vscode.diff', left, documentUri, title, { preview: false });
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
