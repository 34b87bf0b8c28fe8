// What the customer-profiles: file system knows about each open document: the service's text (canonical JSON),
// the service state it came from, the base the user's text is based on (the conflict check's reference), and the
// user's text that was written but NOT applied to the service ("pending": an auto-save, a cancelled or failed
// save). Drafts (new domains / object types) have no service state yet.
import vscode = require('vscode');
import type { RemoteSnapshot } from './planSave';

export interface StoredDocument {
  /** The service's version as canonical JSON (a draft: its empty initial text). */
  readonly content: Uint8Array;
  /**
   * What stat reports (ms). The resource's LastUpdatedAt, moved forward by 1 ms whenever the text readFile serves
   * changes without the service's version moving (staging, discarding, reloading after a save): VS Code only
   * re-reads a file whose mtime or size changed, so this is what makes a clean editor reliably reload.
   */
  readonly mtime: number;
  readonly ctime: number;
  /** The service's state `content` came from; undefined for drafts. */
  readonly remote?: RemoteSnapshot;
  /** The service state the user's text is based on (= remote unless text is pending); undefined for drafts. */
  readonly base?: RemoteSnapshot;
  /** The user's text, written by VS Code but not applied to the service; what readFile serves while set. */
  readonly pending?: Uint8Array;
}

/** The bytes readFile serves for an entry. */
export function servedContent(entry: StoredDocument): Uint8Array {
  return entry.pending ?? entry.content;
}

/** stat's mtime for a new entry: never backwards, and forward when the served text changes (see mtime). */
export function nextMtime(previous: StoredDocument | undefined, serviceMtime: number, servedChanged: boolean): number {
  if (!previous) return serviceMtime;
  return Math.max(serviceMtime, servedChanged ? previous.mtime + 1 : previous.mtime);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.compare(a, b) === 0;
}

export class DocumentStore implements vscode.Disposable {
  private readonly entries = new Map<string, StoredDocument>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  private readonly pendingChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeFile = this.changed.event;
  /** A document's pending text was set or cleared (markers update). */
  readonly onDidChangePending = this.pendingChanged.event;

  get(uri: vscode.Uri): StoredDocument | undefined {
    return this.entries.get(uri.toString());
  }

  hasPending(uri: vscode.Uri): boolean {
    return this.get(uri)?.pending !== undefined;
  }

  /** Stores what readFile/stat will report; `notify` tells VS Code to re-read (clean editors reload). */
  set(uri: vscode.Uri, entry: StoredDocument, notify: boolean): void {
    const hadPending = this.hasPending(uri);
    this.entries.set(uri.toString(), entry);
    if (hadPending !== (entry.pending !== undefined)) this.pendingChanged.fire(uri);
    if (notify) this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  /** Keeps `text` as the document's pending (not applied) text; the base stays what it was. */
  stage(uri: vscode.Uri, text: Uint8Array): void {
    const previous = this.get(uri);
    const now = Date.now();
    const changed = !previous || !sameBytes(servedContent(previous), text);
    const entry: StoredDocument = previous
      ? { ...previous, pending: text, mtime: nextMtime(previous, previous.remote?.mtime ?? 0, changed) }
      : { content: new Uint8Array(), mtime: now, ctime: now, pending: text };
    this.set(uri, entry, false);
  }

  /** Drops the pending text (the service's version is served again); true when there was some. */
  unstage(uri: vscode.Uri, notify: boolean): boolean {
    const previous = this.get(uri);
    if (previous?.pending === undefined) return false;
    const { pending: _pending, ...rest } = previous;
    this.set(uri, { ...rest, base: previous.remote ?? previous.base, mtime: previous.mtime + 1 }, notify);
    return true;
  }

  /** Moves stat's mtime forward and tells VS Code: a clean editor re-reads even when the size did not change. */
  touch(uri: vscode.Uri): void {
    const previous = this.get(uri);
    if (previous) this.set(uri, { ...previous, mtime: previous.mtime + 1 }, true);
  }

  delete(uri: vscode.Uri, notify: boolean): void {
    const hadPending = this.hasPending(uri);
    if (!this.entries.delete(uri.toString())) return;
    if (hadPending) this.pendingChanged.fire(uri);
    if (notify) this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  uris(): vscode.Uri[] {
    return [...this.entries.keys()].map((k) => vscode.Uri.parse(k));
  }

  dispose(): void {
    this.changed.dispose();
    this.pendingChanged.dispose();
    this.entries.clear();
  }
}
