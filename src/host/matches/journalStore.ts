// The bulk-merge journal of one connection + domain, persisted in the extension's globalState (KeyValueStore).
// Every event is applied in memory and written before record() resolves, and writes are queued so they
// reach the store in event order even when several groups run at once.
import { applyJournalEvent, JOURNAL_VERSION, type JournalEvent, type MergeJournal } from '../../shared/matches/mergeJournal';
import type { KeyValueStore } from './reviewBook';

export function journalStorageKey(connectionId: string, domain: string): string {
  return `customerProfiles.mergeJournal/${connectionId}/${domain}`;
}

function parseJournal(raw: unknown): MergeJournal | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const j = raw as Partial<MergeJournal>;
  if (j.version !== JOURNAL_VERSION || typeof j.runId !== 'string' || !Array.isArray(j.groups)) return undefined;
  return j as MergeJournal;
}

export class JournalStore {
  private journal: MergeJournal | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  /** Set by freeze(): nothing more reaches the store (the test API's crash simulation). */
  private frozen = false;

  constructor(private readonly store: KeyValueStore, private readonly key: string) {
    this.journal = parseJournal(store.get(key));
  }

  get current(): MergeJournal | undefined { return this.journal; }

  /** True after freeze(): the runner sends nothing more, as a dead host would not. */
  get isFrozen(): boolean { return this.frozen; }

  /** Starts a new journal (replacing a finished or dismissed one) and persists it. */
  async begin(journal: MergeJournal): Promise<void> {
    this.journal = journal;
    await this.write();
  }

  /** Applies an event and resolves once it is persisted. Throws on an illegal transition (nothing is written). */
  async record(event: JournalEvent): Promise<MergeJournal> {
    await this.apply(event);
    return this.journal!;
  }

  /**
   * Records that a MergeProfiles call is about to go out; resolves false when the entry did not reach storage.
   * The runner sends a call only after this resolved true: a call the journal does not know of could be merged
   * again by Resume.
   */
  async recordCalling(event: Extract<JournalEvent, { type: 'calling' }>): Promise<boolean> {
    return this.apply(event);
  }

  private async apply(event: JournalEvent): Promise<boolean> {
    if (!this.journal) throw new Error('No bulk-merge journal is open.');
    this.journal = applyJournalEvent(this.journal, event);
    const persisted = await this.write();
    if (event.type === 'calling' && this.freezeOnCall) this.freeze();
    return persisted;
  }

  async clear(): Promise<void> {
    this.journal = undefined;
    await this.write();
  }

  /** Simulates the extension host dying: later events change nothing in the store. */
  freeze(): void {
    this.frozen = true;
    this.freezeOnCall?.();
  }

  private freezeOnCall: (() => void) | undefined;

  /**
   * Freezes right after the next `calling` event is persisted, so the simulated death leaves a MergeProfiles
   * call out whose answer is lost (the case Resume must check). Resolves once frozen.
   */
  freezeAtNextCall(): Promise<void> {
    if (this.frozen) return Promise.resolve();
    return new Promise((resolve) => { this.freezeOnCall = resolve; });
  }

  /** Resolves whether the snapshot reached storage (false once frozen). */
  private write(): Promise<boolean> {
    const snapshot = this.journal;
    const next = this.writes.then(async () => {
      if (this.frozen) return false;
      await this.store.update(this.key, snapshot);
      return true;
    });
    // A failed write must not wedge the queue; the caller of this write still sees the failure.
    this.writes = next.then(() => undefined, () => undefined);
    return next;
  }
}
