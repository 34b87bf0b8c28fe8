// The bulk-merge report of an interrupted run in the real webview bundle (Chromium, light theme, 1280×800), fed
// by the real host controller whose store holds the journal a crashed host left behind. Resume then settles
// the unknown call with BatchGetProfile and merges only the groups that were not started.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { journalStorageKey } from '../../../src/host/matches/journalStore';
import { applyJournalEvent, newJournal, type JournalEvent, type MergeJournal } from '../../../src/shared/matches/mergeJournal';
import type { MergeProfilesRequest } from '../../../src/shared/matches/mergeRequests';
import { SCREENSHOT_DIR } from '../paths';
import { FakeMatchesBackend } from './fakeMatchesBackend';
import { generateMatchData } from './generateMatches';
import { MatchesHarness, MemoryStore } from './matchesHarness';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const AT = '2026-12-01T21:40:00.000Z';
const THROTTLED = 'ThrottlingException: Rate exceeded (injected by the local sandbox).';

/** 12 groups: 6 merged (their calls really ran on the fake), 2 failed, 1 whose answer was lost (it ran), 3 not started. */
async function interruptedJournal(backend: FakeMatchesBackend, domain: string, groups: ReadonlyArray<{ matchId: string; profileIds: readonly string[] }>): Promise<MergeJournal> {
  let journal = newJournal({ runId: 'run-harness-1', domain, minScore: 0.7, startedAt: AT, groups });
  const record = (e: JournalEvent): void => { journal = applyJournalEvent(journal, e); };
  for (const [i, g] of groups.entries()) {
    if (i >= 9) break;
    const request: MergeProfilesRequest = { DomainName: domain, MainProfileId: g.profileIds[0], ProfileIdsToBeMerged: g.profileIds.slice(1) };
    record({ type: 'prepared', matchId: g.matchId, requests: [request] });
    record({ type: 'calling', matchId: g.matchId, call: 0, at: AT });
    if (i === 6 || i === 7) { record({ type: 'failed', matchId: g.matchId, call: 0, error: THROTTLED }); continue; }
    const answer = await backend.mergeProfiles(request);
    if (i < 6) record({ type: 'merged', matchId: g.matchId, call: 0, requestId: answer.requestId });
  }
  return journal;
}

describe('bulk-merge report in the matches webview (interrupted run)', function () {
  this.timeout(60_000);

  it('shows failures first with the service error, the unknown call, merged with request ids; Resume merges each group once', async () => {
    const data = generateMatchData({ groups: 40, autoMergeThreshold: 0.85 });
    const backend = new FakeMatchesBackend(data);
    const groups = data.matches.slice(0, 12).map((m) => ({ matchId: m.MatchId!, profileIds: m.ProfileIds! }));
    const store = new MemoryStore();
    await store.update(journalStorageKey('harness', data.domain), await interruptedJournal(backend, data.domain, groups));
    const mergesBefore = backend.callsOf('mergeProfiles').length;
    const h = await MatchesHarness.startWith(backend, data.domain, { theme: 'light', viewport: { width: 1280, height: 800 }, store });
    try {
      await h.waitAllLoaded();
      await h.waitFor(`!!document.querySelector('.merge-report:not([hidden]) tbody tr')`);
      assert.strictEqual(await h.eval<string>(`document.querySelector('.merge-report h2').textContent`), 'Bulk merge interrupted');
      assert.deepStrictEqual(await h.eval<string[]>(`[...document.querySelectorAll('.merge-report .count')].map((e) => e.textContent)`),
        ['2 failed', '1 unknown', '6 merged', '3 not started', '0 skipped']);
      const rows = await h.eval<string[][]>(`[...document.querySelectorAll('.merge-report tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent))`);
      assert.deepStrictEqual(rows.map((r) => r[0]), ['Failed', 'Failed', 'Unknown', ...Array(6).fill('Merged'), 'Not started', 'Not started', 'Not started']);
      assert.strictEqual(rows[0][4], THROTTLED);
      assert.match(rows[2][4], /no answer to MergeProfiles call 1 of 1/);
      assert.match(rows[3][4], /request id fake-merge-\d+/);
      assert.deepStrictEqual(await h.eval<string[]>(`[...document.querySelectorAll('.merge-report button')].map((b) => b.textContent)`),
        ['Resume…', 'Retry failed…', 'Export CSV', 'Export JSON', 'Dismiss']);
      fs.mkdirSync(SHOTS, { recursive: true });
      await h.page.screenshot({ path: path.join(SHOTS, '07-light-interrupted-bulk-merge-report.png') });

      await h.page.click('.merge-report button:has-text("Resume")');
      await h.waitFor(`document.querySelector('.merge-report h2').textContent === 'Bulk merge report'`);
      assert.match(h.ui.confirmations.at(-1) ?? '', /Resume the bulk merge: 4 groups not finished\?[\s\S]*checked with BatchGetProfile/);
      assert.deepStrictEqual(await h.eval<string[]>(`[...document.querySelectorAll('.merge-report .count')].map((e) => e.textContent)`),
        ['2 failed', '0 unknown', '10 merged', '0 not started', '0 skipped']);
      // The 3 resumed groups and the one whose lost answer was settled are marked merged in the list.
      await h.waitFor(`/Merged 4/.test(document.querySelector('.overview').textContent)`);
      // The unknown call had run: it is settled as merged, never sent again; only the 3 not-started groups are sent.
      const sent = backend.callsOf('mergeProfiles').slice(mergesBefore).map((c) => (c.args[0] as MergeProfilesRequest).MainProfileId);
      assert.strictEqual(sent.length, 3);
      for (const main of sent) assert.ok(groups.slice(9).some((g) => g.profileIds.includes(main)), `${main} is not in a not-started group`);
      await h.page.screenshot({ path: path.join(SHOTS, '08-light-bulk-merge-report-after-resume.png') });
      assert.deepStrictEqual(h.consoleErrors, []);
    } finally {
      await h.close();
    }
  });
});
