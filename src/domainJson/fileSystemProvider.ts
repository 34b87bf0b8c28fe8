// The customer-profiles: file system. readFile serves the editable subset of GetDomain / GetProfileObjectType as
// canonical JSON; stat's mtime is the resource's LastUpdatedAt; writeFile is the save (saveFlow.ts). Documents
// exist only for the current connection: a tab of another connection fails with a message saying so.
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../aws/client';
import type { DocumentStore, StoredDocument } from './documentStore';
import { describeRef, parseDocumentPath, type DocumentRef } from './documentUris';
import { fetchRemote, renderEditable } from './remoteState';
import type { SaveFlow } from './saveFlow';

export interface FileSystemDeps {
  readonly store: DocumentStore;
  readonly saveFlow: SaveFlow;
  /** connectionSegment() of the current connection. */
  currentConnection(): string;
  api(): Promise<CustomerProfilesApi>;
  describeError(err: unknown): string;
}

const encoder = new TextEncoder();

export class DomainJsonFileSystem implements vscode.FileSystemProvider {
  readonly onDidChangeFile: vscode.Event<vscode.FileChangeEvent[]>;

  constructor(private readonly deps: FileSystemDeps) {
    this.onDidChangeFile = deps.store.onDidChangeFile;
  }

  /** The document's resource, for the current connection only. */
  refOf(uri: vscode.Uri): DocumentRef {
    const ref = parseDocumentPath(uri.path);
    if (!ref) throw vscode.FileSystemError.FileNotFound(uri);
    if (ref.connection !== this.deps.currentConnection()) {
      throw vscode.FileSystemError.Unavailable(
        `${uri.path.split('/').pop()} belongs to another Customer Profiles connection (${ref.connection}). Switch back to that connection to open or save it.`,
      );
    }
    return ref;
  }

  /**
   * Fetches the resource and stores it. `notify` makes VS Code re-read: a clean editor reloads; a dirty one keeps
   * the user's text and VS Code's own "file is newer" check fires on save because the mtime moved.
   */
  async refresh(uri: vscode.Uri, notify: boolean): Promise<StoredDocument> {
    const ref = this.refOf(uri);
    if (ref.kind === 'newDomain' || ref.kind === 'newObjectType') {
      const draft = this.deps.store.get(uri);
      if (!draft) throw vscode.FileSystemError.FileNotFound(uri);
      return draft;
    }
    let remote;
    try {
      remote = await fetchRemote(await this.deps.api(), ref);
    } catch (err) {
      throw vscode.FileSystemError.Unavailable(`Could not read the ${describeRef(ref)}: ${this.deps.describeError(err)}`);
    }
    if (!remote) throw vscode.FileSystemError.FileNotFound(uri);
    const previous = this.deps.store.get(uri);
    const entry: StoredDocument = { content: encoder.encode(renderEditable(remote.editable)), mtime: remote.mtime, ctime: remote.mtime, base: remote };
    const changed = !previous || previous.mtime !== entry.mtime || Buffer.compare(previous.content, entry.content) !== 0;
    this.deps.store.set(uri, entry, notify && changed);
    return entry;
  }

  watch(): vscode.Disposable {
    // Changes are announced by the store (refresh, save); there is nothing to poll.
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    // The stored version, not a fresh fetch: the save itself checks the service (with a clear prompt).
    const entry = this.deps.store.get(uri) ?? (await this.refresh(uri, false));
    return { type: vscode.FileType.File, ctime: entry.ctime, mtime: entry.mtime, size: entry.content.byteLength };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return (this.deps.store.get(uri) ?? (await this.refresh(uri, false))).content;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    await this.deps.saveFlow.save(uri, this.refOf(uri), content);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(`Use "Delete Domain" or "Delete Object Type" to delete ${uri.path.split('/').pop()}.`);
  }

  rename(oldUri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(`Customer Profiles resources cannot be renamed (${oldUri.path.split('/').pop()}).`);
  }
}
