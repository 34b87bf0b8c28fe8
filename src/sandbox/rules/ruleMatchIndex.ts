// The sandbox's rule-based matching engine: a domain's RuleBasedMatching config applied to its profiles.
// Semantics (see levelGrouping.ts for how levels compose): two profiles match at level L when every attribute of
// rule L is present on both and equal after the documented normalization (src/shared/rules/normalize.ts); only
// levels ≤ MaxAllowedRuleLevelForMatching are used; level by level, profiles not grouped at a lower level form
// groups. Cardinality guard: a level's value combination offered by more than `cardinalityLimit` (default 500)
// profiles is not matched on, and is reported by guardedValues() (level, attributes, count; never the values).
//
// Building is linear in the number of (profile, level, key) entries: an inverted index, never pairwise.
// upsert/remove recompute only the connected pieces the change touched, and give exactly the groups a full
// rebuild would (property-tested). MatchIds derive from the members, so untouched groups keep their ids.
// The index does not watch the store: the sandbox's profile operations call upsert/remove.
import { createHash } from 'node:crypto';
import type { ProfileRecord } from '../../shared/profile';
import type { RuleBasedConfig } from '../../shared/rules/config';
import { compileRuleLevelKeys, usedLevels } from '../../shared/rules/ruleKeys';
import { matchIdFor } from '../identity/matchId';
import { connectedPieces, groupRegion } from './levelGrouping';
import { DEFAULT_CARDINALITY_LIMIT, RuleKeyStore } from './ruleKeyStore';

export { DEFAULT_CARDINALITY_LIMIT } from './ruleKeyStore';

export interface RuleMatchGroup {
  readonly MatchId: string;
  /** Sorted ascending. */
  readonly ProfileIds: string[];
  readonly RuleLevel: number;
}

export interface RuleMatchOptions {
  /** A level's value combination offered by more profiles than this is not matched on (default 500). */
  readonly cardinalityLimit?: number;
}

/** One cardinality-guard entry: which rule level and attribute combination, and how many profiles share it. */
export interface GuardedValue {
  readonly RuleLevel: number;
  readonly Attributes: readonly string[];
  readonly ProfileCount: number;
  /** First 12 hex digits of sha256 over the normalized combination: tells entries apart without showing values. */
  readonly Fingerprint: string;
}

/**
 * What an upsert/remove changed: MatchIds that no longer exist, and groups that are new or whose RuleLevel changed
 * (same members = same MatchId). Unchanged groups are in neither.
 */
export interface RuleMatchChange {
  readonly removed: readonly string[];
  readonly added: readonly RuleMatchGroup[];
}

const NO_CHANGE: RuleMatchChange = { removed: [], added: [] };

export class RuleMatchIndex {
  private readonly store: RuleKeyStore;
  private readonly byId = new Map<string, RuleMatchGroup>();
  private readonly groupIdOf = new Map<string, string>();
  private sorted: RuleMatchGroup[] | undefined;
  private readonly readers: ((profile: ProfileRecord) => string[])[];

  private constructor(readonly config: RuleBasedConfig, options: RuleMatchOptions) {
    this.store = new RuleKeyStore(usedLevels(config), options.cardinalityLimit ?? DEFAULT_CARDINALITY_LIMIT);
    this.readers = config.rules.slice(0, this.store.levels).map((rule) => compileRuleLevelKeys(rule, config.selector));
  }

  /** The index over `profiles` (a later duplicate ProfileId replaces an earlier one). */
  static build(config: RuleBasedConfig, profiles: Iterable<ProfileRecord>, options: RuleMatchOptions = {}): RuleMatchIndex {
    const index = new RuleMatchIndex(config, options);
    for (const p of profiles) index.store.set(p.ProfileId, index.keysFor(p));
    for (const g of groupRegion(index.store, index.store.profileIds())) index.add(g.ProfileIds, g.RuleLevel);
    return index;
  }

  /** Adds or replaces a profile (create, update, merge survivor). */
  upsert(profile: ProfileRecord): RuleMatchChange {
    const keys = this.keysFor(profile);
    const old = this.store.keys(profile.ProfileId);
    if (old && sameKeys(old, keys)) return NO_CHANGE;
    return this.change(profile.ProfileId, keys);
  }

  /** Removes a profile (delete, merged away); unknown ids are ignored. */
  remove(profileId: string): RuleMatchChange {
    return this.store.has(profileId) ? this.change(profileId, undefined) : NO_CHANGE;
  }

