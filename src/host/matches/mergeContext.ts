// What the merge services (mergeService.ts, bulkMergeService.ts) need from the panel's controller. Getters,
// not values: the controller replaces its group index on every (re)load.
import type { MatchesBackend } from './backend';
import type { MatchesHostUi } from './hostUi';
import type { LoadedCoverage } from '../../shared/matches/bulkMergeConfirmation';
import type { MatchGroup } from '../../shared/matches/matchGroup';
import type { ProfileCache } from './profileCache';
import type { HostMessage } from '../../shared/matches/protocol';
import type { KeyValueStore, ReviewBook } from './reviewBook';

export interface MergeContext {
  readonly domain: string;
  readonly connectionId: string;
  readonly backend: MatchesBackend;
  readonly ui: MatchesHostUi;
  readonly store: KeyValueStore;
  readonly review: ReviewBook;
  readonly profiles: ProfileCache;
  /** Groups with a merge running (single or bulk): their review state cannot change meanwhile. */
  readonly mergesInFlight: Set<string>;
  group(matchId: string): MatchGroup | undefined;
  allGroups(): readonly MatchGroup[];
  /** How much of PotentialMatches is loaded (a bulk merge after Cancel loading covers only that). */
  loadStatus(): LoadedCoverage;
  matchGenerationDate(): string | undefined;
  post(message: HostMessage): void;
  now(): Date;
  onMerged?(): void;
}
