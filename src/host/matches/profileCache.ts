// Lazily loaded profiles of one panel: BatchGetProfile in calls of at most 20 ids, each id fetched once
// (concurrent requests for the same id share the call). A missing id is cached as null: the profile was
// merged or deleted since the job ran, which is a normal state, not an error.
// Profiles fetched by the background fetch (purpose 'background', for search and export) may be minutes old
// by the time someone acts on them: a 'view' load (a group opened, a bulk merge preparing a group) reads
// such ids again, once.
import type { ProfileRecord } from '../../shared/profile';
import type { MatchesBackend } from './backend';
import { chunk } from '../../shared/matches/chunk';
import { runWithConcurrency } from '../../shared/matches/concurrency';
import { BATCH_GET_PROFILE_IDS } from '../../shared/matches/limits';

export interface LoadedProfiles {
  readonly profiles: ProfileRecord[];
  readonly missingIds: string[];
}

export class ProfileCache {
  private readonly known = new Map<string, ProfileRecord | null>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Ids whose cached value came from a background load only. */
  private readonly background = new Set<string>();

  constructor(
    private readonly backend: Pick<MatchesBackend, 'batchGetProfiles'>,
    private readonly domain: string,
    private readonly parallelCalls = 2,
  ) {}

  /** A cached profile, null when gone, undefined when not loaded. */
  get(profileId: string): ProfileRecord | null | undefined {
    return this.known.get(profileId);
  }

  /** Forget ids (after a merge their profiles changed or disappeared). */
  forget(profileIds: Iterable<string>): void {
    for (const id of profileIds) this.known.delete(id);
  }

  async load(profileIds: readonly string[], purpose: 'view' | 'background' = 'view'): Promise<LoadedProfiles> {
    const stale = (id: string): boolean => purpose === 'view' && this.background.has(id);
    const toFetch = [...new Set(profileIds)].filter((id) => (!this.known.has(id) || stale(id)) && !this.pending.has(id));
    const batches = chunk(toFetch, BATCH_GET_PROFILE_IDS);
    await runWithConcurrency(batches, this.parallelCalls, async (ids) => {
      const call = this.fetch(ids, purpose);
      for (const id of ids) this.pending.set(id, call);
      try {
        await call;
      } finally {
        for (const id of ids) this.pending.delete(id);
      }
    });
    // Ids another request was already fetching: wait for that call (its failure is that caller's error).
    await Promise.all(profileIds.map((id) => this.pending.get(id)));
    const profiles: ProfileRecord[] = [];
    const missingIds: string[] = [];
    for (const id of new Set(profileIds)) {
      const p = this.known.get(id);
      if (p) profiles.push(p);
      else if (p === null) missingIds.push(id);
    }
    return { profiles, missingIds };
  }

  private async fetch(ids: string[], purpose: 'view' | 'background'): Promise<void> {
    const result = await this.backend.batchGetProfiles(this.domain, ids);
    for (const id of ids) {
      if (purpose === 'background') this.background.add(id);
      else this.background.delete(id);
    }
    const returned = new Set<string>();
    for (const p of result.profiles) {
      if (ids.includes(p.ProfileId)) {
        this.known.set(p.ProfileId, p);
        returned.add(p.ProfileId);
      }
    }
    for (const id of ids) if (!returned.has(id)) this.known.set(id, null);
  }
}
