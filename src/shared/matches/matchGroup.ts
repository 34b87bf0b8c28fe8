// One group as the matches feature uses it: a GetMatches MatchItem (ML) with every member present, or a
// rule-based group (ListRuleBasedMatches MatchId + GetSimilarProfiles' ProfileIds and RuleLevel).

/** Which matching a panel reviews: the ML job's GetMatches, or rule-based matching's ListRuleBasedMatches. */
export type MatchSource = 'ml' | 'rules';
export const MATCH_SOURCES: readonly MatchSource[] = ['ml', 'rules'];

export interface MatchGroup {
  readonly matchId: string;
  readonly profileIds: readonly string[];
  /** The service's ConfidenceScore (0..1); 0 for rule-based groups (they have none). */
  readonly score: number;
  /** Rule-based groups: the RuleLevel the profiles matched on (1 = the first rule). */
  readonly level?: number;
  /**
   * Rule-based groups whose MatchId did not resolve (merged or changed since it was listed), or whose lookup
   * failed: why. Such a group has no profiles and cannot be merged.
   */
  readonly unresolved?: string;
}

/** The wire MatchItem: every member optional in the model. */
export interface MatchItemLike {
  MatchId?: string;
  ProfileIds?: string[];
  ConfidenceScore?: number;
}

/**
 * A MatchItem without MatchId or ProfileIds cannot be reviewed or merged, so it is dropped (and counted
 * by the caller); a missing score becomes 0, which sorts it last and keeps it out of bulk merges.
 */
export function toMatchGroup(item: MatchItemLike): MatchGroup | undefined {
  if (!item.MatchId || !item.ProfileIds || item.ProfileIds.length === 0) return undefined;
  const score = typeof item.ConfidenceScore === 'number' && Number.isFinite(item.ConfidenceScore) ? item.ConfidenceScore : 0;
  return { matchId: item.MatchId, profileIds: [...item.ProfileIds], score };
}
