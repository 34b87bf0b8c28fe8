// The matches webview over rule-based groups, in Chromium with the real controller (in-memory backend):
// level rows, the per-level histogram and filter, "why do these match", unresolved MatchIds, and the
// "merge all at level ≤ N" field (validated, empty never a default). Screenshots in three themes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SCREENSHOT_DIR } from '../paths';
import { MatchesHarness } from './matchesHarness';
import type { ThemeName } from './themes';

const SHOTS = path.join(SCREENSHOT_DIR, 'matches-harness');
const XSS_EMAIL = '<img src=x onerror="window.__xss=1">@example.com';

async function open(h: MatchesHarness, matchId: string): Promise<void> {
  await h.page.fill('input[type="search"]', matchId);
  await h.waitFor(`(() => { const rows = document.querySelectorAll('.vlist-row:not([hidden])'); return rows.length === 1 && rows[0].dataset.matchId === '${matchId}'; })()`);
  await h.page.click('.vlist-row:not([hidden])');
  await h.waitFor(`(document.querySelector('.detail h2') || {}).textContent === 'Group ${matchId}'`);
}

describe('matches webview: rule-based groups in Chromium (3,000 groups)', function () {
  this.timeout(120_000);
  let h: MatchesHarness;

  before(async () => {
    h = await MatchesHarness.startRules({ groups: 3000, plant: { EmailAddress: XSS_EMAIL }, gone: ['rule-000007'] });
    await h.waitAllLoaded();
  });
  after(async () => { await h?.close(); });

  it('rows show the rule level, the histogram counts per level, the title says rule-based', async () => {
    await h.waitFor(`document.querySelector('.status').textContent.includes('3,000 of 3,000 groups loaded')`);
    assert.match(await h.eval<string>(`document.querySelector('.title').textContent`), /^Rule-based matches · demo-rules$/);
    const first = await h.eval<string>(`document.querySelector('.vlist-row:not([hidden]) .row-score').textContent`);
    assert.strictEqual(first, 'Level 1', 'strongest (level 1) first by default');
    const bars = await h.eval<Array<[string, string]>>(`[...document.querySelectorAll('.histogram-bars .hbar')].map((b) => [b.dataset.level, b.dataset.count])`);
    assert.deepStrictEqual(bars, [['1', '1000'], ['2', '999'], ['3', '1000']], 'rule-000007 (level 2) no longer resolves');
    assert.match(await h.eval<string>(`document.querySelector('.histogram-box .caption').textContent`), /Groups per rule level .* 2,999 groups; 1 MatchId no longer resolve; match only/);
    assert.match(await h.eval<string>(`document.querySelector('.hbar[data-level="2"]').title`), /Level 2 \(FirstName \+ LastName \+ PhoneNumber\): 999 groups/);
    assert.strictEqual(await h.eval<boolean>(`document.querySelector('.score-field input[aria-label="Minimum score"]').closest('.score-field').hidden`), true, 'no score filter');
  });

  it('filters by level ≤ N and sorts by level', async () => {
    // The sort menu names the level, not a score the rule-based panel does not have.
    assert.deepStrictEqual(await h.eval<string[]>(`[...document.querySelectorAll('select[aria-label="Sort"] option')].map((o) => o.textContent)`),
      ['Rule level, 1 first', 'Rule level, highest first', 'Size, large first', 'Size, small first']);
    await h.page.selectOption('select.level-filter', '1');
    await h.waitFor(`document.querySelector('.filter-summary').textContent.includes('level ≤ 1 — 1,000 of 3,000 groups shown')`);
    await h.page.selectOption('select[aria-label="Sort"]', 'score-asc');
    await h.waitFor(`document.querySelector('.vlist-row:not([hidden]) .row-score').textContent === 'Level 1'`);
    await h.page.selectOption('select.level-filter', '');
    await h.waitFor(`document.querySelector('.vlist-row:not([hidden]) .row-score').textContent === 'Gone'`, 5000);
    await h.page.selectOption('select[aria-label="Sort"]', 'score-desc');
  });

  it('why do these match: the rule and the normalized values per attribute, every value escaped', async () => {
    await open(h, 'rule-000003'); // level 1: EmailAddress
    await h.waitFor(`!!document.querySelector('.why-rules table.why-table')`);
    assert.match(await h.eval<string>(`document.querySelector('.why-rule').textContent`), /Matched by rule 1: EmailAddress \(MANY_TO_MANY/);
    const row = await h.eval<string[]>(`[...document.querySelector('.why-table tbody tr').children].map((c) => c.textContent)`);
    assert.match(row[0], /^EmailAddress \(EmailAddress, BusinessEmailAddress\)$/);
    assert.match(row[1], /^✓ same: [a-z.]+@example\.com$/, 'normalized: lower-cased');
    await open(h, 'rule-000000'); // the planted profile: its e-mail is markup, shown as text
    await h.waitFor(`!!document.querySelector('.why-rules table.why-table')`);
    const cells = await h.eval<string>(`document.querySelector('.why-table').textContent`);
    assert.ok(cells.includes('<img src=x onerror="window.__xss=1">@example.com'), 'shown literally');
    assert.strictEqual(await h.eval<unknown>('window.__xss'), undefined);
    assert.strictEqual(await h.eval<number>(`document.querySelectorAll('.why img').length`), 0);
    await open(h, 'rule-000004'); // level 2: names + phone
    await h.waitFor(`!!document.querySelector('.why-rules table.why-table')`);
    assert.deepStrictEqual(await h.eval<string[]>(`[...document.querySelectorAll('.why-table tbody th .mono')].map((e) => e.textContent)`), ['FirstName', 'LastName', 'PhoneNumber']);
    await shot(h, 'rules-why-dark');
  });

  it('a MatchId that no longer resolves says so in its row and detail, with nothing to merge', async () => {
    await open(h, 'rule-000007');
    assert.match(await h.eval<string>(`document.querySelector('.detail .note').textContent`), /no longer resolves: the group was merged or its profiles changed/);
    assert.strictEqual(await h.eval<number>(`document.querySelectorAll('.detail table, .detail button.merge').length`), 0);
    assert.match(await h.eval<string>(`document.querySelector('.vlist-row:not([hidden])').getAttribute('aria-label')`), /no longer resolves/);
  });

  it('"merge all at level ≤ N": empty is no default, bad input refused, a level asks with the level', async () => {
    await h.page.fill('input[type="search"]', '');
    const button = '.bulk-merge-level';
    assert.strictEqual(await h.eval<boolean>(`document.querySelector('${button}').disabled`), true, 'empty at first: disabled');
    await h.page.fill('input.level-input', '0');
    assert.match(await h.eval<string>(`document.querySelector('input.level-input').closest('.score-field').querySelector('.field-error').textContent`), /out of range: enter a rule level from 1 to 3/);
    assert.strictEqual(await h.eval<boolean>(`document.querySelector('${button}').disabled`), true);
    await h.page.fill('input.level-input', '');
    assert.strictEqual(await h.eval<boolean>(`document.querySelector('${button}').disabled`), true, 'cleared: still no default');
    h.ui.confirmAnswer = false;
    await h.page.fill('input.level-input', '1');
    await h.page.click(button);
    await h.waitFor(`true`);
    const until = Date.now() + 5000;
    while (h.ui.confirmations.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    assert.match(h.ui.confirmations[0], /^Merge 1,?000 unreviewed groups at rule level ≤ 1\? This cannot be undone\./);
    assert.deepStrictEqual(h.consoleErrors, []);
  });
});

async function shot(h: MatchesHarness, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await h.page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe('matches webview: rule-based why in light and high-contrast themes', function () {
  this.timeout(60_000);
  for (const theme of ['light', 'high-contrast'] as ThemeName[]) {
    it(`${theme}: the why box and level rows render`, async () => {
      const h = await MatchesHarness.startRules({ groups: 60, theme });
      try {
        await h.waitAllLoaded();
        await open(h, 'rule-000004');
        await h.waitFor(`!!document.querySelector('.why-rules table.why-table')`);
        // Keyboard: the rows are reachable (the list is a listbox with arrow keys); the why box needs no focus.
        await shot(h, `rules-why-${theme}`);
        assert.deepStrictEqual(h.consoleErrors, []);
      } finally {
        await h.close();
      }
    });
  }
});

describe('matches webview: ML why (local estimate beside the service score)', function () {
  this.timeout(60_000);
  for (const theme of ['dark', 'light'] as ThemeName[]) {
    it(`${theme}: labelled as a local estimate; the service's score stays the service's`, async () => {
      const h = await MatchesHarness.start({ groups: 60, theme, plant: { LastName: '<img src=x onerror="window.__xss=1">' } });
      try {
        await h.waitAllLoaded();
        for (const id of ['match-000000', 'match-000001']) {
          await h.page.fill('input[type="search"]', id);
          await h.waitFor(`(() => { const r = document.querySelectorAll('.vlist-row:not([hidden])'); return r.length === 1 && r[0].dataset.matchId === '${id}'; })()`);
          await h.page.click('.vlist-row:not([hidden])');
          await h.waitFor(`!!document.querySelector('.why-ml table.why-table')`);
        }
        assert.match(await h.eval<string>(`document.querySelector('.why-ml h3').textContent`), /local estimate/);
        assert.match(await h.eval<string>(`document.querySelector('.why-ml .note').textContent`), /^Not the service's ConfidenceScore/);
        assert.match(await h.eval<string>(`document.querySelector('.detail > .note').textContent`), /^Score \d\.\d{3} is the service's ConfidenceScore/);
        const rows = await h.eval<string[]>(`[...document.querySelectorAll('.why-ml tbody th')].map((t) => t.textContent)`);
        assert.ok(rows.includes('E-mail') && rows.at(-1) === 'Local pair probability', rows.join(','));
        await shot(h, `ml-why-${theme}`);
        assert.strictEqual(await h.eval<unknown>('window.__xss'), undefined);
        assert.deepStrictEqual(h.consoleErrors, []);
      } finally {
        await h.close();
      }
    });
  }
});

describe('matches webview: rule-based groups on demand', function () {
  this.timeout(60_000);
  it('a MatchId searched for while groups are still being looked up is looked up next', async () => {
    // 800 lookups of 15 ms, 8 at a time: about 1.5 s in list order.
    const h = await MatchesHarness.startRules({ groups: 800, groupLatencyMs: 15 });
    try {
      await h.waitFor(`document.querySelectorAll('.vlist-row:not([hidden])').length > 0`);
      await h.page.fill('input[type="search"]', 'rule-000790');
      await h.waitFor(`!!document.querySelector('.vlist-row:not([hidden])[data-match-id="rule-000790"]')`, 20_000);
      assert.strictEqual(await h.eval<string>(`document.querySelector('.overview').dataset.done`), 'false', 'it came before the rest');
      const order = h.backend.callsOf('getRuleBasedGroup').map((c) => c.args[1] as string);
      assert.ok(order.indexOf('rule-000790') < 700, `looked up at position ${order.indexOf('rule-000790')} of 800`);
      await h.waitAllLoaded();
      assert.deepStrictEqual(h.consoleErrors, []);
    } finally {
      await h.close();
    }
  });
});
