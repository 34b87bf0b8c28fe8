// Opening and closing customer-profiles: documents: existing resources (re-fetched on every open), drafts of
// new ones (a dirty document holding a template: closing it asks to save, like any unsaved file), and the
// switch from a created draft to the resource's own document.
import vscode = require('vscode');
import type { DocumentStore } from './documentStore';
import { DOCUMENT_SCHEME, documentPath, parseDocumentPath, savedRef, type DocumentRef } from './documentUris';
import type { DomainJsonFileSystem } from './fileSystemProvider';

export function uriOf(ref: DocumentRef): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCUMENT_SCHEME, path: documentPath(ref) });
}

const openDocument = (uri: vscode.Uri): vscode.TextDocument | undefined =>
  vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

export class DocumentEditors {
  constructor(
    private readonly fileSystem: DomainJsonFileSystem,
    private readonly store: DocumentStore,
  ) {}

  /** Shows the resource's document, fetched again; a dirty editor keeps its text (VS Code asks on save). */
  async open(ref: DocumentRef): Promise<vscode.TextDocument> {
    const uri = uriOf(ref);
    const before = this.store.get(uri);
    const entry = await this.fileSystem.refresh(uri, 'notify');
    const existing = openDocument(uri);
    if (existing?.isDirty && before && before.mtime !== entry.mtime) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} changed on the service while you were editing. Your text is kept; saving will ask whether to compare or overwrite.', uri.path.split('/').pop() ?? uri.path),
      );
    }
    const document = existing ?? (await vscode.workspace.openTextDocument(uri));
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }

  /** A new resource's document: empty on "disk", the template typed in, so it is dirty until created. */
  async openDraft(ref: DocumentRef, template: string): Promise<vscode.TextDocument> {
    const uri = uriOf(ref);
    const existing = openDocument(uri);
    if (existing) {
      await vscode.window.showTextDocument(existing, { preview: false });
      return existing;
    }
    if (this.store.hasPending(uri)) {
      // Auto-saved earlier and closed: its text (not created yet) comes back, marked as not applied.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      return document;
    }
    const now = Date.now();
    this.store.set(uri, { content: new Uint8Array(), mtime: now, ctime: now }, false);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), template));
    return document;
  }

  /** After a draft was created: open the resource's own document and close the draft's tab. */
  async replaceDraft(draftUri: vscode.Uri, draft: DocumentRef): Promise<void> {
    await this.open(savedRef(draft));
    await this.close((ref) => documentPath(ref) === draftUri.path);
    this.store.delete(draftUri, false);
  }

  /**
   * Closes the tabs whose document matches `which`. Tabs with unsaved changes stay open (the user's text is never
   * thrown away); returns how many stayed.
   */
  async close(which: (ref: DocumentRef) => boolean): Promise<number> {
    const tabs: vscode.Tab[] = [];
    let dirty = 0;
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        const uri = input instanceof vscode.TabInputText ? input.uri : input instanceof vscode.TabInputTextDiff ? input.modified : undefined;
        if (uri?.scheme !== DOCUMENT_SCHEME) continue;
        const ref = parseDocumentPath(uri.path);
        if (!ref || !which(ref)) continue;
        if (tab.isDirty) dirty++;
        else tabs.push(tab);
      }
    }
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
    return dirty;
  }
}
