// The explorer's Profiles items against a real sandbox through the real SDK: the rows before a search (Search
// Profiles…, recent searches of this connection and domain), a search's results (exactly the customer, FoundByItems,
// presentation, the Open Profile click), AND/OR, paging through the one Load more list, failures that keep the
// previous results, clearing, and connection changes that drop everything.
import * as assert from 'node:assert/strict';
import type { CustomerProfilesApi } from '../../../src/aws/client';
import { createCustomerProfilesApi } from '../../../src/aws/index';
import { describeError } from '../../../src/shared/describeError';
import * as tooltipText from '../../../src/host/explorer/tooltipText';
import { ExplorerModel } from '../../../src/host/explorer/explorerModel';
import type { DomainNode, ExplorerNode, LoadMoreNode, ProfileNode, ProfilesNode } from '../../../src/host/explorer/nodes';
import { presentNode } from '../../../src/host/explorer/presentation';
import { createProfileSearches } from '../../../src/host/explorer/profileSearches';
import { OPEN_PROFILE_COMMAND, SEARCH_PROFILES_COMMAND } from '../../../src/host/profiles/commandIds';
import { profileRefFromArgument } from '../../../src/host/profiles/profileRef';
import type { ProfileQuery } from '../../../src/host/profiles/search/query';
import { RecentSearches, type StateStore } from '../../../src/host/profiles/search/recentSearches';
import { silentLogger } from '../../../src/shared/logger';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';

const email = (value: string): ProfileQuery => ({ keys: [{ keyName: '_email', values: [value] }], operator: 'OR' });

function memoryState(): StateStore {
  const data = new Map<string, unknown>();
  return { get: <T>(k: string) => data.get(k) as T | undefined, update: async (k, v) => { data.set(k, v); } };
}

function harness(api: CustomerProfilesApi, pageSize = 100) {
  let key = 'conn-a';
  let failure: Error | undefined;
  const changed: (ExplorerNode | undefined)[] = [];
  const calls: string[] = [];
  const state = memoryState();
  const model = new ExplorerModel({
    connectionKey: () => key,
    api: async () => {
      if (failure) throw failure;
      return { ...api, fetchPage: (op, input, token, options) => { calls.push(op); return api.fetchPage(op, input, token, options); } };
    },
    describe: (err) => describeError(err, {}), tooltipText: () => tooltipText,
    filter: () => undefined,
    pageSize: () => pageSize,
    autoRefreshJobs: () => false,
    log: silentLogger,
    changed: (node) => changed.push(node),
    stateChanged: () => undefined,
    profileSearchRows: (deps) => createProfileSearches(deps, state),
  });
  const domain = async (name: string): Promise<DomainNode> => (await model.children()).find((n): n is DomainNode => n.kind === 'domain' && n.domainName === name)!;
  const profilesOf = async (name: string): Promise<ProfilesNode> => (await model.children(await domain(name))).find((n): n is ProfilesNode => n.kind === 'profiles')!;
  return {
    model, changed, calls, state, domain, profilesOf,
    setKey: (k: string) => { key = k; },
    failWith: (e: Error | undefined) => { failure = e; },
  };
}

