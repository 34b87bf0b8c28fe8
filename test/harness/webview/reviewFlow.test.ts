// The matches webview's review flow in Chromium, fed by the real host controller over a small, hand-made
// domain: score inputs that refuse empty/out-of-range values, difference highlighting in the three themes
// (computed styles), keyboard shortcuts and "next unreviewed", the empty-source confirmation, the active
// filter marking, the collapsible overview and the filtered export.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ProfileRecord } from '../../../src/shared/profile';
import { SCREENSHOT_DIR } from '../paths';
import { FakeMatchesBackend } from './fakeMatchesBackend';
import { MatchesHarness } from './matchesHarness';
import type { ThemeName } from './themes';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const id = (n: number): string => n.toString(16).padStart(32, '0');

/** Group g1: FirstName equal (case aside), LastName differs, PhoneNumber only in the first profile. */
function reviewData() {
  const profiles: ProfileRecord[] = [];
  const matches = [];
  for (let g = 1; g <= 6; g++) {
    const ids = [id(g * 10 + 1), id(g * 10 + 2)];
    profiles.push(
      { ProfileId: ids[0], FirstName: 'Jane', LastName: `Doe${g}`, EmailAddress: `jane${g}@example.com`, PhoneNumber: '+1 555 0100', Address: { City: 'Seattle' } },
      { ProfileId: ids[1], FirstName: 'JANE', LastName: `Smith${g}`, EmailAddress: `jane${g}@example.com` },
    );
    matches.push({ MatchId: `g${g}`, ProfileIds: ids, ConfidenceScore: 1 - g / 20 });
  }
  return { domain: 'demo-retail', matches, profiles, autoMergeThreshold: 0.9, matchGenerationDate: new Date(Date.UTC(2026, 10, 22)) };
}

async function start(theme: ThemeName = 'light'): Promise<MatchesHarness> {
  const h = await MatchesHarness.startWith(new FakeMatchesBackend(reviewData()), 'demo-retail', { theme });
  await h.waitAllLoaded();
  return h;
}

async function openGroup(h: MatchesHarness, matchId: string): Promise<void> {
  await h.page.click(`.vlist-row:not([hidden])[data-match-id="${matchId}"]`);
  await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group ${matchId}' && !!document.querySelector('table.compare')`);
}

const openId = (h: MatchesHarness): Promise<string> => h.eval<string>(`(document.querySelector('.detail h2') || {}).textContent || ''`);
const rowStyle = (h: MatchesHarness, field: string, cell: 'th' | 'td', prop: string): Promise<string> => h.eval<string>(
  `(() => { const tr = [...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === ${JSON.stringify(field)});
    return getComputedStyle(tr.querySelector(${JSON.stringify(cell)}))[${JSON.stringify(prop)}]; })()`);

