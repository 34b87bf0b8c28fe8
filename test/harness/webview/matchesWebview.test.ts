// Browser harness for the matches webview: the real bundle in headless Chromium, fed 10,000 generated groups
// by the real host controller (in-memory backend). Run after `node esbuild.js && npx tsc -p .`:
//   npx mocha --reporter out/test/harness/summaryReporter.js --timeout 120000 out/test/harness/webview/*.test.js
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SCREENSHOT_DIR } from '../paths';
import { MatchesHarness } from './matchesHarness';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const XSS_NAME = '<img src=x onerror="window.__xss=1;alert(1)">';
const XSS_LAST = '<script>window.__xss=2;alert(2)</script>';
const XSS_ATTR_KEY = '<b onmouseover=alert(3)>key</b>';
const XSS_ATTR_VALUE = '"><svg onload="window.__xss=3;alert(3)">';

async function shot(h: MatchesHarness, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await h.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function openGroupBySearch(h: MatchesHarness, matchId: string): Promise<void> {
  await h.page.fill('input[type="search"]', matchId);
  await h.waitFor(`(() => { const rows = document.querySelectorAll('.vlist-row:not([hidden])'); return rows.length === 1 && rows[0].dataset.matchId === '${matchId}'; })()`);
  await h.page.click('.vlist-row:not([hidden])');
  await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group ${matchId}' && !!document.querySelector('table.compare')`);
}

describe('matches webview in Chromium (10,000 groups)', function () {
  this.timeout(120_000);
  let h: MatchesHarness;

  before(async () => {
    h = await MatchesHarness.start({ groups: 10_000, plant: { FirstName: XSS_NAME, LastName: XSS_LAST, Attributes: { [XSS_ATTR_KEY]: XSS_ATTR_VALUE } } });
    await h.waitAllLoaded();
  });
  after(async () => { await h?.close(); });

  it('streams every group and says so; the DOM stays under 1,500 nodes', async () => {
    await h.waitFor(`document.querySelector('.status').textContent.includes('10,000 of 10,000 groups loaded')`);
    assert.match(await h.eval<string>(`document.querySelector('.histogram-box .caption').textContent`), /10,000 groups .*AutoMerging threshold 0.85/);
    assert.strictEqual(await h.eval(`getComputedStyle(document.querySelector('.threshold')).display !== 'none'`), true);
    const nodes = await h.nodeCount();
    assert.ok(nodes < 1500, `${nodes} DOM nodes`);
    assert.ok(await h.eval<number>(`document.querySelectorAll('.vlist-row:not([hidden])').length`) >= 10);
    await shot(h, '01-overview-dark');
  });

  it('scrolling far down renders later rows and keeps the DOM bounded', async () => {
    await h.eval(`document.querySelector('.vlist').scrollTop = 200000`);
    await h.waitFor(`[...document.querySelectorAll('.vlist-row:not([hidden])')].some((r) => Number(r.getAttribute('aria-posinset')) > 6000)`);
    const nodes = await h.nodeCount();
    assert.ok(nodes < 1500, `${nodes} DOM nodes after scrolling`);
    await h.eval(`document.querySelector('.vlist').scrollTop = 0`);
  });

  it('keyboard: Home / ArrowDown / End / Enter with listbox ARIA', async () => {
    assert.strictEqual(await h.eval(`document.querySelector('.vlist').getAttribute('role')`), 'listbox');
    await h.page.focus('.vlist');
    await h.page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await h.page.keyboard.press('ArrowDown');
    await h.waitFor(`document.querySelector('.vlist').getAttribute('aria-activedescendant') === 'group-option-3'`);
    assert.strictEqual(await h.eval(`document.getElementById('group-option-3').getAttribute('aria-selected')`), 'true');
    assert.strictEqual(await h.eval(`document.getElementById('group-option-3').getAttribute('role')`), 'option');
    await h.page.keyboard.press('End');
    await h.waitFor(`document.querySelector('.vlist').getAttribute('aria-activedescendant') === 'group-option-9999'`);
    assert.strictEqual(await h.eval(`document.getElementById('group-option-9999').getAttribute('aria-posinset')`), '10000');
    const matchId = await h.eval<string>(`document.getElementById('group-option-9999').dataset.matchId`);
    await h.page.keyboard.press('Enter');
    await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group ${matchId}'`);
    assert.ok((await h.nodeCount()) < 1500);
  });

  it('profile values holding HTML/script payloads show literally and nothing executes', async () => {
    await openGroupBySearch(h, 'match-000000');
    await h.waitFor(`[...document.querySelectorAll('table.compare td')].some((td) => td.textContent === ${JSON.stringify(XSS_NAME)})`);
    const cells = await h.eval<string[]>(`[...document.querySelectorAll('table.compare td, table.compare th, table.preview td, table.preview th')].map((c) => c.textContent)`);
    for (const payload of [XSS_NAME, XSS_LAST, XSS_ATTR_VALUE, `Attributes.${XSS_ATTR_KEY}`]) assert.ok(cells.includes(payload), `literal ${payload}`);
    assert.ok((await h.eval<string>(`document.querySelector('pre.request').textContent`)).length > 0);
    assert.strictEqual(await h.eval(`document.querySelectorAll('img, svg, b, #app script').length`), 0);
    assert.strictEqual(await h.eval(`window.__xss === undefined`), true);
    assert.deepStrictEqual(h.dialogs, []);
    await shot(h, '02-group-xss-literal');
  });

  it('composer: a picked cell drives the preview and the exact request; merge locks, asks the host, marks merged', async () => {
    await openGroupBySearch(h, 'match-000002');
    const [main, other] = await h.eval<string[]>(`[...document.querySelectorAll('table.compare thead th[title]')].map((t) => t.title)`);
    assert.ok(main && other);
    // Take FirstName from the second column.
    await h.page.click('table.compare tbody tr:first-child td:nth-child(3)');
    const request = JSON.parse(await h.eval<string>(`document.querySelector('pre.request').textContent`));
    assert.deepStrictEqual(Object.keys(request), ['DomainName', 'MainProfileId', 'ProfileIdsToBeMerged', 'FieldSourceProfileIds']);
    assert.strictEqual(request.FieldSourceProfileIds.FirstName, other === request.MainProfileId ? main : other);
    assert.match(await h.eval<string>(`[...document.querySelectorAll('table.preview tr')].find((r) => r.querySelector('th').textContent === 'FirstName').textContent`), /picked from/);
    await shot(h, '03-composer-preview');

    let release!: () => void;
    h.ui.holdConfirm = new Promise((r) => { release = r; });
    await h.page.click('button.merge');
    await h.waitFor(`document.querySelector('button.merge').disabled && document.querySelector('button.merge').textContent === 'Merging…'`);
        assert.match(h.ui.confirmations.at(-1)!, /cannot be undone[\s\S]*deleted/);
    await shot(h, '04-merge-in-flight');
    await h.page.click('button.merge', { force: true }).catch(() => undefined); // a second click must not submit again
    release();
    h.ui.holdConfirm = undefined;
    await h.waitFor(`(document.querySelector('.detail .row-state') || {}).textContent === 'Merged'`);
    assert.strictEqual(h.backend.callsOf('mergeProfiles').length, 1);
    assert.strictEqual(h.ui.confirmations.length, 1);
    assert.strictEqual(await h.eval(`document.querySelector('button.merge')`), null);
    await shot(h, '05-after-merge');
  });

  it('review-state buttons update the group and the counts', async () => {
    await openGroupBySearch(h, 'match-000003');
    await h.page.click('.review-buttons button:first-child');
    await h.waitFor(`(document.querySelector('.detail .row-state') || {}).textContent === 'Not a match'`);
    await h.waitFor(`document.querySelector('.count.state-not-a-match').textContent === 'Not a match 1'`);
    await h.page.click('.review-buttons button:last-child');
    await h.waitFor(`(document.querySelector('.detail .row-state') || {}).textContent === 'Unreviewed'`);
  });

  it('no console errors and no dialogs during the whole session', () => {
    assert.deepStrictEqual(h.consoleErrors, []);
    assert.deepStrictEqual(h.dialogs, []);
  });
});

describe('matches webview themes', function () {
  this.timeout(60_000);
  for (const theme of ['light', 'high-contrast'] as const) {
    it(`${theme}: renders an open group with differences highlighted`, async () => {
      const h = await MatchesHarness.start({ groups: 300, theme });
      try {
        await h.waitAllLoaded();
        await openGroupBySearch(h, 'match-000001');
        assert.ok(await h.eval<number>(`document.querySelectorAll('table.compare tr.differs, table.compare tr.partial, table.compare tr.same').length`) > 0);
        await shot(h, `06-${theme}`);
        assert.deepStrictEqual(h.consoleErrors, []);
      } finally {
        await h.close();
      }
    });
  }
});
