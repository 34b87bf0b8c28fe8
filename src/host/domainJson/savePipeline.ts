// Where the file system learns about VS Code's save pipeline. VS Code runs the extension host's
// onWillSaveTextDocument (with the save's reason) before it calls the provider's writeFile, and
// onDidSaveTextDocument after the editor is marked saved; both are ordered by the pipeline itself, so no timers.
// - reasonOf(): why writeFile is being called. Only an explicit save (Ctrl+S, File: Save, document.save()) may
//   touch the service; an auto-save (after delay, focus or window change) is only staged.
// - afterSave(): work that must wait until the editor is clean, e.g. making it reload what the service holds
//   (VS Code never reloads a dirty editor, and during writeFile the editor is still dirty).
import vscode = require('vscode');
import { DOCUMENT_SCHEME } from './documentUris';

export class SavePipeline implements vscode.Disposable {
  private readonly reasons = new Map<string, vscode.TextDocumentSaveReason>();
  /** Documents between onWillSaveTextDocument and their writeFile (or the end of their save). */
  private readonly saving = new Set<string>();
  private readonly afterSaveActions = new Map<string, () => void>();
  private readonly subscriptions = [
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document.uri.scheme !== DOCUMENT_SCHEME) return;
      this.reasons.set(e.document.uri.toString(), e.reason);
      this.saving.add(e.document.uri.toString());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      const key = document.uri.toString();
      this.saving.delete(key);
      const action = this.afterSaveActions.get(key);
      this.afterSaveActions.delete(key);
      action?.();
    }),
  ];

  /**
   * The reason of the save now writing `uri`, consumed. Undefined when VS Code ran no save participants (e.g.
   * another extension writing through workspace.fs, or "Save without Formatting"): treated as not explicit, so
   * nothing reaches the service without a save we know the user asked for.
   */
  takeReason(uri: vscode.Uri): vscode.TextDocumentSaveReason | undefined {
    const key = uri.toString();
    const reason = this.reasons.get(key);
    this.reasons.delete(key);
    this.saving.delete(key);
    return reason;
  }

  /** True while VS Code is saving `uri` and has not called writeFile yet (its pre-write stat happens then). */
  isSaving(uri: vscode.Uri): boolean {
    return this.saving.has(uri.toString());
  }

  /** Runs `action` once VS Code has finished saving `uri` (the editor is clean then). */
  afterSave(uri: vscode.Uri, action: () => void): void {
    this.afterSaveActions.set(uri.toString(), action);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.reasons.clear();
    this.saving.clear();
    this.afterSaveActions.clear();
  }
}
