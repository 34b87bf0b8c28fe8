// AutoMerging at the end of an identity-resolution job, and GetAutoMergingPreview's dry run.
//
// Decisions (the reference leaves these open; documented so reviewers can check them):
//   - A group is considered when its ConfidenceScore ≥ MinAllowedConfidenceScoreForMerging (when set).
//   - Members "agree" on a Consolidation list when every attribute of the list is present on both and equal after
//     normalisation (consolidationAttributes.ts). Agreement on ANY list links two members ("If two profiles meet
//     at least one of the requirements in the matching attributes list, they will be merged"); linked members form
//     merge sets by transitivity. Every set of ≥ 2 becomes one merge, so one group can yield several merges and
//     members agreeing with nobody stay unmerged.
//   - No Consolidation (or an empty list) → nothing is merged: there is no criterion to satisfy. Unknown attribute
//     names never agree (validate with consolidationAttributeProblem before calling).
//   - ConflictResolution RECENCY (the default when absent): members ordered by lastUpdatedAt desc, ProfileId asc.
//     SOURCE: members whose sourceObjectTypes include SourceName first (each side by recency); with no such member
//     or no SourceName it is RECENCY ("if two duplicate profiles are from the same source, RECENCY is used again").
//     The first member is the main profile; for every field on which members hold different values,
//     FieldSourceProfileIds names the highest-priority member that has a value, so the plan is explicit and does
//     not depend on mergeProfileRecords' tie rules. ProfileIdsToBeMerged follow the same priority order.
//   - Members missing from profilesById (deleted since the job) are ignored; a profile is used by at most one plan.
//   - planAutoMerges returns [] when config.Enabled is false; previewAutoMerging evaluates the given settings
//     regardless of Enabled (GetAutoMergingPreview has no Enabled member).
import { explainMerge } from '../../shared/mergeRules';
import { ADDRESS_FIELDS, FieldSourceProfileIds, ProfileRecord, SCALAR_FIELDS } from '../../shared/profile';
import { consolidationValue } from './consolidationAttributes';
import type { MatchGroup } from './matcher';
import { UnionFind } from './unionFind';

export interface AutoMergingConfig {
  Enabled: boolean;
  Consolidation?: { MatchingAttributesList: string[][] };
  ConflictResolution?: { ConflictResolvingModel: 'RECENCY' | 'SOURCE'; SourceName?: string };
  MinAllowedConfidenceScoreForMerging?: number;
}

export interface AutoMergePlan {
  MainProfileId: string;
  ProfileIdsToBeMerged: string[];
  FieldSourceProfileIds: FieldSourceProfileIds;
}

export interface AutoMergingPreview {
  NumberOfMatchesInSample: number;
  NumberOfProfilesInSample: number;
  NumberOfProfilesWillBeMerged: number;
}

export type ProfileMeta = (profileId: string) => { lastUpdatedAt: number; sourceObjectTypes: string[] };

export function planAutoMerges(
  groups: readonly MatchGroup[], profilesById: ReadonlyMap<string, ProfileRecord>, config: AutoMergingConfig,
  meta: ProfileMeta,
): AutoMergePlan[] {
  return config.Enabled ? plan(groups, profilesById, config, meta) : [];
}

/**
 * Counts for GetAutoMergingPreview. The sandbox's "sample" is every group (a local domain is small enough):
 * NumberOfMatchesInSample = groups reviewed, NumberOfProfilesInSample = their existing members,
 * NumberOfProfilesWillBeMerged = profiles taking part in a merge (main profiles included).
 */
export function previewAutoMerging(
  groups: readonly MatchGroup[], profilesById: ReadonlyMap<string, ProfileRecord>, config: AutoMergingConfig,
  meta: ProfileMeta,
): AutoMergingPreview {
  const plans = plan(groups, profilesById, config, meta);
  let inSample = 0;
  for (const g of groups) for (const id of g.ProfileIds) if (profilesById.has(id)) inSample++;
  return {
    NumberOfMatchesInSample: groups.length,
    NumberOfProfilesInSample: inSample,
    NumberOfProfilesWillBeMerged: plans.reduce((n, p) => n + 1 + p.ProfileIdsToBeMerged.length, 0),
  };
}

function plan(
  groups: readonly MatchGroup[], profilesById: ReadonlyMap<string, ProfileRecord>, config: AutoMergingConfig,
  meta: ProfileMeta,
): AutoMergePlan[] {
  const lists = (config.Consolidation?.MatchingAttributesList ?? []).filter((l) => l.length > 0);
  if (lists.length === 0) return [];
  const min = config.MinAllowedConfidenceScoreForMerging;
  const used = new Set<string>();
  const plans: AutoMergePlan[] = [];
  for (const g of groups) {
    if (min !== undefined && g.ConfidenceScore < min) continue;
    const members = g.ProfileIds.filter((id) => profilesById.has(id) && !used.has(id))
      .map((id) => profilesById.get(id) as ProfileRecord);
    for (const set of agreeingSets(members, lists)) {
      const ordered = byPriority(set, config, meta);
      for (const p of ordered) used.add(p.ProfileId);
      plans.push({
        MainProfileId: ordered[0].ProfileId,
        ProfileIdsToBeMerged: ordered.slice(1).map((p) => p.ProfileId),
        FieldSourceProfileIds: explicitSources(ordered),
      });
    }
  }
  return plans;
}

/** Members linked by agreeing on at least one whole attribute list; sets of ≥ 2, in group order. */
export function agreeingSets(members: readonly ProfileRecord[], lists: readonly (readonly string[])[]): ProfileRecord[][] {
  const uf = new UnionFind(members.length);
  for (const list of lists) {
    const firstWithKey = new Map<string, number>();
    members.forEach((p, i) => {
      const values = list.map((name) => consolidationValue(p, name));
      if (values.some((v) => v === undefined)) return; // absent never agrees
      const key = JSON.stringify(values);
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else uf.union(seen, i);
    });
  }
  return uf.groups(2).map((idx) => idx.map((i) => members[i]));
}

/** Exported for the rule-based auto-merge (src/sandbox/ruleAutoMerge.ts): one ConflictResolution order for both. */
export function byPriority(set: readonly ProfileRecord[], config: AutoMergingConfig, meta: ProfileMeta): ProfileRecord[] {
  const source = config.ConflictResolution?.ConflictResolvingModel === 'SOURCE' ? config.ConflictResolution.SourceName : undefined;
  const rank = (p: ProfileRecord): [number, number] => {
    const m = meta(p.ProfileId);
    return [source !== undefined && m.sourceObjectTypes.includes(source) ? 0 : 1, -m.lastUpdatedAt];
  };
  return [...set].sort((a, b) => {
    const [sa, ta] = rank(a);
    const [sb, tb] = rank(b);
    return sa - sb || ta - tb || (a.ProfileId < b.ProfileId ? -1 : 1);
  });
}

/** For each field where members disagree, the highest-priority member with a value (`ordered[0]` = main). */
export function explicitSources(ordered: readonly ProfileRecord[]): FieldSourceProfileIds {
  const out: FieldSourceProfileIds = {};
  const nameable = new Set<string>([...SCALAR_FIELDS, ...ADDRESS_FIELDS, 'EngagementPreferences']);
  for (const e of explainMerge(ordered[0], ordered.slice(1))) {
    if (e.overriddenProfileIds.length === 0) continue;
    if (e.field.startsWith('Attributes.')) (out.Attributes ??= {})[e.field.slice('Attributes.'.length)] = e.fromProfileId;
    else if (nameable.has(e.field)) (out as Record<string, string>)[e.field] = e.fromProfileId;
  }
  return out;
}