  /** Every group, sorted by MatchId (the order ListRuleBasedMatches pages in). */
  groups(): readonly RuleMatchGroup[] {
    return (this.sorted ??= [...this.byId.values()].sort((a, b) => (a.MatchId < b.MatchId ? -1 : a.MatchId > b.MatchId ? 1 : 0)));
  }

  group(matchId: string): RuleMatchGroup | undefined {
    return this.byId.get(matchId);
  }

  groupOf(profileId: string): RuleMatchGroup | undefined {
    const id = this.groupIdOf.get(profileId);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Number of profiles indexed. */
  get profileCount(): number {
    return this.store.size;
  }

  /** The cardinality-guard log: value combinations not matched on, by level then count (largest first). */
  guardedValues(): GuardedValue[] {
    return this.store.guarded()
      .map(({ levelIndex, key, profiles }) => ({
        RuleLevel: levelIndex + 1,
        Attributes: this.config.rules[levelIndex],
        ProfileCount: profiles,
        Fingerprint: createHash('sha256').update(key).digest('hex').slice(0, 12),
      }))
      .sort((a, b) => a.RuleLevel - b.RuleLevel || b.ProfileCount - a.ProfileCount || (a.Fingerprint < b.Fingerprint ? -1 : 1));
  }

  private keysFor(profile: ProfileRecord): string[][] {
    return this.readers.map((read) => read(profile));
  }

  private change(profileId: string, keys: string[][] | undefined): RuleMatchChange {
    // Whose groups may change: the profile, its neighbours before (via keys that linked), and everyone in a
    // bucket that links after or whose guard state flipped. Their connected pieces (after the change) are
    // recomputed; a piece's grouping never depends on anything outside it.
    const seeds = new Set<string>([profileId]);
    const addMembers = (l: number, key: string): void => {
      for (const m of this.store.members(l, key)) seeds.add(m);
    };
    const old = this.store.keys(profileId);
    old?.forEach((levelKeys, l) => levelKeys.forEach((k) => { if (this.store.isActive(l, k)) addMembers(l, k); }));
    this.store.set(profileId, keys, (l, key, activeBefore) => {
      if (activeBefore || this.store.isActive(l, key)) addMembers(l, key);
    });
    let region = connectedPieces(this.store, seeds);
    const oldIds = new Map<string, number>(); // MatchId -> RuleLevel
    for (;;) {
      const outside: string[] = [];
      for (const id of [profileId, ...region]) {
        const gid = this.groupIdOf.get(id);
        if (gid === undefined || oldIds.has(gid)) continue;
        oldIds.set(gid, this.byId.get(gid)?.RuleLevel ?? 0);
        for (const m of this.byId.get(gid)?.ProfileIds ?? []) if (m !== profileId && !region.has(m)) outside.push(m);
      }
      // Defensive: an old group reaching outside the region widens it (cannot happen if the reasoning above
      // holds, but a wrong region would silently diverge from a rebuild).
      if (!outside.length) break;
      region = connectedPieces(this.store, [...region, ...outside]);
    }
    for (const gid of oldIds.keys()) this.drop(gid);
    const added: RuleMatchGroup[] = [];
    for (const g of groupRegion(this.store, region)) {
      const group = this.add(g.ProfileIds, g.RuleLevel);
      const oldLevel = oldIds.get(group.MatchId);
      oldIds.delete(group.MatchId);
      if (oldLevel !== group.RuleLevel) added.push(group);
    }
    this.sorted = undefined;
    return { removed: [...oldIds.keys()].sort(), added };
  }

  private add(profileIds: string[], level: number): RuleMatchGroup {
    const group: RuleMatchGroup = { MatchId: matchIdFor(profileIds), ProfileIds: profileIds, RuleLevel: level };
    this.byId.set(group.MatchId, group);
    for (const id of profileIds) this.groupIdOf.set(id, group.MatchId);
    this.sorted = undefined;
    return group;
  }

  private drop(matchId: string): void {
    const g = this.byId.get(matchId);
    if (!g) return;
    this.byId.delete(matchId);
    for (const id of g.ProfileIds) if (this.groupIdOf.get(id) === matchId) this.groupIdOf.delete(id);
  }
}

function sameKeys(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((keys, l) => keys.length === b[l].length && keys.every((k, i) => k === b[l][i]));
}