describe('matches webview: difference highlighting in light, dark and high contrast', function () {
  this.timeout(60_000);
  const expected: Record<ThemeName, { dim: string; differs: string; partial: string }> = {
    light: { dim: 'rgba(97, 97, 97, 0.5)', differs: 'rgba(255, 0, 0, 0.2)', partial: 'rgba(156, 204, 44, 0.25)' },
    dark: { dim: 'rgba(204, 204, 204, 0.5)', differs: 'rgba(255, 0, 0, 0.2)', partial: 'rgba(156, 204, 44, 0.2)' },
    'high-contrast': { dim: 'rgb(165, 165, 165)', differs: 'rgb(255, 0, 143)', partial: 'rgb(51, 255, 46)' },
  };
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`${theme}: equal rows dimmed, differing rows marked, value-vs-empty rows marked distinctly`, async () => {
      const h = await start(theme);
      try {
        await openGroup(h, 'g1');
        const foreground = await h.eval<string>(`getComputedStyle(document.body).color`);
        // Equal (FirstName: Jane / JANE): dimmed, i.e. not the foreground colour.
        const same = await rowStyle(h, 'FirstName', 'td', 'color');
        assert.notStrictEqual(same, foreground, 'equal rows are dimmed');
        assert.strictEqual(same, expected[theme].dim);
        // Differs (LastName): a solid warning bar and the removed-text colour (a border of it in high contrast).
        assert.strictEqual(await rowStyle(h, 'LastName', 'th', 'borderLeftStyle'), 'solid');
        assert.strictEqual(await rowStyle(h, 'LastName', 'td', 'color'), foreground);
        const differsCell = theme === 'high-contrast' ? await rowStyle(h, 'LastName', 'td', 'boxShadow') : await rowStyle(h, 'LastName', 'td', 'backgroundColor');
        assert.ok(differsCell.includes(expected[theme].differs), `differs cell: ${differsCell}`);
        assert.match(await h.eval<string>(`getComputedStyle([...document.querySelectorAll('table.compare th')].find((t) => t.textContent === 'LastName'), '::after').content`), /differs/);
        // Value vs empty (PhoneNumber): a dashed bar, the inserted-text colour on the value, stripes + "missing" on the gap.
        assert.strictEqual(await rowStyle(h, 'PhoneNumber', 'th', 'borderLeftStyle'), 'dashed');
        const filled = theme === 'high-contrast' ? await rowStyle(h, 'PhoneNumber', 'td', 'boxShadow') : await rowStyle(h, 'PhoneNumber', 'td', 'backgroundColor');
        assert.ok(filled.includes(expected[theme].partial), `filled cell of a partial row: ${filled}`);
        const gap = await h.eval<{ text: string; image: string }>(`(() => { const td = [...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === 'PhoneNumber').querySelector('td.empty');
          return { text: td.textContent, image: getComputedStyle(td).backgroundImage }; })()`);
        assert.strictEqual(gap.text, 'missing');
        assert.match(gap.image, /repeating-linear-gradient/);
        fs.mkdirSync(SHOTS, { recursive: true });
        await h.page.screenshot({ path: path.join(SHOTS, `10-highlight-${theme}.png`) });
        assert.deepStrictEqual(h.consoleErrors, []);
      } finally {
        await h.close();
      }
    });
  }
});

