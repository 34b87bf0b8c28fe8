import * as assert from 'assert';
import type { MatchGroup } from '../../../src/shared/matches/matchGroup';
import { ProfileCache } from '../../../src/host/matches/profileCache';
import { ProfilePrefetch } from '../../../src/host/matches/profilePrefetch';
import type { HostMessage } from '../../../src/shared/matches/protocol';
import { FakeMatchesBackend } from '../../harness/webview/fakeMatchesBackend';
import { generateMatchData } from '../../harness/webview/generateMatches';

function setup(groups: number) {
  const data = generateMatchData({ groups, domain: 'demo' });
  const backend = new FakeMatchesBackend(data);
  const cache = new ProfileCache(backend, 'demo');
  const posted: HostMessage[] = [];
  const log: string[] = [];
  const prefetch = new ProfilePrefetch({ cache, post: (m) => posted.push(m), log: (l) => log.push(l), flushMs: 5 });
  const all: MatchGroup[] = data.matches.map((m) => ({ matchId: m.MatchId!, profileIds: m.ProfileIds!, score: m.ConfidenceScore ?? 0 }));
  return { data, backend, cache, posted, log, prefetch, all };
}

describe('matches: background profile fetch', () => {
  it('fetches every group\'s profiles in calls of at most 20 ids, at most 4 in flight, and indexes every group', async () => {
    const { backend, posted, prefetch, all, data } = setup(300);
    backend.latencyMs = 2;
    let inFlight = 0;
    let maxInFlight = 0;
    const original = backend.batchGetProfiles.bind(backend);
    backend.batchGetProfiles = async (...a) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try { return await original(...a); } finally { inFlight--; }
    };
    prefetch.start(all);
    await prefetch.whenDone();
    const calls = backend.callsOf('batchGetProfiles');
    assert.ok(calls.every((c) => (c.args[1] as string[]).length <= 20));
    const fetched = calls.flatMap((c) => c.args[1] as string[]);
    assert.strictEqual(new Set(fetched).size, fetched.length, 'each id fetched once');
    assert.strictEqual(fetched.length, new Set(data.matches.flatMap((m) => m.ProfileIds!)).size);
    assert.ok(maxInFlight <= 4 && maxInFlight > 1, `in flight: ${maxInFlight}`);
    const entries = new Map(posted.flatMap((m) => (m.type === 'searchIndex' ? m.entries : [])));
    assert.deepStrictEqual([...entries.keys()].sort(), all.map((g) => g.matchId).sort());
    const g = data.matches[123];
    const p = data.profiles.find((x) => x.ProfileId === g.ProfileIds![0])!;
    assert.ok(entries.get(g.MatchId!)!.includes(String(p.LastName).toLowerCase()));
    const last = posted.filter((m) => m.type === 'profilesProgress').at(-1);
    assert.deepStrictEqual(last, { type: 'profilesProgress', groupsFetched: 300, groupsTotal: 300, done: true });
    assert.ok(prefetch.complete);
  });

  it('a failed call leaves its groups out, says how many, and ensure() fetches them again', async () => {
    const { backend, posted, prefetch, all, cache } = setup(50);
    let failOnce = true;
    const original = backend.batchGetProfiles.bind(backend);
    backend.batchGetProfiles = async (...a) => {
      if (failOnce) { failOnce = false; throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }); }
      return original(...a);
    };
    prefetch.start(all);
    await prefetch.whenDone();
    const last = posted.filter((m) => m.type === 'profilesProgress').at(-1)!;
    assert.ok(last.type === 'profilesProgress' && last.done && (last.failedGroups ?? 0) > 0 && last.groupsFetched === 50 - last.failedGroups!, JSON.stringify(last));
    assert.ok(!prefetch.complete);
    assert.deepStrictEqual(await prefetch.ensure(all), [], 'the retry fetched the rest');
    assert.ok(all.every((g) => g.profileIds.every((id) => cache.get(id) !== undefined)));
  });

  it('stop() posts nothing more for the stopped run', async () => {
    const { backend, posted, prefetch, all } = setup(200);
    backend.latencyMs = 5;
    prefetch.start(all);
    prefetch.stop();
    const n = posted.length;
    await prefetch.whenDone();
    await new Promise((r) => setTimeout(r, 30));
    assert.strictEqual(posted.length, n);
  });

  it('profiles fetched in the background are read again before anyone acts on them', async () => {
    const { backend, prefetch, all, cache } = setup(5);
    prefetch.start(all);
    await prefetch.whenDone();
    const before = backend.callsOf('batchGetProfiles').length;
    const [main, other] = all[0].profileIds;
    backend.profiles.delete(other);
    const first = await cache.load([main, other]);
    assert.deepStrictEqual(first.missingIds, [other], 'the view load saw the profile gone since the background fetch');
    await cache.load([main, other]);
    assert.strictEqual(backend.callsOf('batchGetProfiles').length, before + 1, 'read again once, then cached');
  });
});
