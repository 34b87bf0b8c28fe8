// Profile mutations announced per domain, so derived data (the rule-based match index) follows every path that
// changes a profile — the operation handlers, PutProfileObject's ingestion, MergeProfiles and the ML job's
// auto-merge all go through the store — without the store knowing who listens.
// Keyed by the domain object (a WeakMap): several sandboxes in one process never hear each other, and the
// listener is not part of the persisted state.
import type { DomainState } from './types';

export interface ProfileChange {
  /** Profiles created or whose fields changed. */
  readonly upserted: readonly string[];
  /** Profiles deleted (or merged away). */
  readonly removed: readonly string[];
}

export type ProfileListener = (d: DomainState, change: ProfileChange) => void;

const listeners = new WeakMap<DomainState, ProfileListener>();

export function setProfileListener(d: DomainState, listener: ProfileListener | undefined): void {
  if (listener) listeners.set(d, listener);
  else listeners.delete(d);
}

export function profilesChanged(d: DomainState, upserted: readonly string[], removed: readonly string[] = []): void {
  if (upserted.length === 0 && removed.length === 0) return;
  listeners.get(d)?.(d, { upserted, removed });
}
