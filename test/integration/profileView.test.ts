// The profile view in a real VS Code extension host against sandboxes with the demo data, over real HTTP through
// the real SDK: a demo customer's attributes, objects and history; a merge done in this test and its MERGED /
// DELETED_BY_MERGE records with the merge's ids; Add Key and Delete with their confirmations; "Open in matches
// panel" selecting that group; a stopped endpoint (errors with Retry, per section); a connection switch and a
// restore on another connection (detached, no calls).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesApi } from '../../src/aws/client';
import { createCustomerProfilesApi } from '../../src/aws/index';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { ProfileViewPrompts } from '../../src/host/profiles/view/hostApi';
import { silentLogger } from '../../src/shared/logger';
import type { HostMessage as MatchesHostMessage } from '../../src/shared/matches/protocol';
import type { HistoryRecordMessage, HostMessage, SectionDataMap, SectionName } from '../../src/shared/profiles/protocol';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';

const DOMAIN = 'demo-retail';
type Ref = { domainName: string; profileId: string };

let nextId = 800_000;

/** Waits until every named section of the view is ready (not loading), and returns its data. */
async function ready<S extends SectionName>(api: CustomerProfilesTestApi, ref: Ref, section: S, timeoutMs = 30_000): Promise<SectionDataMap[S]> {
  return waitFor(`${section} of ${ref.profileId}`, () => {
    const s = api.profileView.rendered(ref).sections[section];
    if (s?.status === 'error') throw new Error(s.message);
    return s?.status === 'ready' ? (s.data as SectionDataMap[S]) : undefined;
  }, timeoutMs);
}

