// Review states of one panel, persisted per connection + domain + MatchGenerationDate in a key-value store
// (vscode.Memento in the extension: globalState). "Not a match" decisions are also kept per connection +
// domain as profile-set signatures, so a new job run re-applies them to identical groups.
import type { MatchGroup } from '../../shared/matches/matchGroup';
import {
  EMPTY_REVIEW, initialReviewState, notAMatchStorageKey, parsePersistedReview, reviewStorageKey,
  reviewStorageKeyPrefix, updateNotAMatchSignatures, withReviewState, type PersistedReview, type ReviewState,
} from '../../shared/matches/reviewState';

/** The subset of vscode.Memento used here. */
export interface KeyValueStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
  keys?(): readonly string[];
}

export class ReviewBook {
  private review: PersistedReview = EMPTY_REVIEW;
  private notAMatch: string[] = [];
  private notAMatchSet = new Set<string>();
  private readonly states = new Map<string, ReviewState>();
  private key = '';

  constructor(private readonly store: KeyValueStore, private readonly connectionId: string, private readonly domain: string) {}

  /** Switches to the run identified by its MatchGenerationDate and drops older runs' records. */
  async open(matchGenerationDate: string | undefined): Promise<void> {
    this.key = reviewStorageKey(this.connectionId, this.domain, matchGenerationDate);
    this.review = parsePersistedReview(this.store.get(this.key));
    const stored = this.store.get(notAMatchStorageKey(this.connectionId, this.domain));
    this.notAMatch = Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
    this.notAMatchSet = new Set(this.notAMatch);
    this.states.clear();
    const prefix = reviewStorageKeyPrefix(this.connectionId, this.domain);
    for (const k of this.store.keys?.() ?? []) if (k.startsWith(prefix) && k !== this.key) await this.store.update(k, undefined);
  }

  get persisted(): PersistedReview { return this.review; }

  /** Registers a freshly loaded group and returns its state. */
  admit(group: MatchGroup): ReviewState {
    const state = initialReviewState(group, this.review, this.notAMatchSet);
    this.states.set(group.matchId, state);
    return state;
  }

  stateOf(matchId: string): ReviewState {
    return this.states.get(matchId) ?? 'unreviewed';
  }

  async set(group: MatchGroup, state: ReviewState): Promise<void> {
    this.states.set(group.matchId, state);
    this.review = withReviewState(this.review, group.matchId, state);
    await this.store.update(this.key, this.review);
    const next = updateNotAMatchSignatures(this.notAMatch, group, state);
    if (next.length !== this.notAMatch.length || state === 'not-a-match') {
      this.notAMatch = next;
      this.notAMatchSet = new Set(next);
      await this.store.update(notAMatchStorageKey(this.connectionId, this.domain), next);
    }
  }
}
