// The profile view's host behaviour against a recording fake of the API facade: every webview message is
// validated before any call (a forged one makes none), sections fail one by one with their own Retry, and the
// merge's ids come out of a MERGED record.
import * as assert from 'assert';
import { ProfileViewController, type ProfileViewUi } from '../../../src/host/profiles/view/controller';
import type { ProfileViewApi } from '../../../src/host/profiles/view/loaders';
import { validateProfileMessage } from '../../../src/host/profiles/view/validateMessage';
import type { HostMessage } from '../../../src/shared/profiles/protocol';

const ID = 'a'.repeat(32);
const OTHER = 'b'.repeat(32);
const DOMAIN = 'demo-retail';

interface Fake { api: ProfileViewApi; calls: string[]; failing: Set<string> }

function fakeApi(): Fake {
  const calls: string[] = [];
  const failing = new Set<string>();
  const answer = (op: string, input: Record<string, unknown>): Record<string, unknown> => {
    calls.push(op);
    if (failing.has(op)) throw Object.assign(new Error(`connect ECONNREFUSED (${op})`), { name: 'Error' });
    switch (op) {
      case 'SearchProfiles': return { Items: [{ ProfileId: ID, FirstName: 'Ann', LastName: 'Lee' }] };
      case 'GetDomain': return { DomainName: DOMAIN, RuleBasedMatching: { Enabled: true }, Matching: { Enabled: false } };
      case 'GetSimilarProfiles': return { MatchId: 'm-1', ProfileIds: [ID, OTHER], RuleLevel: 1, MatchType: input.MatchType };
      case 'GetProfileObjectType': return { ObjectTypeName: input.ObjectTypeName, Fields: {}, Keys: {} };
      case 'GetProfileHistoryRecord': return { Id: input.Id, ActionType: 'MERGED', Content: JSON.stringify({ MainProfileId: ID, ProfileIdsToBeMerged: [OTHER] }) };
      default: return {};
    }
  };
  const pageOf = (op: string): { items: unknown[]; nextToken?: string } => {
    calls.push(op);
    if (failing.has(op)) throw new Error(`connect ECONNREFUSED (${op})`);
    if (op === 'ListProfileObjectTypes') return { items: [{ ObjectTypeName: 'Customer' }] };
    if (op === 'ListProfileObjects') return { items: [{ ObjectTypeName: 'Customer', ProfileObjectUniqueKey: 'C-1', Object: '{"id":"C-1"}' }], nextToken: 'more' };
    if (op === 'ListProfileHistoryRecords') return { items: [{ Id: 'r1', ActionType: 'MERGED', CreatedAt: new Date(0), PerformedBy: 'me', ObjectTypeName: '_profile' }] };
    return { items: [] };
  };
  const api = {
    call: async (op: string, input: Record<string, unknown>) => answer(op, input),
    fetchPage: async (op: string) => pageOf(op),
    pages: async function* (op: string) { yield pageOf(op); },
  } as unknown as ProfileViewApi;
  return { api, calls, failing };
}

function controller(fake: Fake): { c: ProfileViewController; posted: HostMessage[]; actions: string[] } {
  const posted: HostMessage[] = [];
  const actions: string[] = [];
  const ui: ProfileViewUi = {
    post: (m) => posted.push(m), log: () => undefined,
    action: async (a) => { actions.push(a); },
    openProfile: async (id) => { actions.push(`open ${id}`); },
    openMatch: async (t, id) => { actions.push(`match ${t} ${id}`); },
  };
  const c = new ProfileViewController({ ref: { domainName: DOMAIN, profileId: ID }, connectionKey: 'k', connectionLabel: 'sandbox', api: fake.api, ui, describe: (e) => (e as Error).message });
  return { c, posted, actions };
}

