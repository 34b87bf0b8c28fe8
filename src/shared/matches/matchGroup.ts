// One GetMatches MatchItem as the matches feature uses it: every member present.
export interface MatchGroup {
  readonly matchId: string;
  readonly profileIds: readonly string[];
  /** The service's ConfidenceScore (0..1). */
  readonly score: number;
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
