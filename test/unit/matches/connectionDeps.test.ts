import * as assert from 'node:assert/strict';
import type { ResolvedConnection } from '../../../src/shared/connection/types';
import { matchesConnectionId, matchesConnectionLabel } from '../../../src/host/matches/connectionDeps';
import { pinnedToConnection } from '../../../src/host/matches/pinnedBackend';
import type { MatchesBackend } from '../../../src/host/matches/backend';

const aws = (over: Partial<ResolvedConnection> = {}): ResolvedConnection =>
  ({ region: 'eu-west-1', regionSource: 'setting', credentialSource: 'profile', ...over });

describe('matches/connectionDeps', () => {
  const cases: [string, Parameters<typeof matchesConnectionId>[0], ResolvedConnection, string, string][] = [
    ['default chain', {}, aws(), 'aws|default|eu-west-1|', 'default · eu-west-1'],
    ['named profile', { profile: 'dev' }, aws({ profile: 'dev' }), 'aws|dev|eu-west-1|', 'dev · eu-west-1'],
    ['custom endpoint', { endpoint: 'http://localhost:4566' }, aws({ endpoint: 'http://localhost:4566' }), 'aws|default|eu-west-1|http://localhost:4566', 'default · eu-west-1 · localhost:4566'],
    ['sandbox', { sandbox: true, endpoint: 'http://127.0.0.1:4566' }, aws({ endpoint: 'http://127.0.0.1:4566', credentialSource: 'sandbox' }), 'sandbox|http://127.0.0.1:4566', 'sandbox (127.0.0.1:4566)'],
  ];
  for (const [name, spec, resolved, id, label] of cases) {
    it(`id and label: ${name}`, () => {
      assert.equal(matchesConnectionId(spec, resolved), id);
      assert.equal(matchesConnectionLabel(spec, resolved), label);
    });
  }

  it('a panel pinned to a connection refuses every call once the connection changed', async () => {
    const calls: string[] = [];
    const backend: MatchesBackend = {
      getDomain: async () => { calls.push('getDomain'); return {}; },
      getMatchesPage: async () => { calls.push('getMatchesPage'); return { items: [] }; },
      batchGetProfiles: async () => { calls.push('batchGetProfiles'); return { profiles: [], missing: [] }; },
      mergeProfiles: async () => { calls.push('mergeProfiles'); return {}; },
      listRuleBasedMatchesPage: async () => { calls.push('listRuleBasedMatchesPage'); return { items: [] }; },
      getRuleBasedGroup: async () => { calls.push('getRuleBasedGroup'); return undefined; },
    };
    let current = true;
    const pinned = pinnedToConnection(backend, () => current, 'dev · eu-west-1');
    await pinned.getDomain('d');
    current = false;
    await assert.rejects(pinned.mergeProfiles({ DomainName: 'd', MainProfileId: 'a', ProfileIdsToBeMerged: ['b'] }), /connection changed.*dev · eu-west-1/);
    await assert.rejects(pinned.getMatchesPage('d'), /connection changed/);
    assert.deepEqual(calls, ['getDomain']);
  });
});
