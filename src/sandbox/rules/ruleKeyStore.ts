// The rule engine's inverted index: per rule level, normalized value combination (key) -> the profiles offering
// it. Two profiles match at a level exactly when they share an ACTIVE key there; a key offered by more than the
// cardinality limit of profiles is guarded (kept, counted, never matched on), so building is linear in the
// number of keys and never pairwise.

/** The documented cardinality guard: a level's value combination shared by more profiles than this is not matched. */
export const DEFAULT_CARDINALITY_LIMIT = 500;

export class RuleKeyStore {
  /** ProfileId -> its keys per level (index 0 = level 1). */
  private readonly keysOf = new Map<string, readonly (readonly string[])[]>();
  /** A key offered by one profile holds its id; by several, a Set (most keys are unique: no Set for those). */
  private readonly buckets: Map<string, string | Set<string>>[];
  private readonly guardedKeys: Set<string>[];

  constructor(readonly levels: number, readonly limit: number) {
    this.buckets = Array.from({ length: levels }, () => new Map());
    this.guardedKeys = Array.from({ length: levels }, () => new Set());
  }

  has(profileId: string): boolean {
    return this.keysOf.has(profileId);
  }

  get size(): number {
    return this.keysOf.size;
  }

  profileIds(): IterableIterator<string> {
    return this.keysOf.keys();
  }

  keys(profileId: string): readonly (readonly string[])[] | undefined {
    return this.keysOf.get(profileId);
  }

  /** Level index (0-based) and key: does it link profiles (at least two, at most the limit)? */
  isActive(levelIndex: number, key: string): boolean {
    return this.linking(levelIndex, key) !== undefined;
  }

  /** The profiles a key links (at least two, at most the limit), or undefined when it links none. */
  linking(levelIndex: number, key: string): ReadonlySet<string> | undefined {
    const bucket = this.buckets[levelIndex].get(key);
    return typeof bucket === 'object' && bucket.size <= this.limit ? bucket : undefined;
  }

  /** Every profile offering the key (guarded or not). */
  members(levelIndex: number, key: string): Iterable<string> {
    const bucket = this.buckets[levelIndex].get(key);
    return bucket === undefined ? NONE : typeof bucket === 'string' ? [bucket] : bucket;
  }

  /** Guarded keys per level index with their profile counts. */
  guarded(): { levelIndex: number; key: string; profiles: number }[] {
    const out: { levelIndex: number; key: string; profiles: number }[] = [];
    this.guardedKeys.forEach((keys, levelIndex) => {
      for (const key of keys) out.push({ levelIndex, key, profiles: sizeOf(this.buckets[levelIndex].get(key)) });
    });
    return out;
  }

  /**
   * Replaces a profile's keys (undefined = remove it). Calls `touched` for every key whose bucket changed, with
   * whether it linked profiles before and after, so the caller can find whose matches may have changed.
   */
  set(profileId: string, keys: readonly (readonly string[])[] | undefined,
    touched?: (levelIndex: number, key: string, activeBefore: boolean) => void): void {
    const old = this.keysOf.get(profileId);
    for (let l = 0; l < this.levels; l++) {
      const before = old?.[l] ?? NONE;
      const after = keys?.[l] ?? NONE;
      for (const key of before) {
        if (after.includes(key)) continue;
        const activeBefore = touched !== undefined && this.isActive(l, key);
        this.removeFrom(l, key, profileId);
        touched?.(l, key, activeBefore);
      }
      for (const key of after) {
        if (before.includes(key)) continue;
        const activeBefore = touched !== undefined && this.isActive(l, key);
        this.addTo(l, key, profileId);
        touched?.(l, key, activeBefore);
      }
    }
    if (keys) this.keysOf.set(profileId, keys);
    else this.keysOf.delete(profileId);
  }

  private addTo(l: number, key: string, profileId: string): void {
    const bucket = this.buckets[l].get(key);
    if (bucket === undefined) this.buckets[l].set(key, profileId);
    else if (typeof bucket === 'string') {
      if (bucket !== profileId) this.buckets[l].set(key, new Set([bucket, profileId]));
    } else {
      bucket.add(profileId);
      if (bucket.size > this.limit) this.guardedKeys[l].add(key);
    }
  }

  private removeFrom(l: number, key: string, profileId: string): void {
    const bucket = this.buckets[l].get(key);
    if (bucket === undefined) return;
    if (typeof bucket === 'string') {
      if (bucket === profileId) this.buckets[l].delete(key);
      return;
    }
    bucket.delete(profileId);
    if (bucket.size <= this.limit) this.guardedKeys[l].delete(key);
    if (bucket.size === 1) this.buckets[l].set(key, bucket.values().next().value as string);
  }
}

const NONE: readonly string[] = [];

function sizeOf(bucket: string | Set<string> | undefined): number {
  return bucket === undefined ? 0 : typeof bucket === 'string' ? 1 : bucket.size;
}
