// Review state of a match group, per MatchId. "merged" is final because MergeProfiles cannot be undone;
// the other states are freely revisable.
import * as l10n from '@vscode/l10n';
import type { MatchGroup } from './matchGroup';

export const REVIEW_STATES = ['unreviewed', 'not-a-match', 'skipped', 'merged'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** States a reviewer may set by hand ("merged" only ever comes from a successful MergeProfiles). */
export const SETTABLE_REVIEW_STATES = ['unreviewed', 'not-a-match', 'skipped'] as const;
export type SettableReviewState = (typeof SETTABLE_REVIEW_STATES)[number];

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value);
}

export function isSettableReviewState(value: unknown): value is SettableReviewState {
  return typeof value === 'string' && (SETTABLE_REVIEW_STATES as readonly string[]).includes(value);
}

export type Transition = { ok: true; state: ReviewState } | { ok: false; reason: string };

export function transition(current: ReviewState, next: ReviewState): Transition {
  if (current === 'merged') {
    return next === 'merged'
      ? { ok: false, reason: l10n.t('This group is already merged.') }
      : { ok: false, reason: l10n.t('A merged group cannot change state: merges cannot be undone.') };
  }
  if (next === 'merged' && current === 'not-a-match') {
    // Merging a group the reviewer rejected needs a deliberate reset first.
    return { ok: false, reason: l10n.t('This group is marked "not a match"; reset it before merging.') };
  }
  return { ok: true, state: next };
}

/** What is persisted per connection + domain + MatchGenerationDate: only non-default states. */
export interface PersistedReview {
  readonly version: 1;
  readonly states: Readonly<Record<string, ReviewState>>;
}

export const EMPTY_REVIEW: PersistedReview = { version: 1, states: {} };

const KEY_PREFIX = 'customerProfiles.matches.review';

/**
 * Storage key of one job run's review states. A new identity-resolution run has a new MatchGenerationDate,
 * so it starts fresh (MatchIds are not stable across runs).
 */
export function reviewStorageKey(connectionId: string, domain: string, matchGenerationDate: string | undefined): string {
  return `${KEY_PREFIX}/${encodeURIComponent(connectionId)}/${domain}/${matchGenerationDate ?? 'unknown-run'}`;
}

/** Prefix of every run's key for a connection + domain (to prune older runs). */
export function reviewStorageKeyPrefix(connectionId: string, domain: string): string {
  return `${KEY_PREFIX}/${encodeURIComponent(connectionId)}/${domain}/`;
}

/** Storage key of the "not a match" profile sets, which survive across job runs. */
export function notAMatchStorageKey(connectionId: string, domain: string): string {
  return `customerProfiles.matches.notAMatch/${encodeURIComponent(connectionId)}/${domain}`;
}

/** Identity of a group across runs: its set of profile ids (order-free). */
export function profileSetSignature(profileIds: readonly string[]): string {
  return [...new Set(profileIds)].sort().join(',');
}

/**
 * The state a freshly loaded group starts in: what was recorded for this run, else "not a match" when a
 * previous run's reviewer rejected exactly the same profile set, else unreviewed.
 */
export function initialReviewState(
  group: MatchGroup, stored: PersistedReview, notAMatchSignatures: ReadonlySet<string>,
): ReviewState {
  const recorded = stored.states[group.matchId];
  if (recorded) return recorded;
  return notAMatchSignatures.has(profileSetSignature(group.profileIds)) ? 'not-a-match' : 'unreviewed';
}

/** Records a state; unreviewed is the default and is not stored. Returns a new object. */
export function withReviewState(review: PersistedReview, matchId: string, state: ReviewState): PersistedReview {
  const states = { ...review.states };
  if (state === 'unreviewed') delete states[matchId];
  else states[matchId] = state;
  return { version: 1, states };
}

/** Keeps the cross-run "not a match" set in step with a state change. */
export function updateNotAMatchSignatures(
  signatures: readonly string[], group: MatchGroup, state: ReviewState,
): string[] {
  const signature = profileSetSignature(group.profileIds);
  const rest = signatures.filter((s) => s !== signature);
  return state === 'not-a-match' ? [...rest, signature] : rest;
}

/** Reads a persisted value defensively: storage may hold an older or corrupted shape. */
export function parsePersistedReview(value: unknown): PersistedReview {
  if (!value || typeof value !== 'object') return EMPTY_REVIEW;
  const states = (value as { states?: unknown }).states;
  if (!states || typeof states !== 'object') return EMPTY_REVIEW;
  const clean: Record<string, ReviewState> = {};
  for (const [id, s] of Object.entries(states)) if (isReviewState(s) && s !== 'unreviewed') clean[id] = s;
  return { version: 1, states: clean };
}

export function countByState(states: Iterable<ReviewState>): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { unreviewed: 0, 'not-a-match': 0, skipped: 0, merged: 0 };
  for (const s of states) counts[s]++;
  return counts;
}
