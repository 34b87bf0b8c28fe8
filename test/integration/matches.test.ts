// The matches review in a real VS Code extension host against a sandbox with the demo data, over real
// HTTP through the real SDK: the panel's host path (panel → controller → awsBackend → sandbox) driven with
// webview-shaped messages through the test API, and checked against the API itself.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesApi } from '../../src/aws/client';
import { createCustomerProfilesApi } from '../../src/aws/index';
import type { CustomerProfilesTestApi } from '../../src/extension';
import { silentLogger } from '../../src/shared/logger';
import type { MergeResultMessage, ReviewStatesMessage } from '../../src/shared/matches/protocol';
import type { RunningSandbox } from '../../src/sandbox/index';
import { child, connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';
import { collectRun, reloadAndCollect, request } from './matchesSupport';

const DOMAIN = 'demo-retail';

/** Every MatchItem of the domain, straight from the API (all pages). */
async function allMatches(client: CustomerProfilesApi): Promise<{ MatchId: string; ProfileIds: string[] }[]> {
  const all: { MatchId: string; ProfileIds: string[] }[] = [];
  for await (const page of client.pages('GetMatches', { DomainName: DOMAIN }, { pageSize: 100 })) {
    for (const m of page.items) all.push({ MatchId: m.MatchId ?? '', ProfileIds: m.ProfileIds ?? [] });
  }
  return all;
}

describe('matches review (sandbox with demo data)', function () {
  this.timeout(120_000);
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;
  let client: CustomerProfilesApi;
  /** The sandbox's request log: one line per API call ("POST /domains/... 200 MergeProfiles ..."). */
  const requests: string[] = [];
  const confirmations: string[] = [];

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: true, log: (line) => requests.push(line) });
    client = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
    await connectTo(api, sandbox.endpoint);
    api.matches.answerConfirmations((message, detail) => {
      confirmations.push(`${message}\n${detail}`);
      return true;
    });
  });

  after(async () => {
    api.matches.answerConfirmations(undefined);
    if (api.matches.isOpen(DOMAIN)) api.matches.close(DOMAIN);
    client?.dispose();
    await connectTo(api, undefined);
    await sandbox?.stop();
  });

  it('the tree shows a Matches item with PotentialMatches and the generation date', async () => {
    const out = await client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 1 });
    assert.ok((out.PotentialMatches ?? 0) > 100, `demo-retail should have ~200 groups, has ${out.PotentialMatches}`);
    api.explorer.refresh();
    const retail = await child(api, undefined, DOMAIN);
    const expected = `${out.PotentialMatches?.toLocaleString('en-US')} potential matches · ${out.MatchGenerationDate?.toISOString().slice(0, 10)}`;
    // The description arrives with a second render, once the item's own GetMatches call answered.
    const item = await waitFor('the Matches description', async () => {
      const matches = await child(api, retail, 'Matches');
      const treeItem = await api.explorer.getTreeItem(matches);
      return treeItem.description === expected ? treeItem : undefined;
    });
    assert.strictEqual(item.command?.command, 'customerProfiles.reviewMatches');
    assert.strictEqual(item.contextValue, 'matches');
  });

  it('the panel loads every group: count = PotentialMatches, the same MatchIds as GetMatches', async () => {
    await api.matches.open(DOMAIN);
    assert.ok(api.matches.isOpen(DOMAIN));
    const run = await reloadAndCollect(api, DOMAIN);
    const fromApi = await allMatches(client);
    const { PotentialMatches } = await client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 1 });
    assert.strictEqual(run.groups.size, PotentialMatches);
    assert.strictEqual(run.total, PotentialMatches);
    assert.strictEqual(run.init.potentialMatches, PotentialMatches);
    assert.deepStrictEqual([...run.groups.keys()].sort(), fromApi.map((m) => m.MatchId).sort());
    assert.strictEqual(run.init.autoMergeThreshold, 0.9, "the domain's MinAllowedConfidenceScoreForMerging");
    assert.ok([...run.groups.values()].every((g) => g.state === 'unreviewed'));
  });

  it('a merge through the host path asks first, then removes the merged profiles from the next GetMatches', async () => {
    const before = await allMatches(client);
    const retail = await child(api, undefined, DOMAIN);
    const matchesItem = async (): Promise<vscode.TreeItem> => api.explorer.getTreeItem(await child(api, retail, 'Matches'));
    const countBefore = (await client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 1 })).PotentialMatches ?? 0;
    const countShown = (description: unknown): number => Number(/^([\d,]+) potential matches/.exec(String(description))?.[1].replace(/,/g, ''));
    assert.strictEqual(await waitFor('the Matches description', async () => countShown((await matchesItem()).description) || undefined), countBefore);
    const group = before.find((m) => m.ProfileIds.length >= 3) ?? before[0];
    const [main, ...merged] = group.ProfileIds;
    const requestsBefore = requests.length;

    // A cancelled confirmation changes nothing.
    api.matches.answerConfirmations(() => false);
    const cancelled = (await request(api, DOMAIN, {
      type: 'merge', matchId: group.MatchId, mainProfileId: main, profileIdsToBeMerged: merged, fieldSourceProfileIds: {},
    })) as MergeResultMessage;
    assert.strictEqual(cancelled.outcome, 'cancelled', JSON.stringify(cancelled));
    assert.ok(!requests.slice(requestsBefore).some((l) => l.includes(' MergeProfiles ')), 'no MergeProfiles call after "cancel"');

    api.matches.answerConfirmations((message, detail) => { confirmations.push(`${message}\n${detail}`); return true; });
    const answer = await request(api, DOMAIN, {
      type: 'merge', matchId: group.MatchId, mainProfileId: main, profileIdsToBeMerged: merged, fieldSourceProfileIds: { EmailAddress: merged[0] },
    });
    assert.strictEqual(answer.type, 'mergeResult', JSON.stringify(answer));
    assert.strictEqual((answer as MergeResultMessage).outcome, 'merged', JSON.stringify(answer));
    assert.match(confirmations.at(-1) ?? '', new RegExp(`^Merge ${merged.length} profiles into ${main}\\? This cannot be undone\\.`));
    assert.strictEqual(requests.slice(requestsBefore).filter((l) => l.includes(' MergeProfiles ')).length, 1);

    const after = await allMatches(client);
    const stillListed = after.flatMap((m) => m.ProfileIds).filter((id) => merged.includes(id));
    assert.deepStrictEqual(stillListed, [], 'merged (deleted) profiles must not appear in GetMatches any more');
    const batch = await client.call('BatchGetProfile', { DomainName: DOMAIN, ProfileIds: group.ProfileIds });
    assert.deepStrictEqual((batch.Profiles ?? []).map((p) => p.ProfileId), [main], 'only the main profile remains');

    // The tree's Matches item re-reads GetMatches after the merge, without a manual refresh.
    const { PotentialMatches: countAfter } = await client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 1 });
    assert.strictEqual(countAfter, countBefore - 1, 'the merged group is gone from GetMatches');
    await waitFor(`the Matches item to show ${countBefore - 1}`, async () => countShown((await matchesItem()).description) === countBefore - 1, 5_000);
  });

  it('review state survives closing and reopening the panel', async () => {
    const first = await reloadAndCollect(api, DOMAIN);
    const target = [...first.groups.values()].find((g) => g.state === 'unreviewed');
    assert.ok(target, `no unreviewed group among ${first.groups.size}: ${JSON.stringify([...first.groups.values()].slice(0, 3))}`);
    const answer = (await request(api, DOMAIN, { type: 'setReviewState', matchId: target.matchId, state: 'not-a-match' })) as ReviewStatesMessage;
    assert.deepStrictEqual(answer.states, { [target.matchId]: 'not-a-match' });
    const mergedBefore = [...first.groups.values()].filter((g) => g.state === 'merged').map((g) => g.matchId);

    api.matches.close(DOMAIN);
    await waitFor('the panel to close', () => !api.matches.isOpen(DOMAIN));
    await api.matches.open(DOMAIN);
    const reopened = await reloadAndCollect(api, DOMAIN);
    assert.strictEqual(reopened.init.reviewStates[target.matchId], 'not-a-match');
    assert.strictEqual(reopened.groups.get(target.matchId)?.state, 'not-a-match');
    for (const id of mergedBefore) assert.strictEqual(reopened.groups.get(id)?.state, 'merged');
  });

  it('forged messages from the webview are rejected and make no API call', async () => {
    // A freshly opened panel, after the real webview's own handshake has loaded it: no load of ours can start late.
    api.matches.close(DOMAIN);
    await waitFor('the panel to close', () => !api.matches.isOpen(DOMAIN));
    await api.matches.open(DOMAIN);
    const run = await collectRun(api, DOMAIN, { sendReload: false });
    const group = [...run.groups.values()].find((g) => g.state === 'unreviewed' && g.profileIds.length >= 2)!;
    const [main, other] = group.profileIds;
    const foreign = 'f'.repeat(32);
    // Let the real webview's own lazy profile loads settle, so the log shows only what the forged messages cause.
    let quietSince = requests.length;
    await waitFor('a quiet request log', async () => {
      const n = requests.length;
      await new Promise((r) => setTimeout(r, 700));
      const quiet = requests.length === n;
      quietSince = requests.length;
      return quiet;
    });
    const forged: [string, Record<string, unknown>][] = [
      ['another domain', { type: 'loadProfiles', domain: 'demo-empty', profileIds: [main] }],
      ['unknown group', { type: 'merge', matchId: 'no-such-group', mainProfileId: main, profileIdsToBeMerged: [other], fieldSourceProfileIds: {} }],
      ['profile outside the group', { type: 'merge', matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: [foreign], fieldSourceProfileIds: {} }],
      ['field source outside the merge', { type: 'merge', matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: [other], fieldSourceProfileIds: { FirstName: foreign } }],
      ['extra field', { type: 'merge', matchId: group.matchId, mainProfileId: main, profileIdsToBeMerged: [other], fieldSourceProfileIds: {}, DomainName: 'x' }],
      ['profiles of no loaded group', { type: 'loadProfiles', profileIds: [foreign] }],
      ['unknown type', { type: 'deleteDomain' }],
      ['bulk merge score out of range', { type: 'bulkMerge', minScore: -1 }],
    ];
    for (const [name, message] of forged) {
      const answer = await request(api, DOMAIN, message);
      assert.strictEqual(answer.type, 'error', `${name}: ${JSON.stringify(answer)}`);
      assert.strictEqual(answer.type === 'error' && answer.rejected, true, `${name} must be rejected by validation`);
    }
    // Not even an object / no request id: answered with an error without a requestId.
    const unanswerable = new Promise<string>((resolve) => {
      const sub = api.matches.onDidPostToWebview(DOMAIN, (m) => { if (m.type === 'error' && m.rejected && m.requestId === undefined) { sub.dispose(); resolve(m.message); } });
    });
    await api.matches.postFromWebview(DOMAIN, 'merge everything');
    assert.match(await unanswerable, /not an object/);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(requests.slice(quietSince), [], 'no API call for any forged message');

    // Control: the same log does record a well-formed request's call. (A profile of the lowest-scored group: the
    // webview lists high scores first and loads only visible rows, so this one is not cached yet.)
    const unseen = [...run.groups.values()].sort((a, b) => a.score - b.score)[0].profileIds[0];
    const ok = await request(api, DOMAIN, { type: 'loadProfiles', profileIds: [unseen] });
    assert.strictEqual(ok.type, 'profiles');
    await waitFor('the BatchGetProfile call in the log', () => requests.slice(quietSince).some((l) => l.includes(' BatchGetProfile ')) || undefined);
  });

  it('"Review Matches…" with a tree node opens the panel of that node\'s domain (one panel per domain)', async () => {
    const retail = await child(api, undefined, DOMAIN);
    const matchesNode = await child(api, retail, 'Matches');
    await vscode.commands.executeCommand('customerProfiles.reviewMatches', matchesNode);
    await vscode.commands.executeCommand('customerProfiles.reviewMatches', retail);
    assert.ok(api.matches.isOpen(DOMAIN));
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label === `Matches: ${DOMAIN}`);
    assert.strictEqual(tabs.length, 1, 'revealed, not opened twice');
  });
});
