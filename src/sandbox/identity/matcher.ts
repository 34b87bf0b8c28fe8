// Identity resolution for the sandbox: profiles -> match groups (the GetMatches content).
// Pipeline: features (normalised phones, e-mails, names) -> blocking (candidate pairs) -> candidate rule + pairwise
// Fellegi–Sunter probability (src/shared/identity/mlScore.ts, the same code the extension's explanation runs) ->
// union-find clustering -> group confidence. Deterministic and independent of input order: groups are the
// connected components of the "linkable and probability ≥ MATCH_THRESHOLD" graph over candidate pairs, and all
// tie-breaks use ProfileIds.
import type { ProfileRecord } from '../../shared/profile';
import { BlockingOptions, DEFAULT_BLOCKING, forEachCandidatePair } from './blocking';
import { extractFeatures, ProfileFeatures } from '../../shared/identity/features';
import { matchIdFor } from './matchId';
import { couldMatch, MATCH_THRESHOLD, scorePair } from '../../shared/identity/mlScore';
import { UnionFind } from './unionFind';

export interface MatchGroup {
  MatchId: string;
  ProfileIds: string[];
  ConfidenceScore: number;
}

/** Groups larger than this get their confidence from a bounded sample of pairs (keeps a freak group linear). */
const MAX_CONFIDENCE_PAIRS_GROUP = 30;

export function findMatchGroups(profiles: readonly ProfileRecord[], blocking: BlockingOptions = DEFAULT_BLOCKING): MatchGroup[] {
  // Sort by ProfileId first so every later step (and every tie) is independent of the caller's order.
  const ordered = [...profiles].sort((a, b) => (a.ProfileId < b.ProfileId ? -1 : a.ProfileId > b.ProfileId ? 1 : 0));
  const features = ordered.map(extractFeatures);
  const uf = new UnionFind(ordered.length);
  forEachCandidatePair(features, blocking, (i, j) => {
    if (uf.find(i) === uf.find(j)) return; // already connected: scoring cannot change the components
    if (couldMatch(features[i], features[j]) && scorePair(features[i], features[j]) >= MATCH_THRESHOLD) uf.union(i, j);
  });
  const groups = uf.groups(2).map((members): MatchGroup => {
    const ProfileIds = members.map((i) => ordered[i].ProfileId); // ascending: `ordered` is sorted
    return { MatchId: matchIdFor(ProfileIds), ProfileIds, ConfidenceScore: groupConfidence(members, features) };
  });
  return groups.sort((a, b) => b.ConfidenceScore - a.ConfidenceScore || (a.MatchId < b.MatchId ? -1 : a.MatchId > b.MatchId ? 1 : 0));
}

/**
 * Mean pairwise score over all pairs of the group (members linked only transitively pull it down, which is
 * what a reviewer should see), rounded to 4 decimals. Large groups use each member against its next few members.
 */
function groupConfidence(members: readonly number[], features: readonly ProfileFeatures[]): number {
  let sum = 0;
  let n = 0;
  const reach = members.length <= MAX_CONFIDENCE_PAIRS_GROUP ? members.length : 5;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < Math.min(members.length, x + 1 + reach); y++) {
      sum += scorePair(features[members[x]], features[members[y]]);
      n++;
    }
  }
  return Math.round((sum / n) * 10000) / 10000;
}
