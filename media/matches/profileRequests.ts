// Asks the host for profiles not loaded yet, each id at most once while its request is in flight, in
// requests of at most MAX_PROFILE_IDS_PER_LOAD ids (the host validates that limit).
import { MAX_PROFILE_IDS_PER_LOAD } from '../../src/shared/matches/protocol';
import type { HostClient } from './hostClient';

export class ProfileRequests {
  private readonly pending = new Set<string>();

  constructor(private readonly client: HostClient, private readonly onError: (e: unknown) => void) {}

  request(ids: readonly string[]): void {
    const wanted = [...new Set(ids)].filter((id) => !this.pending.has(id));
    for (let i = 0; i < wanted.length; i += MAX_PROFILE_IDS_PER_LOAD) {
      const batch = wanted.slice(i, i + MAX_PROFILE_IDS_PER_LOAD);
      for (const id of batch) this.pending.add(id);
      this.client.request({ type: 'loadProfiles', profileIds: batch }).catch((e: unknown) => {
        for (const id of batch) this.pending.delete(id);
        this.onError(e);
      });
    }
  }

  /** Ids the host answered (loaded, or known gone). */
  settled(ids: readonly string[]): void {
    for (const id of ids) this.pending.delete(id);
  }

  clear(): void { this.pending.clear(); }
}
