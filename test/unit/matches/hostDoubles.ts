// Test doubles for the host side: an in-memory Memento and a MatchesHostUi that records what it was asked.
import type { MatchesHostUi } from '../../../src/host/matches/controller';
import type { HostMessage } from '../../../src/shared/matches/protocol';
import type { KeyValueStore } from '../../../src/host/matches/reviewBook';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown { return this.data.get(key); }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
  keys(): readonly string[] { return [...this.data.keys()]; }
}

export class RecordingUi implements MatchesHostUi {
  readonly posted: HostMessage[] = [];
  readonly confirmations: Array<{ message: string; detail: string; action: string }> = [];
  readonly saved: Array<{ name: string; content: string }> = [];
  readonly logLines: string[] = [];
  /** What the next confirm() answers. */
  answer = true;
  /** Resolves confirm() only when released (to test locking while a modal is open). */
  holdConfirm: Promise<void> | undefined;

  post(message: HostMessage): void { this.posted.push(message); }
  async confirm(message: string, detail: string, action: string): Promise<boolean> {
    this.confirmations.push({ message, detail, action });
    if (this.holdConfirm) await this.holdConfirm;
    return this.answer;
  }
  async saveFile(suggestedName: string, _format: string, content: string): Promise<string | undefined> {
    this.saved.push({ name: suggestedName, content });
    return `/tmp/${suggestedName}`;
  }
  readonly exportedNotices: string[] = [];
  exported(summary: string): void { this.exportedNotices.push(summary); }
  withProgress<T>(_title: string, task: (report: (m: string) => void, signal: AbortSignal) => Promise<T>): Promise<T> {
    return task(() => undefined, new AbortController().signal);
  }
  log(line: string): void { this.logLines.push(line); }

  ofType<T extends HostMessage['type']>(type: T): Array<Extract<HostMessage, { type: T }>> {
    return this.posted.filter((m): m is Extract<HostMessage, { type: T }> => m.type === type);
  }
}
