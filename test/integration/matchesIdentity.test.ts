// Matches panels in a real VS Code extension host against two sandboxes with the demo data, over real HTTP
// through the real SDK: search and export cover every loaded group (profiles fetched in the background), a
// panel belongs to one (connection, domain), and a panel whose connection is gone or whose domain was
// deleted says so and refuses every request before any API call (checked against the sandboxes' request logs).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CustomerProfilesApi } from '../../src/aws/client';
import { createCustomerProfilesApi } from '../../src/aws/index';
import type { CustomerProfilesTestApi } from '../../src/extension';
import { silentLogger } from '../../src/shared/logger';
import { displayName } from '../../src/shared/matches/exportGroups';
import type { HostMessage } from '../../src/shared/matches/protocol';
import type { RunningSandbox } from '../../src/sandbox/index';
import { ScriptedPrompts } from './domainJsonSupport';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';
import { collectRun, request } from './matchesSupport';

const DOMAIN = 'demo-retail';

interface Profile { ProfileId: string; FirstName?: string; LastName?: string; [k: string]: unknown }

async function allMatches(client: CustomerProfilesApi): Promise<{ MatchId: string; ProfileIds: string[]; ConfidenceScore?: number }[]> {
  const all: { MatchId: string; ProfileIds: string[]; ConfidenceScore?: number }[] = [];
  for await (const page of client.pages('GetMatches', { DomainName: DOMAIN }, { pageSize: 100 })) {
    for (const m of page.items) all.push({ MatchId: m.MatchId ?? '', ProfileIds: m.ProfileIds ?? [], ConfidenceScore: m.ConfidenceScore });
  }
  return all;
}

async function profilesOf(client: CustomerProfilesApi, ids: readonly string[]): Promise<Map<string, Profile>> {
  const found = new Map<string, Profile>();
  for (let i = 0; i < ids.length; i += 20) {
    const out = await client.call('BatchGetProfile', { DomainName: DOMAIN, ProfileIds: ids.slice(i, i + 20) });
    for (const p of out.Profiles ?? []) found.set(p.ProfileId!, p as unknown as Profile);
  }
  return found;
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}

/** Resolves with the first host message to the panel that satisfies `pick`. */
function nextPosted<T extends HostMessage>(api: CustomerProfilesTestApi, key: string, pick: (m: HostMessage) => m is T, timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no such message within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = api.matches.onDidPostToWebview(DOMAIN, (m) => {
      if (!pick(m)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(m);
    }, key);
  });
}

/** Resolves once no request was logged for 700 ms. */
async function quiet(log: readonly string[]): Promise<void> {
  await waitFor('a quiet request log', async () => {
    const n = log.length;
    await new Promise((r) => setTimeout(r, 700));
    return log.length === n;
  }, 30_000);
}

