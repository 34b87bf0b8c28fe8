// The customer-profiles: file system. readFile serves the editable subset of GetDomain / GetProfileObjectType as
// canonical JSON, read from the service again on every read (open, reload, revert, reopen: one GetDomain each),
// unless the user's text is pending (written but not applied); stat's mtime follows the resource's LastUpdatedAt.
// writeFile applies the text to the service only for an explicit save (saveFlow.ts); any other write is staged.
// Documents exist only for the current connection: a tab of another connection fails with a message saying so.
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../../aws/client';
import { nextMtime, sameBytes, servedContent, type DocumentStore, type StoredDocument } from './documentStore';
import { describeRef, parseDocumentPath, type DocumentRef } from './documentUris';
import { fetchRemote, renderEditable } from './remoteState';
import type { SaveFlow } from './saveFlow';
import type { SavePipeline } from './savePipeline';

export interface FileSystemDeps {
  readonly store: DocumentStore;
  readonly saveFlow: SaveFlow;
  readonly pipeline: SavePipeline;
  /** connectionSegment() of the current connection. */
  currentConnection(): string;
  api(): Promise<CustomerProfilesApi>;
  describeError(err: unknown): string;
}

const encoder = new TextEncoder();

const isDirtyInEditor = (uri: vscode.Uri): boolean =>
  vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString());

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
        vscode.l10n.t('{0} belongs to another Customer Profiles connection ({1}). Switch back to that connection to open or save it.', uri.path.split('/').pop() ?? uri.path, ref.connection),
      );
    }
    return ref;
  }

  /**
   * Fetches the resource and stores it. Pending text stays pending, with its base: the explicit save then sees the
   * service's change as a conflict.
   * - 'notify': when what readFile serves changed, stat moves and VS Code is told to re-read: a clean editor
   *   reloads; a dirty one keeps the user's text and VS Code's own "file is newer" check fires on its save.
   * - 'silent': stored only (stat moves, nobody is told).
   * - 'read': for readFile itself. VS Code took stat just before calling readFile and keeps that stat with the
   *   text it reads, so stat must not move here: else the next save fails with VS Code's "file is newer".
   */
  async refresh(uri: vscode.Uri, mode: 'notify' | 'silent' | 'read'): Promise<StoredDocument> {
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
      throw vscode.FileSystemError.Unavailable(vscode.l10n.t('Could not read the {0}: {1}', describeRef(ref), this.deps.describeError(err)));
    }
    if (!remote) throw vscode.FileSystemError.FileNotFound(uri);
    const previous = this.deps.store.get(uri);
    const content = encoder.encode(renderEditable(remote.editable));
    if (previous?.remote && previous.remote.mtime === remote.mtime && sameBytes(previous.content, content)) return previous;
    const pending = previous?.pending;
    const servedChanged = !previous || !sameBytes(servedContent(previous), pending ?? content);
    const entry: StoredDocument = {
      content,
      mtime: mode === 'read' && previous ? previous.mtime : nextMtime(previous, remote.mtime, servedChanged),
      ctime: remote.mtime,
      remote,
      // The user's text (pending, or unsaved typing in the editor) stays based on what it was edited from: the
      // explicit save then reports the service's change as a conflict instead of overwriting it silently.
      base: pending || isDirtyInEditor(uri) ? (previous?.base ?? remote) : remote,
      pending,
    };
    this.deps.store.set(uri, entry, mode === 'notify');
    return entry;
  }

  watch(): vscode.Disposable {
    // Changes are announced by the store (refresh, save); there is nothing to poll.
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    // The stored version, not a fresh fetch (VS Code stats constantly); readFile and the save check the service.
    const entry = this.deps.store.get(uri) ?? (await this.refresh(uri, 'silent'));
    // During a save, VS Code stats right before writeFile and refuses the write ("file is newer") when the mtime is
    // past the one its editor last read. That check cannot see the service (the save flow compares with the
    // service itself, with Compare / Overwrite) and misfires when a reload raced a refresh: answer 0 then, so
    // every explicit save reaches the save flow. The stat after the write gets the real mtime again.
    const mtime = this.deps.pipeline.isSaving(uri) ? 0 : entry.mtime;
    return { type: vscode.FileType.File, ctime: entry.ctime, mtime, size: servedContent(entry).byteLength };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const stored = this.deps.store.get(uri);
    if (stored?.pending) return stored.pending;
    // Always the service's current version: an old cached copy after a revert or a reopen would lie.
    return (await this.refresh(uri, 'read')).content;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    if (!parseDocumentPath(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    if (this.deps.pipeline.takeReason(uri) !== vscode.TextDocumentSaveReason.Manual) {
      // Auto-save: keep the text, marked as not applied. Never the service, a prompt or an error.
      this.deps.store.stage(uri, content);
      return;
    }
    await this.deps.saveFlow.save(uri, content, () => this.refOf(uri));
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Use "{0}", "{1}" or "{2}" to delete {3}.', vscode.l10n.t('Delete Domain'), vscode.l10n.t('Delete Object Type'), vscode.l10n.t('Delete Profile'), uri.path.split('/').pop() ?? uri.path));
  }

  rename(oldUri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Customer Profiles resources cannot be renamed ({0}).', oldUri.path.split('/').pop() ?? oldUri.path));
  }
}
