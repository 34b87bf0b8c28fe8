import * as assert from 'assert';
import {
  initialReviewState, parsePersistedReview, profileSetSignature, reviewStorageKey, transition, withReviewState,
  type ReviewState,
} from '../../../src/shared/matches/reviewState';
import { ReviewBook } from '../../../src/host/matches/reviewBook';
import { MemoryStore } from './hostDoubles';

describe('matches: review state transitions', () => {
  const table: Array<[ReviewState, ReviewState, boolean]> = [
    ['unreviewed', 'not-a-match', true], ['unreviewed', 'skipped', true], ['unreviewed', 'merged', true],
    ['not-a-match', 'unreviewed', true], ['not-a-match', 'skipped', true], ['not-a-match', 'merged', false],
    ['skipped', 'unreviewed', true], ['skipped', 'not-a-match', true], ['skipped', 'merged', true],
    ['merged', 'unreviewed', false], ['merged', 'skipped', false], ['merged', 'not-a-match', false], ['merged', 'merged', false],
  ];
  for (const [from, to, allowed] of table) {
    it(`${from} -> ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
      const t = transition(from, to);
      assert.strictEqual(t.ok, allowed);
      if (t.ok) assert.strictEqual(t.state, to);
      else assert.ok(t.reason.length > 10);
    });
  }

  it('keys are per connection, domain and MatchGenerationDate', () => {
    const k = reviewStorageKey('profile=dev|region=eu-west-1', 'demo', '2025-11-22T00:00:00.000Z');
    assert.notStrictEqual(k, reviewStorageKey('profile=dev|region=us-east-1', 'demo', '2025-11-22T00:00:00.000Z'));
    assert.notStrictEqual(k, reviewStorageKey('profile=dev|region=eu-west-1', 'demo2', '2025-11-22T00:00:00.000Z'));
    assert.notStrictEqual(k, reviewStorageKey('profile=dev|region=eu-west-1', 'demo', '2025-11-29T00:00:00.000Z'));
  });

  it('unreviewed is not stored; corrupted storage reads as empty', () => {
    const r = withReviewState(withReviewState({ version: 1, states: {} }, 'g1', 'skipped'), 'g1', 'unreviewed');
    assert.deepStrictEqual(r.states, {});
    assert.deepStrictEqual(parsePersistedReview({ states: { g1: 'bogus', g2: 'merged' } }).states, { g2: 'merged' });
    assert.deepStrictEqual(parsePersistedReview('garbage').states, {});
  });

  it('carries "not a match" to a new run only for an identical profile set', () => {
    const sigs = new Set([profileSetSignature(['b', 'a'])]);
    const empty = { version: 1 as const, states: {} };
    assert.strictEqual(initialReviewState({ matchId: 'new1', profileIds: ['a', 'b'], score: 1 }, empty, sigs), 'not-a-match');
    assert.strictEqual(initialReviewState({ matchId: 'new2', profileIds: ['a', 'b', 'c'], score: 1 }, empty, sigs), 'unreviewed');
  });

  it('ReviewBook persists, starts a new run fresh and keeps not-a-match for identical sets', async () => {
    const store = new MemoryStore();
    const g1 = { matchId: 'g1', profileIds: ['a', 'b'], score: 0.9 };
    const g2 = { matchId: 'g2', profileIds: ['c', 'd'], score: 0.8 };
    const run1 = new ReviewBook(store, 'conn', 'demo');
    await run1.open('2025-11-22T00:00:00.000Z');
    run1.admit(g1); run1.admit(g2);
    await run1.set(g1, 'not-a-match');
    await run1.set(g2, 'skipped');

    const reopened = new ReviewBook(store, 'conn', 'demo');
    await reopened.open('2025-11-22T00:00:00.000Z');
    assert.strictEqual(reopened.admit(g1), 'not-a-match');
    assert.strictEqual(reopened.admit(g2), 'skipped');

    const run2 = new ReviewBook(store, 'conn', 'demo');
    await run2.open('2025-11-29T00:00:00.000Z');
    assert.strictEqual(run2.admit({ matchId: 'x1', profileIds: ['b', 'a'], score: 0.9 }), 'not-a-match');
    assert.strictEqual(run2.admit({ matchId: 'x2', profileIds: ['c', 'd'], score: 0.8 }), 'unreviewed');
    assert.ok(!store.keys().includes(reviewStorageKey('conn', 'demo', '2025-11-22T00:00:00.000Z')), 'older run pruned');

    await run2.set({ matchId: 'x1', profileIds: ['b', 'a'], score: 0.9 }, 'unreviewed');
    const run3 = new ReviewBook(store, 'conn', 'demo');
    await run3.open('2025-12-06T00:00:00.000Z');
    assert.strictEqual(run3.admit({ matchId: 'y1', profileIds: ['a', 'b'], score: 0.9 }), 'unreviewed', 'reset removes the carried decision');
  });
});