/** Posts a request as the webview would; resolves with the host's answer (done / error) and what it posted meanwhile. */
function request(api: CustomerProfilesTestApi, ref: Ref, body: Record<string, unknown>): Promise<{ answer: HostMessage; posted: HostMessage[] }> {
  const requestId = nextId++;
  const posted: HostMessage[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no answer to ${JSON.stringify(body)}`)); }, 30_000);
    const sub = api.profileView.onDidPostToWebview(ref, (m) => {
      posted.push(m);
      if ((m.type === 'done' || m.type === 'error') && m.requestId === requestId) { clearTimeout(timer); sub.dispose(); resolve({ answer: m, posted }); }
    });
    void api.profileView.postFromWebview(ref, { profileId: ref.profileId, ...body, requestId });
  });
}

async function openRecord(api: CustomerProfilesTestApi, ref: Ref, recordId: string): Promise<HistoryRecordMessage> {
  const { answer, posted } = await request(api, ref, { type: 'openHistoryRecord', recordId });
  assert.strictEqual(answer.type, 'done', JSON.stringify(answer));
  const record = posted.find((m): m is HistoryRecordMessage => m.type === 'historyRecord' && m.recordId === recordId);
  assert.ok(record, 'the record content was posted');
  return record;
}

function prompts(over: Partial<ProfileViewPrompts>): ProfileViewPrompts {
  const no = async (): Promise<undefined> => undefined;
  return { pickDomain: no, inputProfileId: no, pickKeyName: no, inputKeyValues: no, confirm: async () => false, typeToConfirm: no, ...over };
}

describe('profile view: a demo customer, a merge, add key, delete, stopped endpoint, connection switch', function () {
  this.timeout(180_000);
  let api: CustomerProfilesTestApi;
  let sandboxA: RunningSandbox;
  let sandboxB: RunningSandbox;
  let client: CustomerProfilesApi;
  const requestsB: string[] = [];
  let main: Ref;
  let other: Ref;

  before(async () => {
    api = await extensionApi();
    sandboxA = await startTestSandbox({ demo: true });
    sandboxB = await startTestSandbox({ demo: true, log: (line) => requestsB.push(line) });
    client = await createCustomerProfilesApi({ sandbox: true, endpoint: sandboxA.endpoint }, silentLogger);
    await connectTo(api, sandboxA.endpoint);
    // An ML match group of two demo customers: the main one and the one merged into it below.
    const groups = (await client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 100 })).Matches ?? [];
    const pair = groups.find((g) => (g.ProfileIds ?? []).length === 2);
    assert.ok(pair, 'the demo has a match group of two profiles');
    [main, other] = pair.ProfileIds!.map((profileId) => ({ domainName: DOMAIN, profileId }));
  });

  after(async () => {
    api.profileView.answerPrompts(undefined);
    client?.dispose();
    await connectTo(api, undefined);
    await sandboxA?.stop();
    await sandboxB?.stop();
  });

  it('shows a demo customer: header name, standard attributes, objects by type (pretty JSON), history', async () => {
    const [profile] = (await client.call('SearchProfiles', { DomainName: DOMAIN, KeyName: '_profileId', Values: [main.profileId] })).Items ?? [];
    await api.profileView.open(main);
    const attrs = await ready(api, main, 'profile');
    assert.strictEqual(attrs.name, [profile.FirstName, profile.MiddleName, profile.LastName].filter(Boolean).join(' '));
    assert.deepStrictEqual(attrs.standard.find((r) => r.label === 'ProfileId')?.value, main.profileId);
    if (profile.EmailAddress) assert.strictEqual(attrs.standard.find((r) => r.label === 'EmailAddress')?.value, profile.EmailAddress);
    const objects = await ready(api, main, 'objects');
    assert.ok(objects.groups.length > 0 && objects.groups[0].objects.length > 0, 'the demo customer has objects');
    assert.match(objects.groups[0].objects[0].json, /^\{\n {2}"/, 'pretty-printed JSON');
    const history = await ready(api, main, 'history');
    assert.ok(history.rows.some((r) => r.actionType === 'INGESTED'), JSON.stringify(history.rows.map((r) => r.actionType)));
    const keys = await ready(api, main, 'keys');
    assert.ok(keys.keys.length > 0 && /Derived, not read/.test(keys.derivation), JSON.stringify(keys));
    // Opening it again reveals the same panel (no second one, no reload).
    await api.profileView.open(main);
    assert.ok(api.profileView.isOpen(main));
  });

  it('lists the ML match group and opens THAT group in the matches panel', async () => {
    const similar = await ready(api, main, 'similar');
    const group = similar.groups.find((g) => g.matchType === 'ML_BASED_MATCHING');
    assert.ok(group && group.otherProfileIds.includes(other.profileId) && group.confidenceScore !== undefined, JSON.stringify(similar));
    const { answer } = await request(api, main, { type: 'openMatch', matchType: 'ML_BASED_MATCHING', matchId: group.matchId });
    assert.strictEqual(answer.type, 'done', JSON.stringify(answer));
    const panel = { domain: DOMAIN, source: 'ml' as const };
    await waitFor('the matches panel', () => api.matches.isOpen(panel));
    // Every `init` (here: a Reload) is followed by selecting the group asked for.
    const selected = new Promise<MatchesHostMessage>((resolve) => {
      const sub = api.matches.onDidPostToWebview(panel, (m) => { if (m.type === 'selectGroup') { sub.dispose(); resolve(m); } });
    });
    void api.matches.postFromWebview(panel, { type: 'reload', requestId: nextId++, domain: DOMAIN });
    assert.deepStrictEqual(await selected, { type: 'selectGroup', matchId: group.matchId });
    api.matches.close(panel);
  });

  it('after a MergeProfiles, the main view shows MERGED and the merged-away one DELETED_BY_MERGE, both naming the merge\'s ids', async () => {
    await client.call('MergeProfiles', { DomainName: DOMAIN, MainProfileId: main.profileId, ProfileIdsToBeMerged: [other.profileId] });
    await request(api, main, { type: 'refresh' });
    const history = await ready(api, main, 'history');
    const merged = history.rows.find((r) => r.actionType === 'MERGED');
    assert.ok(merged, JSON.stringify(history.rows.map((r) => r.actionType)));
    const record = await openRecord(api, main, merged.id);
    assert.deepStrictEqual(record.merge, { mainProfileId: main.profileId, profileIdsToBeMerged: [other.profileId] });
    // The merged-away profile: gone, said plainly, and its history (the audit trail) still readable.
    await api.profileView.open(other);
    await waitFor('the merged-away profile to be reported gone', () => api.profileView.rendered(other).gone);
    const away = await ready(api, other, 'history');
    const deleted = away.rows.find((r) => r.actionType === 'DELETED_BY_MERGE');
    assert.ok(deleted, JSON.stringify(away.rows.map((r) => r.actionType)));
    assert.deepStrictEqual((await openRecord(api, other, deleted.id)).merge, { mainProfileId: main.profileId, profileIdsToBeMerged: [other.profileId] });
    api.profileView.close(other);
  });

  it('Edit as JSON runs the profile document command with this profile', async () => {
    const { answer } = await request(api, main, { type: 'action', action: 'edit' });
    assert.strictEqual(answer.type, 'done', JSON.stringify(answer));
    const doc = await waitFor('the profile document', () => vscode.window.activeTextEditor?.document);
    assert.ok(doc.uri.path.includes(main.profileId), doc.uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('Add Key: offers the domain\'s keys, says exactly what AddProfileKey will do, then the view shows the key', async () => {
    const value = `added-${Date.now()}@example.com`;
    const asked: { choices: readonly string[]; detail: string }[] = [];
    let choices: readonly string[] = [];
    api.profileView.answerPrompts(prompts({
      pickKeyName: async (c) => { choices = c; return '_email'; },
      inputKeyValues: async () => ` ${value} ,, `,
      confirm: async (_m, detail) => { asked.push({ choices, detail }); return true; },
    }));
    await vscodeCommand('customerProfiles.addProfileKey', main);
    assert.ok(choices.includes('_email') && choices.includes('_profileId'), JSON.stringify(choices));
    assert.strictEqual(asked.length, 1);
    assert.match(asked[0].detail, new RegExp(`AddProfileKey will associate this value of key _email with profile ${main.profileId}`));
    assert.ok(asked[0].detail.includes(value));
    const found = (await client.call('SearchProfiles', { DomainName: DOMAIN, KeyName: '_email', Values: [value] })).Items ?? [];
    assert.deepStrictEqual(found.map((p) => p.ProfileId), [main.profileId]);
    const keys = await ready(api, main, 'keys');
    assert.ok(keys.keys.some((k) => k.keyName === '_email' && k.value === value && /ADDED_PROFILE_KEY/.test(k.derivedFrom)), JSON.stringify(keys.keys));
  });

  it('hidden behind another tab while the profile changes elsewhere, the view re-reads when it is shown again', async () => {
    await ready(api, main, 'history');
    await api.profileView.open(other); // a second view in the same column hides the first
    const value = `elsewhere-${Date.now()}`;
    await client.call('AddProfileKey', { DomainName: DOMAIN, ProfileId: main.profileId, KeyName: '_account', Values: [value] });
    await api.profileView.open(main); // revealed again: no Refresh pressed
    await waitFor('the key added elsewhere to show', () => {
      const keys = api.profileView.rendered(main).sections.keys;
      return keys?.status === 'ready' && (keys.data as SectionDataMap['keys']).keys.some((k) => k.value === value);
    }, 30_000);
    api.profileView.close(other);
  });

  it('Delete: a wrong typed confirmation deletes nothing; the ProfileId deletes it and the view says it is gone', async () => {
    const created = await client.call('CreateProfile', { DomainName: DOMAIN, FirstName: 'Delete', LastName: 'Me' });
    const ref = { domainName: DOMAIN, profileId: created.ProfileId! };
    await api.profileView.open(ref);
    await ready(api, ref, 'profile');
    let prompt = '';
    api.profileView.answerPrompts(prompts({ typeToConfirm: async (p) => { prompt = p; return 'Delete'; } }));
    await vscodeCommand('customerProfiles.deleteProfile', ref);
    assert.match(prompt, new RegExp(`removes profile ${ref.profileId} \\("Delete Me"\\) and its 0 profile objects`));
    assert.strictEqual(((await client.call('SearchProfiles', { DomainName: DOMAIN, KeyName: '_profileId', Values: [ref.profileId] })).Items ?? []).length, 1, 'still there');
    api.profileView.answerPrompts(prompts({ typeToConfirm: async () => ref.profileId }));
    await vscodeCommand('customerProfiles.deleteProfile', ref);
    assert.strictEqual(((await client.call('SearchProfiles', { DomainName: DOMAIN, KeyName: '_profileId', Values: [ref.profileId] })).Items ?? []).length, 0, 'deleted');
    assert.match(api.profileView.rendered(ref).gone ?? '', /was deleted/);
    api.profileView.close(ref);
  });

  it('a stopped endpoint: each section shows the error (with Retry), the view stays usable', async () => {
    const sandboxC = await startTestSandbox({ demo: true });
    await connectTo(api, sandboxC.endpoint);
    const c = await createCustomerProfilesApi({ sandbox: true, endpoint: sandboxC.endpoint }, silentLogger);
    const [first] = (await c.call('GetMatches', { DomainName: DOMAIN, MaxResults: 1 })).Matches ?? [];
    c.dispose();
    const ref = { domainName: DOMAIN, profileId: first.ProfileIds![0] };
    await api.profileView.open(ref);
    await ready(api, ref, 'history');
    await sandboxC.stop();
    await request(api, ref, { type: 'refresh' });
    const state = api.profileView.rendered(ref);
    for (const s of ['profile', 'history', 'objects'] as const) {
      const section = state.sections[s];
      assert.ok(section?.status === 'error' && section.message.length > 0, `${s}: ${JSON.stringify(section)}`);
    }
    assert.strictEqual(state.detached, undefined);
    const { answer } = await request(api, ref, { type: 'retry', section: 'history' });
    assert.strictEqual(answer.type, 'done', 'Retry is answered (the section shows the error again)');
    api.profileView.close(ref);
    await connectTo(api, sandboxA.endpoint);
  });

  it('a reload restores the view from its saved state on the same connection: connected and loaded again', async () => {
    await api.profileView.open(main);
    await ready(api, main, 'profile');
    api.profileView.close(main);
    assert.ok(!api.profileView.isOpen(main));
    await api.profileView.restoreFromState({ connectionKey: api.connection.key(), domainName: DOMAIN, profileId: main.profileId, connectionLabel: 'sandbox A' });
    assert.ok(api.profileView.isOpen(main));
    await api.profileView.postFromWebview(main, { type: 'ready' });
    const attrs = await ready(api, main, 'profile');
    assert.strictEqual(attrs.standard.find((r) => r.label === 'ProfileId')?.value, main.profileId);
    assert.strictEqual(api.profileView.rendered(main).detached, undefined);
  });

  it('after a connection switch the view is detached and calls nothing; restored on another connection it is detached too', async () => {
    await api.profileView.open(main);
    await ready(api, main, 'profile');
    const keyA = api.connection.key();
    await connectTo(api, sandboxB.endpoint);
    await waitFor('the view to detach', () => api.profileView.rendered(main, keyA).detached);
    // The explorer re-reads the new connection's tree: wait until that is done before counting.
    await waitFor('a quiet request log on the new connection', async () => {
      const n = requestsB.length;
      await new Promise((r) => setTimeout(r, 700));
      return requestsB.length === n;
    }, 30_000);
    const before = requestsB.length;
    const requestId = nextId++;
    await api.profileView.postFromWebview(main, { type: 'refresh', requestId, profileId: main.profileId }, keyA);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(requestsB.slice(before), [], 'no call on the new connection with the old ids');
    api.profileView.close(main, keyA);
    await api.profileView.restoreFromState({ connectionKey: keyA, domainName: DOMAIN, profileId: main.profileId, connectionLabel: 'sandbox A' });
    assert.match(api.profileView.rendered(main, keyA).detached ?? '', /belongs to connection sandbox A, which is not the current one/);
    assert.deepStrictEqual(requestsB.slice(before), []);
    api.profileView.close(main, keyA);
  });
});

async function vscodeCommand(command: string, arg: unknown): Promise<void> {
  await vscode.commands.executeCommand(command, arg);
}
