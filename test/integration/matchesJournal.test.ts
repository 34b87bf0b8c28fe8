// Bulk merges that survive interruption, in the real extension host against a sandbox over HTTP through the
// real SDK. The interruption is SIMULATED: a real window reload restarts this test runner too, so the test API's
// simulateHostCrash() stands in for the host dying — the journal's storage (globalState) gets nothing more, the
// run stops, the panel closes, and the answers of the calls in flight are lost. The panel is then opened again
// from what globalState holds, as after a reload.
import * as assert from 'assert';
import type { CustomerProfilesApi } from '../../src/aws/client';
import { createCustomerProfilesApi } from '../../src/aws/index';
import type { CustomerProfilesTestApi } from '../../src/extension';
import { silentLogger } from '../../src/shared/logger';
import type { GroupStatus, JournalReport } from '../../src/shared/matches/mergeJournal';
import type { HostMessage, MergeReportMessage } from '../../src/shared/matches/protocol';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';
import { newRequestId, reloadAndCollect, request } from './matchesSupport';

const DOMAIN = 'demo-retail';
const MERGE_OK = / 200 MergeProfiles [\d.]+ms (\S+)$/;

describe('bulk merge journal: interrupted mid-run, resumed (sandbox, throttling injected)', function () {
  this.timeout(300_000);
  let api: CustomerProfilesTestApi;
  let sandbox: RunningSandbox;
  let client: CustomerProfilesApi;
  const requests: string[] = [];
  const confirmations: string[] = [];

  const setFaults = async (faults: Record<string, number>): Promise<void> => {
    const res = await fetch(`${sandbox.endpoint}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(faults) });
    assert.strictEqual(res.status, 200, await res.text());
  };
  /** Request ids of the MergeProfiles calls the sandbox answered 200 (it sends the same id as x-amzn-RequestId). */
  const mergedAtSandbox = (): string[] => requests.map((l) => MERGE_OK.exec(l)?.[1]).filter((id): id is string => !!id);

  before(async () => {
    api = await extensionApi();
    sandbox = await startTestSandbox({ demo: { profiles: 1500, clusters: 230 }, log: (line) => requests.push(line) });
    client = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
    await connectTo(api, sandbox.endpoint);
    api.matches.answerConfirmations((message, detail) => { confirmations.push(`${message}\n${detail}`); return true; });
  });

  after(async () => {
    api.matches.answerConfirmations(undefined);
    if (api.matches.isOpen(DOMAIN)) api.matches.close(DOMAIN);
    client?.dispose();
    await connectTo(api, undefined);
    await sandbox?.stop();
  });

  it('after the interruption the report says exactly what happened; Resume and Retry failed merge every group exactly once', async () => {
    await api.matches.open(DOMAIN);
    const run = await reloadAndCollect(api, DOMAIN);
    const groups = new Map([...run.groups.values()].map((g) => [g.matchId, g.profileIds]));
    assert.ok(groups.size >= 200, `need at least 200 groups, the sandbox has ${groups.size}`);

    // Throttling (and a little latency, so the crash lands mid-run) for the bulk merge.
    await setFaults({ throttleRate: 0.25, latencyMs: 15, seed: 11 });
    void api.matches.postFromWebview(DOMAIN, { type: 'bulkMerge', requestId: newRequestId(), domain: DOMAIN, minScore: 0 });
    await waitFor('a third of the groups merged', () => mergedAtSandbox().length >= groups.size / 3, 120_000);
    await api.matches.simulateHostCrash(DOMAIN);
    assert.ok(!api.matches.isOpen(DOMAIN));
    const mergedBeforeCrash = mergedAtSandbox().length;
    assert.ok(mergedBeforeCrash < groups.size, 'the crash came before the end of the run');

    // "After the reload": the panel opens again and shows the journal's report after init.
    await setFaults({ throttleRate: 0.1, seed: 12 });
    await api.matches.open(DOMAIN);
    const reports: MergeReportMessage[] = [];
    const sub = api.matches.onDidPostToWebview(DOMAIN, (m: HostMessage) => { if (m.type === 'mergeReport') reports.push(m); });
    await reloadAndCollect(api, DOMAIN);
    const interrupted = await waitFor('the interrupted report', () => reports.at(-1)?.report);
    sub.dispose();
    console.log(`    interrupted report: ${JSON.stringify(interrupted.counts)} of ${groups.size} groups`);
    assert.strictEqual(interrupted.interrupted, true);
    assertEveryGroupOnce(interrupted, groups);
    const { counts } = interrupted;
    assert.ok(counts.unknown >= 1, `the calls in flight at the crash are unknown: ${JSON.stringify(counts)}`);
    assert.ok(counts.merged >= 1 && counts['not-started'] >= 1, JSON.stringify(counts));
    assert.deepStrictEqual(interrupted.groups.slice(0, counts.failed + counts.unknown).map((g) => g.outcome),
      [...Array(counts.failed).fill('failed'), ...Array(counts.unknown).fill('unknown')], 'failures first');
    for (const g of interrupted.groups.filter((x) => x.outcome === 'failed' && x.callsTotal > 0)) assert.match(g.detail ?? '', /ThrottlingException/);
    // Every request id the report shows is the id of a MergeProfiles call the sandbox answered.
    const answered = new Set(mergedAtSandbox());
    for (const g of interrupted.groups) for (const id of g.requestIds) assert.ok(answered.has(id), `request id ${id} of ${g.matchId} not in the sandbox log`);

    // Resume: asks first (saying the unknown calls are checked), then settles and merges the rest.
    const resumed = (await request(api, DOMAIN, { type: 'resumeBulkMerge', runId: interrupted.runId }, 240_000)) as MergeReportMessage;
    assert.strictEqual(resumed.type, 'mergeReport', JSON.stringify(resumed));
    assert.match(confirmations.at(-1) ?? '', /^Resume the bulk merge: \d+ groups? not finished\?[\s\S]*checked with BatchGetProfile/);
    const afterResume = resumed.report!;
    assert.strictEqual(afterResume.interrupted, false);
    assert.deepStrictEqual([afterResume.counts.unknown, afterResume.counts['not-started']], [0, 0], JSON.stringify(afterResume.counts));
    assertEveryGroupOnce(afterResume, groups);
    console.log(`    after Resume: ${JSON.stringify(afterResume.counts)}; MergeProfiles answered 200 by the sandbox: ${mergedAtSandbox().length}`);
    assert.ok(afterResume.groups.some((g) => g.verified), 'at least one unknown call was settled by BatchGetProfile');
    await assertServiceEqualsJournal(client, afterResume, groups, mergedAtSandbox());

    // Retry failed (faults off): the failures are sent again, nothing else.
    await setFaults({});
    let final = afterResume;
    if (afterResume.counts.failed > 0) {
      const retried = (await request(api, DOMAIN, { type: 'retryFailedMerges', runId: afterResume.runId }, 240_000)) as MergeReportMessage;
      final = retried.report!;
      assert.strictEqual(final.counts.failed, 0, JSON.stringify(final.groups.filter((g) => g.outcome === 'failed').slice(0, 3)));
    }
    assertEveryGroupOnce(final, groups);
    await assertServiceEqualsJournal(client, final, groups, mergedAtSandbox());
    assert.strictEqual(final.counts.merged + final.counts.skipped, groups.size);
  });
});

/** Each group of the run appears in the report exactly once. */
function assertEveryGroupOnce(report: JournalReport, groups: ReadonlyMap<string, readonly string[]>): void {
  const ids = report.groups.map((g) => g.matchId);
  assert.strictEqual(new Set(ids).size, ids.length, 'a group appears twice in the report');
  assert.deepStrictEqual([...ids].sort(), [...groups.keys()].sort());
  assert.strictEqual(Object.values(report.counts).reduce((a, b) => a + b, 0), groups.size);
}

/**
 * The service holds exactly what the journal says: a merged group's merged ids are gone and its main profile
 * is there; a group with no successful call still has all its profiles; and the sandbox answered exactly as
 * many MergeProfiles calls with 200 as the journal records as merged (so no call ran twice, none is missing).
 */
async function assertServiceEqualsJournal(
  client: CustomerProfilesApi, report: JournalReport, groups: ReadonlyMap<string, readonly string[]>, mergedAtSandbox: readonly string[],
): Promise<void> {
  const exists = async (ids: readonly string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 20) {
      const out = await client.call('BatchGetProfile', { DomainName: DOMAIN, ProfileIds: ids.slice(i, i + 20) });
      for (const p of out.Profiles ?? []) if (p.ProfileId) found.add(p.ProfileId);
    }
    return found;
  };
  const all = [...new Set([...groups.values()].flat())];
  const present = await exists(all);
  const check = (g: GroupStatus): void => {
    const members = groups.get(g.matchId)!;
    if (g.outcome === 'merged') {
      assert.ok(g.mainProfileId && present.has(g.mainProfileId), `${g.matchId}: main profile gone`);
      for (const id of g.deletedIds) assert.ok(!present.has(id), `${g.matchId}: merged profile ${id} still exists`);
      assert.strictEqual(g.callsDone, g.callsTotal);
    } else if (g.callsDone === 0 && g.outcome !== 'skipped') {
      for (const id of members) assert.ok(present.has(id), `${g.matchId} (${g.outcome}): profile ${id} is gone though no call succeeded`);
    }
  };
  report.groups.forEach(check);
  const callsMerged = report.groups.reduce((n, g) => n + g.callsDone, 0);
  assert.strictEqual(mergedAtSandbox.length, callsMerged, 'MergeProfiles calls answered 200 by the sandbox = merged calls in the journal');
}