describe('matches webview: score inputs, shortcuts, empty sources, filters, export', function () {
  this.timeout(60_000);
  let h: MatchesHarness;
  before(async () => { h = await start('light'); });
  after(async () => { await h?.close(); });

  it('a cleared or out-of-range "Merge all ≥" shows an error, disables the button and sends nothing', async () => {
    const field = 'input[aria-label="Bulk merge minimum score"]';
    for (const typed of ['', '5', '-1']) {
      await h.page.fill(field, typed);
      assert.strictEqual(await h.eval(`document.querySelector('${field}').getAttribute('aria-invalid')`), 'true', typed);
      assert.strictEqual(await h.eval(`document.querySelector('button.bulk-merge-score').disabled`), true, typed);
      const error = await h.eval<string>(`document.getElementById(document.querySelector('${field}').getAttribute('aria-describedby')).textContent`);
      assert.match(error, typed === '' ? /Enter a score from 0 to 1/ : /out of range/);
      await h.page.click('button.bulk-merge-score', { force: true });
      await h.page.locator(field).blur();
      assert.strictEqual(await h.page.inputValue(field), typed, 'what was typed stays (no default, no clamping)');
    }
    await h.ui.flushed();
    assert.strictEqual(h.ui.confirmations.length, 0, 'no bulk merge was asked for');
    await h.page.fill(field, '0.97');
    assert.strictEqual(await h.eval(`document.querySelector('button.bulk-merge-score').disabled`), false);
    assert.strictEqual(await h.eval(`document.querySelector('${field}').getAttribute('aria-invalid')`), 'false');
  });

  it('Min score 5 stays 5 with an error and the list keeps its filter', async () => {
    const field = 'input[aria-label="Minimum score"]';
    await h.page.fill(field, '5');
    await h.page.locator(field).blur();
    assert.strictEqual(await h.page.inputValue(field), '5');
    assert.strictEqual(await h.eval(`document.querySelector('${field}').getAttribute('aria-invalid')`), 'true');
    assert.match(await h.eval<string>(`document.getElementById(document.querySelector('${field}').getAttribute('aria-describedby')).textContent`), /out of range.*still shows score ≥ 0/);
    assert.strictEqual(await h.eval(`document.querySelectorAll('.vlist-row:not([hidden])').length`), 6);
    await h.page.fill(field, '0.82');
    await h.waitFor(`document.querySelectorAll('.vlist-row:not([hidden])').length === 3`);
    await h.page.fill(field, '');
    assert.match(await h.eval<string>(`document.querySelector('.field-error:not([hidden])').textContent`), /Enter a score/);
    await h.waitFor(`document.querySelectorAll('.vlist-row:not([hidden])').length === 3`); // still 0.82, not 0
    await h.page.fill(field, '0');
    await h.waitFor(`document.querySelectorAll('.vlist-row:not([hidden])').length === 6`);
  });

  it('keyboard: n / s decide and open the next unreviewed group; j / k move; typing in search does not act', async () => {
    await openGroup(h, 'g1');
    await h.page.locator('.detail').click({ position: { x: 5, y: 5 } });
    await h.page.keyboard.press('n');
    await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group g2'`);
    await h.waitFor(`document.querySelector('.vlist-row[data-match-id="g1"] .row-state').textContent === 'Not a match'`); // the list repaints on the next frame
    await h.page.keyboard.press('s');
    await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group g3'`);
    await h.waitFor(`document.querySelector('.vlist-row[data-match-id="g2"] .row-state').textContent === 'Skipped'`); // the list repaints on the next frame
    await h.page.keyboard.press('k');
    await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group g2'`);
    await h.page.keyboard.press('j');
    await h.page.keyboard.press('j');
    await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group g4'`);
    await h.page.fill('input[type="search"]', '');
    await h.page.focus('input[type="search"]');
    await h.page.keyboard.type('nsjk');
    await new Promise((r) => setTimeout(r, 400));
    assert.strictEqual(await openId(h), 'Group g4', 'no shortcut fired while typing');
    assert.strictEqual(await h.eval(`document.querySelector('.detail .row-state').textContent`), 'Unreviewed');
    await h.page.fill('input[type="search"]', '');
  });

  it('m opens the host confirmation and nothing merges when it is declined', async () => {
    await openGroup(h, 'g4');
    await h.waitFor(`!!document.querySelector('button.merge')`);
    await h.page.locator('.detail h2').click();
    h.ui.confirmAnswer = false;
    const asked = h.ui.confirmations.length;
    await h.page.keyboard.press('m');
    await h.waitFor(`!document.querySelector('button.merge').disabled`).catch(() => undefined);
    const until = Date.now() + 5000;
    while (h.ui.confirmations.length === asked && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.strictEqual(h.ui.confirmations.length, asked + 1, 'the merge confirmation was asked');
    assert.match(h.ui.confirmations.at(-1)!, /cannot be undone/);
    assert.strictEqual(h.backend.callsOf('mergeProfiles').length, 0);
    h.ui.confirmAnswer = true;
  });

  it('? shows the shortcuts overlay and Esc closes it', async () => {
    await h.page.locator('.detail h2').click();
    await h.page.keyboard.press('?');
    await h.waitFor(`!document.querySelector('.help-overlay').hidden`);
    const text = await h.eval<string>(`document.querySelector('.help-overlay').textContent`);
    for (const k of ['m', 'n', 's', 'j', 'k', '?']) assert.ok(text.includes(k));
    assert.match(text, /Not a match, then open the next unreviewed group/);
    assert.strictEqual(await h.eval(`document.activeElement.closest('.help-overlay') !== null`), true, 'focus moved into the dialog');
    await h.page.keyboard.press('Escape');
    await h.waitFor(`document.querySelector('.help-overlay').hidden`);
  });

  it('an empty cell as field source asks first; Cancel keeps the field, confirming removes it from the merge', async () => {
    await openGroup(h, 'g5');
    const gapCell = `[...document.querySelectorAll('table.compare tbody tr')].find((r) => r.querySelector('th').textContent === 'PhoneNumber').querySelector('td.empty')`;
    await h.page.evaluate(`${gapCell}.click()`);
    await h.waitFor(`!!document.querySelector('.pick-confirm')`);
    assert.match(await h.eval<string>(`document.querySelector('.pick-confirm').textContent`), /has no PhoneNumber.*the merged profile will not have PhoneNumber/);
    assert.strictEqual(await h.eval(`(JSON.parse(document.querySelector('pre.request').textContent).FieldSourceProfileIds || {}).PhoneNumber`), undefined, 'nothing picked yet');
    await h.page.click('.pick-confirm button.secondary');
    await h.waitFor(`!document.querySelector('.pick-confirm')`);
    assert.strictEqual(await h.eval(`document.querySelectorAll('table.compare td.picked').length`), 0);
    await h.page.evaluate(`${gapCell}.click()`);
    await h.page.click('.pick-confirm button.confirm-empty-pick');
    await h.waitFor(`document.querySelectorAll('table.compare td.picked').length === 1`);
    assert.strictEqual(await h.eval(`(JSON.parse(document.querySelector('pre.request').textContent).FieldSourceProfileIds || {}).PhoneNumber`), id(52));
    assert.match(await h.eval<string>(`[...document.querySelectorAll('table.preview tr')].find((r) => r.querySelector('th').textContent === 'PhoneNumber').textContent`), /removed/);
  });

  it('the active state filter is marked; the overview folds away and the list gains its height', async () => {
    await h.page.click('.count.state-not-a-match');
    await h.waitFor(`document.querySelector('.count.state-not-a-match').getAttribute('aria-pressed') === 'true'`);
    await h.page.mouse.move(1, 840); // off the button: its hover colour is not the pressed colour
    const pressed = await h.eval<{ bg: string; before: string }>(`(() => { const b = document.querySelector('.count.state-not-a-match'); return { bg: getComputedStyle(b).backgroundColor, before: getComputedStyle(b, '::before').content }; })()`);
    assert.strictEqual(pressed.bg, 'rgb(0, 95, 184)', 'pressed uses the primary button colour');
    assert.strictEqual(await h.eval(`getComputedStyle(document.querySelector('.count.state-skipped')).backgroundColor`), 'rgb(229, 229, 229)', 'the others look secondary');
    assert.match(pressed.before, /✓/);
    assert.match(await h.eval<string>(`document.querySelector('.filter-summary').textContent`), /Filtered: state Not a match — 1 of 6 groups shown/);
    const listHeight = await h.eval<number>(`document.querySelector('.vlist').clientHeight`);
    await h.page.click('.collapse-toggle');
    assert.strictEqual(await h.eval(`document.querySelector('.overview-body').hidden`), true);
    assert.strictEqual(await h.eval(`document.querySelector('.collapse-toggle').getAttribute('aria-expanded')`), 'false');
    assert.ok((await h.eval<number>(`document.querySelector('.vlist').clientHeight`)) > listHeight, 'the list is taller');
    assert.match(await h.eval<string>(`document.querySelector('.filter-summary').textContent`), /state Not a match/, 'the filter still shows while folded');
    await h.page.click('.collapse-toggle');
  });

  it('Export filtered groups sends the visible ids and the host writes exactly those', async () => {
    await h.page.check('.export-filtered input');
    await h.page.click('button:text("Export CSV")');
    const until = Date.now() + 5000;
    while (h.ui.saved.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.match(h.ui.saved[0].name, /^demo-retail-matches-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = h.ui.saved[0].content.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    assert.deepStrictEqual(rows, ['g1']);
    assert.deepStrictEqual(h.ui.exportedNotices, [`Exported 1 group to ${h.ui.saved[0].name}.`]);
    await h.page.click('.filter-line button');
    await h.waitFor(`document.querySelectorAll('.vlist-row:not([hidden])').length === 6`);
    assert.strictEqual(await h.eval(`document.querySelector('.export-filtered input').disabled`), true, 'nothing to filter: export all');
  });

  it('a row\'s tooltip names every profile in full', async () => {
    const title = await h.eval<string>(`document.querySelector('.vlist-row[data-match-id="g1"]').title`);
    assert.match(title, new RegExp(`Jane Doe1 — ${id(11)}`));
    assert.strictEqual(title.split('\n').length, 2);
    assert.deepStrictEqual(h.consoleErrors, []);
    assert.deepStrictEqual(h.dialogs, []);
  });
});
