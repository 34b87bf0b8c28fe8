// What the customer-profiles: file system knows about each open document: the bytes readFile serves, the
// mtime stat reports (the resource's LastUpdatedAt), and the service state the document was opened from
// (the base of the conflict check). Drafts (new domains / object types) have no base yet.
import vscode = require('vscode');
import type { RemoteSnapshot } from './planSave';

export interface StoredDocument {
  readonly content: Uint8Array;
  /** ms; for resources = LastUpdatedAt, so VS Code's own "file is newer" check compares service versions. */
  readonly mtime: number;
  readonly ctime: number;
  /** Service state the text came from; undefined for drafts. */
  readonly base?: RemoteSnapshot;
}

export class DocumentStore implements vscode.Disposable {
  private readonly entries = new Map<string, StoredDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  get(uri: vscode.Uri): StoredDocument | undefined {
    return this.entries.get(uri.toString());
  }

  /** Stores what readFile/stat will report; `notify` tells VS Code to re-read (clean editors reload). */
  set(uri: vscode.Uri, entry: StoredDocument, notify: boolean): void {
    this.entries.set(uri.toString(), entry);
    if (notify) this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  delete(uri: vscode.Uri, notify: boolean): void {
    if (!this.entries.delete(uri.toString())) return;
    if (notify) this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  uris(): vscode.Uri[] {
    return [...this.entries.keys()].map((k) => vscode.Uri.parse(k));
  }

  dispose(): void {
    this.changed.dispose();
    this.entries.clear();
  }
}
