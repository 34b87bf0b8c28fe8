// The rule engine's inverted index: per rule level, normalized value combination (key) -> the profiles offering
// it. Two profiles match at a level exactly when they share an ACTIVE key there; a key offered by more than the
// cardinality limit of profiles is guarded (kept, counted, never matched on), so building is linear in the
// number of keys and never pairwise.

/** The documented cardinality guard: a level's value combination shared by more profiles than this is not matched. */
export const DEFAULT_CARDINALITY_LIMIT = 500;

export class RuleKeyStore {
  /** ProfileId -> its keys per level (index 0 = level 1). */
  private readonly keysOf = new Map<string, readonly (readonly string[])[]>();
  private readonly buckets: Map<string, Set<string>>[];
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
    const size = this.buckets[levelIndex].get(key)?.size ?? 0;
    return size >= 2 && size <= this.limit;
  }

  members(levelIndex: number, key: string): ReadonlySet<string> {
    return this.buckets[levelIndex].get(key) ?? EMPTY;
  }

  /** Guarded keys per level index with their profile counts. */
  guarded(): { levelIndex: number; key: string; profiles: number }[] {
    const out: { levelIndex: number; key: string; profiles: number }[] = [];
    this.guardedKeys.forEach((keys, levelIndex) => {
      for (const key of keys) out.push({ levelIndex, key, profiles: this.buckets[levelIndex].get(key)?.size ?? 0 });
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
        const activeBefore = this.isActive(l, key);
        this.removeFrom(l, key, profileId);
        touched?.(l, key, activeBefore);
      }
      for (const key of after) {
        if (before.includes(key)) continue;
        const activeBefore = this.isActive(l, key);
        this.addTo(l, key, profileId);
        touched?.(l, key, activeBefore);
      }
    }
    if (keys) this.keysOf.set(profileId, keys);
    else this.keysOf.delete(profileId);
  }

  private addTo(l: number, key: string, profileId: string): void {
    let bucket = this.buckets[l].get(key);
    if (!bucket) this.buckets[l].set(key, (bucket = new Set()));
    bucket.add(profileId);
    if (bucket.size > this.limit) this.guardedKeys[l].add(key);
  }

  private removeFrom(l: number, key: string, profileId: string): void {
    const bucket = this.buckets[l].get(key);
    if (!bucket) return;
    bucket.delete(profileId);
    if (bucket.size === 0) this.buckets[l].delete(key);
    if (bucket.size <= this.limit) this.guardedKeys[l].delete(key);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
const NONE: readonly string[] = [];