describe('profile view: the host validates every webview message before any call', () => {
  const forged: [string, unknown][] = [
    ['another profile\'s id', { type: 'refresh', requestId: 1, profileId: OTHER }],
    ['an unknown type', { type: 'deleteEverything', requestId: 1, profileId: ID }],
    ['no requestId', { type: 'refresh', profileId: ID }],
    ['an extra member', { type: 'refresh', requestId: 1, profileId: ID, DomainName: 'other' }],
    ['a record id it never listed', { type: 'openHistoryRecord', requestId: 1, profileId: ID, recordId: 'r-forged' }],
    ['a profile it never listed', { type: 'openProfile', requestId: 1, profileId: ID, otherProfileId: 'c'.repeat(32) }],
    ['a group it never listed', { type: 'openMatch', requestId: 1, profileId: ID, matchType: 'RULE_BASED_MATCHING', matchId: 'm-forged' }],
    ['a bad match type', { type: 'openMatch', requestId: 1, profileId: ID, matchType: 'ANY', matchId: 'm-1' }],
    ['an unknown action', { type: 'action', requestId: 1, profileId: ID, action: 'purge' }],
    ['a type with no next page', { type: 'loadMoreObjects', requestId: 1, profileId: ID, objectTypeName: 'Nope' }],
    ['an unknown section', { type: 'retry', requestId: 1, profileId: ID, section: 'secrets' }],
    ['not an object', 'refresh'],
  ];
  for (const [what, message] of forged) {
    it(`refuses ${what}: an error answer, no API call, no action`, async () => {
      const fake = fakeApi();
      const { c, posted, actions } = controller(fake);
      await c.receive(message);
      assert.deepStrictEqual(fake.calls, []);
      assert.deepStrictEqual(actions, []);
      assert.strictEqual(posted.length, 1);
      assert.strictEqual(posted[0].type, 'error');
    });
  }

  it('accepts ids only once the view listed them', async () => {
    const fake = fakeApi();
    const { c, posted, actions } = controller(fake);
    await c.receive({ type: 'ready' });
    assert.deepStrictEqual(posted[0], { type: 'init', domainName: DOMAIN, profileId: ID, connectionLabel: 'sandbox', connectionKey: 'k' });
    await c.receive({ type: 'openMatch', requestId: 2, profileId: ID, matchType: 'RULE_BASED_MATCHING', matchId: 'm-1' });
    await c.receive({ type: 'openProfile', requestId: 3, profileId: ID, otherProfileId: OTHER });
    assert.deepStrictEqual(actions, ['match RULE_BASED_MATCHING m-1', `open ${OTHER}`]);
    fake.calls.length = 0;
    await c.receive({ type: 'openHistoryRecord', requestId: 4, profileId: ID, recordId: 'r1' });
    assert.deepStrictEqual(fake.calls, ['GetProfileHistoryRecord']);
    const record = posted.find((m) => m.type === 'historyRecord');
    assert.deepStrictEqual(record && record.type === 'historyRecord' ? record.merge : undefined, { mainProfileId: ID, profileIdsToBeMerged: [OTHER] });
    assert.ok(validateProfileMessage({ type: 'loadMoreObjects', requestId: 5, profileId: ID, objectTypeName: 'Customer' }, {
      profileId: ID, isListedRecord: () => false, isListedSimilarProfile: () => false, isListedGroup: () => false, hasMoreObjects: (n) => n === 'Customer',
    }).ok);
  });
});

describe('profile view: sections fail one at a time', () => {
  it('a failing history list errors that section only; Retry re-reads it', async () => {
    const fake = fakeApi();
    fake.failing.add('ListProfileHistoryRecords');
    const { c } = controller(fake);
    await c.receive({ type: 'ready' });
    assert.strictEqual(c.state.get('history')?.status, 'error');
    assert.strictEqual(c.state.get('profile')?.status, 'ready');
    assert.strictEqual(c.state.get('objects')?.status, 'ready');
    fake.failing.clear();
    await c.receive({ type: 'retry', requestId: 9, profileId: ID, section: 'history' });
    assert.strictEqual(c.state.get('history')?.status, 'ready');
  });

  it('merge records are read at once: the merge\'s ids show without a click', async () => {
    const fake = fakeApi();
    const { c, posted } = controller(fake);
    await c.receive({ type: 'ready' });
    const record = posted.find((m) => m.type === 'historyRecord');
    assert.deepStrictEqual(record && record.type === 'historyRecord' ? [record.recordId, record.merge] : undefined, ['r1', { mainProfileId: ID, profileIdsToBeMerged: [OTHER] }]);
    // Posted before the history section turns ready, so the first render already has it.
    const readyAt = posted.findIndex((m) => m.type === 'section' && m.section === 'history' && m.state.status === 'ready');
    assert.ok(posted.indexOf(record!) < readyAt);
  });

  it('only the matching modes the domain enables are asked (GetDomain first)', async () => {
    const fake = fakeApi();
    const { c } = controller(fake);
    await c.receive({ type: 'ready' });
    assert.strictEqual(fake.calls.filter((op) => op === 'GetSimilarProfiles').length, 1);
    const similar = c.state.get('similar');
    assert.ok(similar?.status === 'ready');
    const data = similar.data as unknown as { groups: { matchType: string; otherProfileIds: string[] }[]; notes: string[] };
    assert.deepStrictEqual(data.groups.map((g) => [g.matchType, g.otherProfileIds]), [['RULE_BASED_MATCHING', [OTHER]]]);
    assert.match(data.notes.join(' '), /ML matching is not enabled/);
  });
});
