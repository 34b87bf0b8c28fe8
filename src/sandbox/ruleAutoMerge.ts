// Rule-based auto-merge: every group matched at a level ≤ MaxAllowedRuleLevelForMerging is merged into one
// profile. The main profile and the field choices follow ConflictResolution exactly as the ML auto-merge does
// (identity/autoMerge.ts byPriority / explicitSources): RECENCY = newest LastUpdatedAt first; SOURCE = profiles
// fed by the object type named SourceName first, then RECENCY (also when no member comes from that source).
// Unlike the ML job there is no Consolidation step: the rule that matched is the criterion.
import type { ProfileRecord } from '../shared/profile';
import type { RuleBasedConfig } from '../shared/rules/config';
import { byPriority, explicitSources, type AutoMergingConfig } from './identity/autoMerge';
import { mergeProfilesInDomain } from './store/merge';
import type { DomainState } from './store/types';

export interface RuleGroupView {
  readonly MatchId: string;
  readonly ProfileIds: readonly string[];
  readonly RuleLevel: number;
}

/** What the merge needs from the index (kept narrow so the lifecycle and tests can pass any index). */
export interface GroupLookup {
  groups(): readonly RuleGroupView[];
  groupOf(profileId: string): RuleGroupView | undefined;
}

/**
 * Merges the groups at a merging level among `candidates` (profile ids; 'all' = every group). Each merge changes
 * the index through the store's profile events, which may form a new group around the main profile: those
 * profiles come back through `more()` and are merged too, until nothing at a merging level is left.
 * Returns the number of merges done; a failed merge is logged and skipped (the profiles stay matched).
 */
export function mergeRuleGroups(
  d: DomainState, index: GroupLookup, config: RuleBasedConfig, candidates: Iterable<string> | 'all',
  more: () => string[], now: number, log?: (line: string) => void,
): number {
  const max = config.maxMergingLevel;
  if (max === undefined || !config.enabled) return 0;
  const resolution: AutoMergingConfig = { Enabled: true, ConflictResolution: config.conflictResolution };
  const meta = (id: string): { lastUpdatedAt: number; sourceObjectTypes: string[] } => {
    const p = d.profiles.get(id);
    return { lastUpdatedAt: p?.lastUpdatedAt ?? 0, sourceObjectTypes: p?.sourceObjectTypes ?? [] };
  };
  let done = 0;
  let todo: RuleGroupView[] = candidates === 'all' ? [...index.groups()] : groupsOf(index, candidates);
  const failed = new Set<string>();
  while (todo.length > 0) {
    for (const g of todo) {
      if (g.RuleLevel > max || failed.has(g.MatchId)) continue;
      const members = g.ProfileIds.map((id) => d.profiles.get(id)?.profile).filter((p): p is ProfileRecord => p !== undefined);
      if (members.length < 2) continue;
      const ordered = byPriority(members, resolution, meta);
      try {
        mergeProfilesInDomain(d, ordered[0].ProfileId, ordered.slice(1).map((p) => p.ProfileId), explicitSources(ordered), now);
        done++;
      } catch (e) {
        failed.add(g.MatchId);
        log?.(`rule-based auto-merge of ${g.MatchId} in ${d.DomainName} failed: ${(e as Error).message}`);
      }
    }
    todo = groupsOf(index, more()).filter((g) => !failed.has(g.MatchId));
  }
  return done;
}

function groupsOf(index: GroupLookup, ids: Iterable<string>): RuleGroupView[] {
  const out = new Map<string, RuleGroupView>();
  for (const id of ids) {
    const g = index.groupOf(id);
    if (g) out.set(g.MatchId, g);
  }
  return [...out.values()];
}
