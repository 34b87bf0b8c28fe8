// The groups loaded into one panel, indexed for validation (MatchId -> group, ProfileId -> loaded?).
import type { MatchGroup } from '../../shared/matches/matchGroup';

export class GroupIndex {
  private readonly byId = new Map<string, MatchGroup>();
  private readonly profileIds = new Set<string>();
  private readonly ordered: MatchGroup[] = [];

  get size(): number { return this.ordered.length; }
  get all(): readonly MatchGroup[] { return this.ordered; }

  group(matchId: string): MatchGroup | undefined { return this.byId.get(matchId); }
  isLoadedProfile(profileId: string): boolean { return this.profileIds.has(profileId); }

  /** Adds groups, ignoring a MatchId seen before (a page boundary must not duplicate a group). */
  add(groups: readonly MatchGroup[]): MatchGroup[] {
    const added: MatchGroup[] = [];
    for (const g of groups) {
      if (this.byId.has(g.matchId)) continue;
      this.byId.set(g.matchId, g);
      this.ordered.push(g);
      for (const id of g.profileIds) this.profileIds.add(id);
      added.push(g);
    }
    return added;
  }
}
