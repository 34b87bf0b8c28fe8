// How rule levels compose into groups (OUR READING of "a profile's level is the lowest level it matches at"):
//
//   for level L = 1 .. min(MaxAllowedRuleLevelForMatching, number of rules):
//     among the profiles NOT already grouped at a lower level, join every two that share an active level-L key;
//     each connected set of two or more becomes a group with RuleLevel L, and its members are now grouped.
//
// So every member of a level-L group is linked to the others by rule L alone (the "why" can show one rule), a
// group of level 1 is exactly what a level-1 merge would merge, and a profile is grouped at the lowest level at
// which it matches another profile still available. A later-level match to a profile already grouped at a lower
// level is NOT used: that profile keeps its lower level (a group has one level, and widening a level-1 group
// with a level-3 match would make "merge at level ≤ 1" merge a level-3 match). The other profile can still
// group, at that level or later, with profiles not yet grouped.
//
// Grouping is local to the connected pieces of the graph of all levels' active keys (claims never cross a
// piece), which is what makes incremental updates exact: recompute only the pieces a change touched.
import { UnionFind } from '../identity/unionFind';
import type { RuleKeyStore } from './ruleKeyStore';

export interface LevelGroup {
  /** Sorted ascending. */
  readonly ProfileIds: string[];
  readonly RuleLevel: number;
}

/** Every profile connected to a seed through active keys of any used level (the seeds included, if indexed). */
export function connectedPieces(store: RuleKeyStore, seeds: Iterable<string>): Set<string> {
  const region = new Set<string>();
  const seenKeys = Array.from({ length: store.levels }, () => new Set<string>());
  const stack: string[] = [];
  for (const s of seeds) if (store.has(s) && !region.has(s)) { region.add(s); stack.push(s); }
  while (stack.length) {
    const id = stack.pop() as string;
    const keys = store.keys(id) ?? [];
    for (let l = 0; l < store.levels; l++) {
      for (const key of keys[l] ?? []) {
        if (seenKeys[l].has(key)) continue;
        seenKeys[l].add(key);
        const linked = store.linking(l, key);
        if (linked) for (const m of linked) if (!region.has(m)) { region.add(m); stack.push(m); }
      }
    }
  }
  return region;
}

/** The groups of a region that is a union of whole connected pieces (or every profile), level by level. */
export function groupRegion(store: RuleKeyStore, region: Iterable<string>): LevelGroup[] {
  let available = [...region];
  const out: LevelGroup[] = [];
  for (let l = 0; l < store.levels && available.length > 1; l++) {
    const index = new Map<string, number>();
    available.forEach((id, i) => index.set(id, i));
    const uf = new UnionFind(available.length);
    const seen = new Set<string>();
    available.forEach((id, i) => {
      for (const key of store.keys(id)?.[l] ?? []) {
        const linked = store.linking(l, key);
        if (!linked || seen.has(key)) continue;
        seen.add(key);
        for (const m of linked) {
          const j = index.get(m);
          if (j !== undefined && j !== i) uf.union(i, j);
        }
      }
    });
    const grouped = new Set<number>();
    for (const members of uf.groups(2)) {
      out.push({ ProfileIds: members.map((i) => available[i]).sort(), RuleLevel: l + 1 });
      for (const i of members) grouped.add(i);
    }
    if (grouped.size) available = available.filter((_, i) => !grouped.has(i));
  }
  return out;
}