describe('matches panels: one per (connection, domain); search and export cover every group', function () {
  this.timeout(180_000);
  let api: CustomerProfilesTestApi;
  let sandboxA: RunningSandbox;
  let sandboxB: RunningSandbox;
  let clientA: CustomerProfilesApi;
  const requestsA: string[] = [];
  const requestsB: string[] = [];
  let keyA = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-matches-export-'));

  before(async () => {
    api = await extensionApi();
    sandboxA = await startTestSandbox({ demo: true, log: (line) => requestsA.push(line) });
    sandboxB = await startTestSandbox({ demo: true, log: (line) => requestsB.push(line) });
    clientA = await createCustomerProfilesApi({ sandbox: true, endpoint: sandboxA.endpoint }, silentLogger);
    await connectTo(api, sandboxA.endpoint);
    keyA = api.matches.currentConnectionKey();
    api.matches.answerConfirmations(() => true);
  });

  after(async () => {
    api.matches.answerConfirmations(undefined);
    api.matches.answerSaveDialog(undefined);
    api.domainJson.setPrompts(undefined);
    for (const key of [keyA, api.matches.currentConnectionKey()]) if (api.matches.isOpen(DOMAIN, key)) api.matches.close(DOMAIN, key);
    clientA?.dispose();
    await connectTo(api, undefined);
    await sandboxA?.stop();
    await sandboxB?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('every group\'s profiles are fetched in the background: a group never opened is searchable by its surname', async () => {
    const searchTexts = new Map<string, string>();
    let lastProgress: Extract<HostMessage, { type: 'profilesProgress' }> | undefined;
    await api.matches.open(DOMAIN);
    // Subscribed right after opening (no await between): the background fetch starts once the groups loaded.
    const sub = api.matches.onDidPostToWebview(DOMAIN, (m) => {
      if (m.type === 'searchIndex') for (const [id, text] of m.entries) searchTexts.set(id, text);
      if (m.type === 'profilesProgress') lastProgress = m;
    }, keyA);
    try {
      const run = await collectRun(api, DOMAIN, { sendReload: false });
      await waitFor('the background profile fetch to finish', () => lastProgress?.done, 60_000);
      assert.deepStrictEqual(lastProgress, { type: 'profilesProgress', groupsFetched: run.groups.size, groupsTotal: run.groups.size, done: true });
      const matches = await allMatches(clientA);
      assert.deepStrictEqual([...searchTexts.keys()].sort(), matches.map((m) => m.MatchId).sort(), 'a search entry for every group');
      // The lowest-scored group: listed last, so the webview never showed (or lazily loaded) it.
      const unseen = [...matches].sort((a, b) => (a.ConfidenceScore ?? 0) - (b.ConfidenceScore ?? 0))[0];
      const profiles = await profilesOf(clientA, unseen.ProfileIds);
      const surname = [...profiles.values()].map((p) => p.LastName).find((n) => n && n.trim());
      assert.ok(surname, `group ${unseen.MatchId} has a profile with a LastName`);
      assert.ok(searchTexts.get(unseen.MatchId)?.includes(surname.toLowerCase()), `search text of ${unseen.MatchId} holds "${surname}"`);
    } finally {
      sub.dispose();
    }
  });

  it('CSV export has the names of every row\'s profiles', async () => {
    const target = vscode.Uri.file(path.join(tmp, 'export.csv'));
    api.matches.answerSaveDialog(target);
    // A fresh run: the export must not depend on what an earlier test happened to fetch.
    api.matches.close(DOMAIN, keyA);
    await waitFor('the panel to close', () => !api.matches.isOpen(DOMAIN, keyA));
    await api.matches.open(DOMAIN);
    const run = await collectRun(api, DOMAIN, { sendReload: false });
    const answer = await request(api, DOMAIN, { type: 'export', format: 'csv' }, 60_000);
    assert.strictEqual(answer.type, 'exportResult', JSON.stringify(answer));
    assert.strictEqual(answer.type === 'exportResult' && answer.saved, true);
    assert.strictEqual(answer.type === 'exportResult' ? answer.incompleteRows ?? 0 : -1, 0);
    const [header, ...rows] = parseCsv(fs.readFileSync(target.fsPath, 'utf8'));
    assert.deepStrictEqual(header.slice(0, 6), ['MatchId', 'ConfidenceScore', 'ProfileIds', 'ReviewState', 'Names', 'Emails']);
    assert.strictEqual(rows.length, run.groups.size);
    const profiles = await profilesOf(clientA, [...run.groups.values()].flatMap((g) => g.profileIds));
    const withoutNames = rows.filter((r) => {
      const expected = r[2].split(' ').map((id) => profiles.get(id)).filter((p): p is Profile => !!p).map((p) => displayName(p as never)).filter(Boolean).join('; ');
      return r[4] !== expected || expected === '';
    });
    assert.deepStrictEqual(withoutNames.map((r) => r[0]), [], 'every row has the names of its profiles');
  });

  it('after a connection switch, Review Matches opens a new panel for the new connection; the old one is detached and refuses every request', async () => {
    assert.ok(api.matches.isOpen(DOMAIN, keyA));
    const detached = nextPosted(api, keyA, (m): m is Extract<HostMessage, { type: 'detached' }> => m.type === 'detached');
    await connectTo(api, sandboxB.endpoint);
    const keyB = api.matches.currentConnectionKey();
    assert.notStrictEqual(keyB, keyA);
    // At once: the old panel says so without any action of the reviewer.
    assert.match((await detached).reason, /connection/i);
    assert.match(api.matches.detachedReason(DOMAIN, keyA) ?? '', /connection/i);

    await api.matches.open(DOMAIN);
    assert.ok(api.matches.isOpen(DOMAIN, keyB), 'a panel for the new connection');
    assert.ok(api.matches.isOpen(DOMAIN, keyA), 'the old panel stays open (detached)');
    // The run the new panel's real webview starts with its `ready` (a reload sent here could be followed by it).
    const run = await collectRun(api, DOMAIN, { sendReload: false });
    assert.strictEqual(run.init.connectionKey, keyB);
    assert.match(run.init.connectionLabel, new RegExp(sandboxB.endpoint.replace(/^http:\/\//, '').replace(/\./g, '\\.')));
    assert.strictEqual(api.matches.detachedReason(DOMAIN, keyB), undefined);

    const group = [...run.groups.values()].find((g) => g.profileIds.length >= 2)!;
    const [main, ...others] = group.profileIds;
    // The new panel's own work (its background profile fetch, the webview's lazy loads) settles first, so the
    // logs show only what the old panel's requests cause.
    await quiet(requestsB);
    // The old panel, through its own key: every request is refused.
    const refused: HostMessage[] = [];
    const sub = api.matches.onDidPostToWebview(DOMAIN, (m) => refused.push(m), keyA);
    const afterCurrent = { a: requestsA.length, b: requestsB.length };
    try {
      await api.matches.postFromWebview(DOMAIN, { type: 'merge', requestId: 77_001, domain: DOMAIN, matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: others, fieldSourceProfileIds: {} }, keyA);
      await api.matches.postFromWebview(DOMAIN, { type: 'bulkMerge', requestId: 77_002, domain: DOMAIN, minScore: 0 }, keyA);
      await api.matches.postFromWebview(DOMAIN, { type: 'reload', requestId: 77_003, domain: DOMAIN }, keyA);
      await waitFor('three refusals', () => refused.filter((m) => m.type === 'error').length >= 3 || undefined, 10_000);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      sub.dispose();
    }
    for (const m of refused.filter((x) => x.type === 'error')) {
      assert.ok(m.type === 'error' && m.rejected && /connection/i.test(m.message), JSON.stringify(m));
    }
    assert.deepStrictEqual(requestsA.slice(afterCurrent.a), [], 'the detached panel sent nothing to its old sandbox');
    assert.deepStrictEqual(requestsB.slice(afterCurrent.b), [], 'nor to the current one');
  });

  it('a panel restored after a reload from a state saved on another connection comes back detached and says so', async () => {
    api.matches.close(DOMAIN, keyA);
    await waitFor('the old panel to close', () => !api.matches.isOpen(DOMAIN, keyA));
    await quiet(requestsB);
    const from = { a: requestsA.length, b: requestsB.length };
    await api.matches.restoreFromState({ domain: DOMAIN, connectionKey: keyA, connectionLabel: 'sandbox (old)', filter: { minScore: 0, state: 'all', text: 'x' } });
    assert.ok(api.matches.isOpen(DOMAIN, keyA), 'restored under its own connection');
    assert.match(api.matches.detachedReason(DOMAIN, keyA) ?? '', /^This panel belongs to connection sandbox \(old\), which is not the current one/);
    const answer = await new Promise<HostMessage>((resolve) => {
      const sub = api.matches.onDidPostToWebview(DOMAIN, (m) => { if (m.type === 'error' && m.requestId === 77_100) { sub.dispose(); resolve(m); } }, keyA);
      void api.matches.postFromWebview(DOMAIN, { type: 'reload', requestId: 77_100, domain: DOMAIN }, keyA);
    });
    assert.ok(answer.type === 'error' && answer.rejected, JSON.stringify(answer));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual([requestsA.slice(from.a), requestsB.slice(from.b)], [[], []], 'no API call from the restored, detached panel');
    api.matches.close(DOMAIN, keyA);
  });

  it('after Delete Domain the panel is detached and refuses merges before any API call', async () => {
    const keyB = api.matches.currentConnectionKey();
    const run = await collectRun(api, DOMAIN, { sendReload: true });
    const group = [...run.groups.values()].find((g) => g.profileIds.length >= 2)!;
    const [main, ...others] = group.profileIds;
    const scripted = new ScriptedPrompts();
    scripted.deletionAnswers = [true];
    api.domainJson.setPrompts(scripted.prompts());
    const detached = nextPosted(api, keyB, (m): m is Extract<HostMessage, { type: 'detached' }> => m.type === 'detached');
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.deleteDomain', { kind: 'domain', domainName: DOMAIN }), true);
    // The first action after the deletion finds the domain gone (ResourceNotFound), unless the deletion was
    // already announced to the panel; either way it is not merged and the panel detaches.
    const first = await request(api, DOMAIN, { type: 'merge', matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: others, fieldSourceProfileIds: {} });
    assert.ok(first.type === 'error' || (first.type === 'mergeResult' && first.outcome === 'failed'), JSON.stringify(first));
    assert.match((await detached).reason, /deleted|no longer exists|not found/i);
    assert.match(api.matches.detachedReason(DOMAIN, keyB) ?? '', /deleted|no longer exists|not found/i);

    await quiet(requestsB);
    const quietFrom = requestsB.length;
    const second = await request(api, DOMAIN, { type: 'merge', matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: others, fieldSourceProfileIds: {} });
    assert.ok(second.type === 'error' && second.rejected, JSON.stringify(second));
    const third = await request(api, DOMAIN, { type: 'reload' });
    assert.ok(third.type === 'error' && third.rejected, JSON.stringify(third));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(requestsB.slice(quietFrom), [], 'no API call from the detached panel');
  });
});
