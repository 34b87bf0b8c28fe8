// "Apply to Service" and "Discard Changes Not Applied" for a document whose text is pending (staged by an
// auto-save, a cancelled or a failed save). Apply is VS Code's own explicit save (it saves even a clean editor),
// so it runs exactly the save flow Ctrl+S runs.
import vscode = require('vscode');
import type { DocumentStore } from './documentStore';
import { DOCUMENT_SCHEME } from './documentUris';

function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === DOCUMENT_SCHEME ? active : undefined;
}

const openDocument = (uri: vscode.Uri): vscode.TextDocument | undefined =>
  vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

export async function applyPendingChanges(arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  if (!uri) return false;
  await vscode.window.showTextDocument(openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri)), { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.save');
  return true;
}

/** Drops the pending text; the editor shows the service's current version again. */
export async function discardPendingChanges(store: DocumentStore, arg: unknown): Promise<boolean> {
  const uri = targetUri(arg);
  if (!uri) return false;
  const dropped = store.unstage(uri, true); // the clean editor re-reads: readFile fetches the service's version
  const document = openDocument(uri);
  if (document?.isDirty) {
    // Unsaved typing on top is not applied either: revert re-reads from the service too.
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return true;
  }
  return dropped;
}
