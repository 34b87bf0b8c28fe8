// Refreshes lists that contain running jobs, with backoff (2 s, 4 s, 8 s … capped), and stops by
// itself as soon as a reload shows nothing running (the provider calls `update` after each load). While the view
// is hidden nothing polls: the lists that were polling are remembered and reloaded once it shows again.
import { pollDelayMs } from './jobStatus';

export class AutoRefresh {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly attempts = new Map<string, number>();
  private paused = false;
  /** Lists that wanted polling while paused. */
  private readonly waiting = new Set<string>();

  constructor(
    private readonly reload: (listKey: string) => void,
    private readonly timing: { baseMs?: number; capMs?: number } = {},
  ) {}

  /** Called after a list loaded: keeps polling while `running`, forgets the list otherwise. */
  update(listKey: string, running: boolean): void {
    if (!running) {
      this.cancel(listKey);
      return;
    }
    if (this.paused) {
      this.waiting.add(listKey);
      return;
    }
    if (this.timers.has(listKey)) return;
    const attempt = this.attempts.get(listKey) ?? 0;
    const timer = setTimeout(() => {
      this.timers.delete(listKey);
      this.attempts.set(listKey, attempt + 1);
      this.reload(listKey);
    }, pollDelayMs(attempt, this.timing.baseMs, this.timing.capMs));
    this.timers.set(listKey, timer);
  }

  /** Paused: no timer runs. Resumed: every list that was polling (or asked to meanwhile) reloads at once. */
  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (paused) {
      for (const [listKey, timer] of this.timers) {
        clearTimeout(timer);
        this.waiting.add(listKey);
      }
      this.timers.clear();
      return;
    }
    const due = [...this.waiting];
    this.waiting.clear();
    for (const listKey of due) this.reload(listKey);
  }

  isPolling(listKey: string): boolean {
    return this.timers.has(listKey);
  }

  cancel(listKey: string): void {
    const timer = this.timers.get(listKey);
    if (timer) clearTimeout(timer);
    this.timers.delete(listKey);
    this.attempts.delete(listKey);
    this.waiting.delete(listKey);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.attempts.clear();
    this.waiting.clear();
  }
}