describe('profiles: the explorer\'s Profiles items (real sandbox, real SDK)', function () {
  this.timeout(30_000);
  let sandbox: RunningSandbox;
  let api: CustomerProfilesApi;

  before(async () => {
    sandbox = await startSandbox({ port: 0, demo: { profiles: 60, clusters: 6 }, jobStepMs: 0 });
    api = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
  });
  after(async () => {
    api?.dispose();
    await sandbox?.stop();
  });

  it('before a search: Search Profiles… (clicking runs the command with the domain), no API call', async () => {
    const h = harness(api);
    const profiles = await h.profilesOf('demo-retail');
    assert.equal(presentNode(profiles).contextValue, 'profiles');
    assert.equal(presentNode(profiles).collapsible, true);
    const rows = await h.model.children(profiles);
    assert.deepEqual(rows.map((n) => presentNode(n).label), ['Search Profiles…']);
    assert.equal(presentNode(rows[0]).command?.id, SEARCH_PROFILES_COMMAND);
    assert.equal((rows[0] as { domainName: string }).domainName, 'demo-retail');
    assert.ok(!h.calls.includes('SearchProfiles'));
  });

  it('a search by e-mail shows exactly that customer, with its name, e-mail, the key that found it and Open Profile', async () => {
    const h = harness(api);
    const domain = await h.domain('demo-retail');
    await h.model.children(domain);
    const outcome = await h.model.profiles.run('demo-retail', email('johndoe@anycompany.com'));
    assert.deepEqual(outcome, { shown: 1, more: false });
    assert.ok(h.changed.includes(domain), 'the domain re-renders (its Profiles item changed)');
    const profiles = await h.profilesOf('demo-retail');
    assert.equal(presentNode(profiles).description, '_email = johndoe@anycompany.com');
    const rows = await h.model.children(profiles);
    assert.deepEqual(rows.map((n) => n.kind), ['profileResults', 'profile']);
    assert.equal(presentNode(rows[0]).label, '1 shown');
    assert.equal(presentNode(rows[0]).description, '_email = johndoe@anycompany.com');
    assert.equal(presentNode(rows[0]).contextValue, 'profileSearchResults');
    const profile = rows[1] as ProfileNode;
    assert.equal(profile.domainName, 'demo-retail');
    assert.match(profile.profileId, /^[a-f0-9]{32}$/);
    assert.deepEqual(profileRefFromArgument(profile), { domainName: 'demo-retail', profileId: profile.profileId });
    assert.equal(profile.id, `${domain.id}/profiles/${profile.profileId}`, 'the resource key of kind profile');
    const look = presentNode(profile);
    assert.equal(look.label, 'Jhn Doe');
    assert.match(look.description ?? '', /^johndoe@anycompany\.com · \+1-555-010-0000/);
    assert.equal(look.contextValue, 'profile');
    assert.equal(look.command?.id, OPEN_PROFILE_COMMAND);
    assert.match(look.tooltip ?? '', /Found by \| \\_email = johndoe@anycompany\\\.com/);
  });

  it('AND needs every key, OR any: John (phone) and Jhn (e-mail) are two profiles', async () => {
    const h = harness(api);
    const both = (operator: 'AND' | 'OR'): ProfileQuery => ({ operator, keys: [{ keyName: '_email', values: ['johndoe@anycompany.com'] }, { keyName: '_phone', values: ['555-010-0000'] }] });
    assert.equal((await h.model.profiles.run('demo-retail', both('AND'))).shown, 0);
    const rows = await h.model.children(await h.profilesOf('demo-retail'));
    assert.deepEqual(rows.map((n) => n.kind), ['profileResults', 'placeholder']);
    assert.equal((await h.model.profiles.run('demo-retail', both('OR'))).shown, 2);
    const names = (await h.model.children(await h.profilesOf('demo-retail'))).filter((n) => n.kind === 'profile').map((n) => presentNode(n).label).sort();
    assert.deepEqual(names, ['Jhn Doe', 'John Doe']);
  });

  it('pages through the explorer\'s one Load more list', async () => {
    const h = harness(api, 2);
    await h.model.children(await h.domain('demo-retail'));
    const many: ProfileQuery = { operator: 'OR', keys: [{ keyName: '_fullName', values: ['John Doe', 'Jhn Doe'] }, { keyName: '_email', values: ['johndoe@anycompany.com', 'xss.probe@example.com'] }, { keyName: '_phone', values: ['206-555-0199'] }] };
    const outcome = await h.model.profiles.run('demo-retail', many);
    assert.deepEqual(outcome, { shown: 2, more: true });
    let rows = await h.model.children(await h.profilesOf('demo-retail'));
    assert.equal(presentNode(rows[0]).label, '2 shown · more available');
    const more = rows.at(-1) as LoadMoreNode;
    assert.equal(more.kind, 'loadMore');
    assert.ok(h.model.listsWithMore().some((l) => l.label === 'demo-retail › Profiles'));
    await h.model.loadMore(more);
    rows = await h.model.children(await h.profilesOf('demo-retail'));
    const shown = rows.filter((n) => n.kind === 'profile').length;
    assert.ok(shown > 2, `more profiles after Load more (${shown})`);
    assert.equal(new Set(rows.map((n) => n.id)).size, rows.length);
  });

  it('a failed search leaves the previous results in place and reaches the caller', async () => {
    const h = harness(api);
    await h.model.profiles.run('demo-retail', email('johndoe@anycompany.com'));
    h.failWith(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } }));
    await assert.rejects(h.model.profiles.run('demo-retail', email('xss.probe@example.com')), /Rate exceeded/);
    h.failWith(undefined);
    const profiles = await h.profilesOf('demo-retail');
    assert.equal(presentNode(profiles).description, '_email = johndoe@anycompany.com');
    assert.deepEqual((await h.model.children(profiles)).filter((n) => n.kind === 'profile').map((n) => presentNode(n).label), ['Jhn Doe']);
  });

  it('Clear Search goes back to Search Profiles… and the recent searches of this connection and domain', async () => {
    const h = harness(api);
    const recent = new RecentSearches(h.state);
    await recent.remember('conn-a', 'demo-retail', email('a@example.com'));
    await recent.remember('conn-a', 'demo-retail', email('b@example.com'));
    await recent.remember('conn-b', 'demo-retail', email('other-connection@example.com'));
    await recent.remember('conn-a', 'demo-rules', email('other-domain@example.com'));
    await h.model.profiles.run('demo-retail', email('johndoe@anycompany.com'));
    h.model.profiles.clear('demo-retail');
    assert.equal(h.model.profiles.shown('demo-retail'), undefined);
    const rows = await h.model.children(await h.profilesOf('demo-retail'));
    assert.deepEqual(rows.map((n) => presentNode(n).label), ['Search Profiles…', '_email = b@example.com', '_email = a@example.com']);
    assert.deepEqual((rows[1] as { query?: ProfileQuery }).query, email('b@example.com'), 'a recent row carries its query (the command runs it again)');
    assert.equal(presentNode(rows[1]).command?.id, SEARCH_PROFILES_COMMAND);
  });

  it('a connection change drops every result; a search that outlives its connection is not shown', async () => {
    const h = harness(api);
    await h.model.profiles.run('demo-retail', email('johndoe@anycompany.com'));
    h.setKey('conn-b');
    const profiles = await h.profilesOf('demo-retail');
    assert.ok(profiles.id.startsWith('conn-b::'));
    assert.equal(profiles.search, undefined);
    assert.deepEqual((await h.model.children(profiles)).map((n) => n.kind), ['profileSearchAction']);
    const pending = h.model.profiles.run('demo-retail', email('johndoe@anycompany.com'));
    h.setKey('conn-c');
    await assert.rejects(pending, /connection changed/);
    assert.equal(h.model.profiles.shown('demo-retail'), undefined);
  });
});
