// Browser harness: the real webview bundle with the real host controller (in-memory backend). Search covers
// every group (the host's background profile fetch), and a detached panel shows why and disables every
// control. Run after `node esbuild.js && npx tsc -p .` (npm run matches-webview).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SCREENSHOT_DIR } from '../paths';
import { MatchesHarness } from './matchesHarness';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const SURNAME = 'Quetzalcoatl';

describe('matches webview: search over every group, detached panel', function () {
  this.timeout(120_000);
  let h: MatchesHarness;

  before(async () => {
    h = await MatchesHarness.start({ groups: 3_000, plant: { LastName: SURNAME } });
    await h.waitAllLoaded();
  });
  after(async () => { await h?.close(); });

  it('a surname of a group never shown (nor its profiles loaded) is found', async () => {
    const planted = h.backend.data.matches[0].MatchId!;
    const plantedProfile = h.backend.data.matches[0].ProfileIds![0];
    // Precondition: the webview never asked for this group's profiles (it is not among the rows shown).
    const asked = h.backend.callsOf('batchGetProfiles').length;
    assert.strictEqual(await h.eval(`!!document.querySelector('.vlist-row:not([hidden])[data-match-id="${planted}"]')`), false, 'fixture: the planted group is not on screen');
    await h.page.fill('input[type="search"]', SURNAME.toLowerCase());
    await h.waitFor(`(() => { const rows = [...document.querySelectorAll('.vlist-row:not([hidden])')]; return rows.length === 1 && rows[0].dataset.matchId === '${planted}'; })()`, 20_000);
    await h.waitFor(`document.querySelector('.shown').textContent === '1 group shown'`, 20_000);
    assert.ok(asked > 0 || h.backend.callsOf('batchGetProfiles').some((c) => (c.args[1] as string[]).includes(plantedProfile)), 'found through the background fetch');
    assert.doesNotMatch(await h.eval<string>(`document.querySelector('.status').textContent`), /profiles for/, 'the fetch has finished');
    fs.mkdirSync(SHOTS, { recursive: true });
    await h.page.screenshot({ path: path.join(SHOTS, '20-search-by-surname.png') });
    await h.page.fill('input[type="search"]', '');
  });

  it('a detached panel says why and disables every control, also in a group opened afterwards', async () => {
    const reason = 'The connection changed: this panel belongs to sandbox (127.0.0.1:4566), which is not the current one.';
    await h.eval(`window.postMessage(${JSON.stringify({ type: 'detached', reason })}, '*')`);
    await h.waitFor(`(document.querySelector('.banner:not([hidden])') || {}).textContent?.includes('which is not the current one')`);
    assert.strictEqual(await h.eval(`[...document.querySelectorAll('button, input, select')].filter((c) => !c.disabled).length`), 0, 'every control disabled');
    const calls = h.backend.calls.length;
    await h.page.click('.vlist-row:not([hidden])');
    await h.waitFor(`!!document.querySelector('.detail h2')`);
    await h.page.waitForTimeout(300);
    assert.strictEqual(await h.eval(`[...document.querySelectorAll('button, input, select')].filter((c) => !c.disabled).length`), 0, "the opened group's controls too");
    await h.page.screenshot({ path: path.join(SHOTS, '21-detached.png') });
    assert.strictEqual(h.backend.calls.length, calls, 'no API call from the detached webview');
  });
});
