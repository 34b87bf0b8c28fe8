import * as assert from 'assert';
import { watchForDomainGone, isNotFound } from '../../../src/host/matches/domainGone';
import { bulkMergeConfirmation } from '../../../src/shared/matches/bulkMergeConfirmation';
import { planBulkMerge } from '../../../src/shared/matches/bulkMerge';
import type { MatchesBackend } from '../../../src/host/matches/backend';

const notFound = (what: string): Error => Object.assign(new Error(`${what} not found`), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });

describe('matches: domain gone, bulk merge coverage', () => {
  it('ResourceNotFound on GetMatches means the domain is gone; on MergeProfiles only if GetDomain agrees', async () => {
    let domainExists = true;
    const calls: string[] = [];
    const backend: MatchesBackend = {
      getDomain: async () => { calls.push('getDomain'); if (!domainExists) throw notFound('Domain'); return {}; },
      getMatchesPage: async () => { calls.push('getMatchesPage'); throw notFound('Domain'); },
      batchGetProfiles: async () => ({ profiles: [], missing: [] }),
      mergeProfiles: async () => { calls.push('mergeProfiles'); throw notFound('Profile'); },
      listRuleBasedMatchesPage: async () => ({ items: [] }),
      getRuleBasedGroup: async () => undefined,
    };
    const gone: string[] = [];
    const watched = watchForDomainGone(backend, 'd', (reason) => gone.push(reason));
    await assert.rejects(watched.mergeProfiles({ DomainName: 'd', MainProfileId: 'a', ProfileIdsToBeMerged: ['b'] }), /Profile not found/);
    assert.deepStrictEqual(gone, [], 'a missing profile is not a missing domain');
    assert.deepStrictEqual(calls, ['mergeProfiles', 'getDomain']);
    domainExists = false;
    await assert.rejects(watched.mergeProfiles({ DomainName: 'd', MainProfileId: 'a', ProfileIdsToBeMerged: ['b'] }), /Profile not found/);
    await assert.rejects(watched.getMatchesPage('d'), /Domain not found/);
    assert.strictEqual(gone.length, 2);
    assert.match(gone[0], /domain d no longer exists/);
    assert.ok(!isNotFound(Object.assign(new Error('x'), { name: 'ThrottlingException' })));
  });

  it('the bulk merge confirmation says when it covers only the loaded part of PotentialMatches', () => {
    const plan = planBulkMerge([{ matchId: 'm1', profileIds: ['a', 'b', 'c'], score: 0.95 }], () => 'unreviewed', 0.9);
    const partial = bulkMergeConfirmation(plan, { loaded: 300, potentialMatches: 1200, complete: false });
    assert.match(partial.message, /^Merge 1 unreviewed loaded group with score ≥ 0.9\? This cannot be undone\.$/);
    assert.match(partial.detail, /^This covers only the 300 of 1,200 potential matches loaded so far \(loading was stopped\)/);
    assert.match(partial.detail, /Up to 2 profiles will be deleted/);
    const whole = bulkMergeConfirmation(plan, { loaded: 1200, potentialMatches: 1200, complete: true });
    assert.strictEqual(whole.message, 'Merge 1 unreviewed group with score ≥ 0.9? This cannot be undone.');
    assert.doesNotMatch(whole.detail, /covers only/);
  });
});
