// Issue 13 in the real workbench: a group whose phone, birth date and street are written differently is shown
// with those rows as equal (no difference highlight), the raw values visible and a "≡" badge naming the
// normalized value; a real difference (the middle name) stays highlighted. The demo data has no such group, so two
// profiles are seeded (same e-mail and given name: the sandbox matcher groups them) and a job is run.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { sandboxCall } from './sandboxApi';
import { world } from './world';
import { activeWebview as webview, activityBarEntry, pickQuickInputRow, restoreRunnerDefaults, runCommand, screenshot, setTheme } from './workbench';

const DOMAIN = 'demo-retail';
const COMMAND = 'Customer Profiles: Review Matches…';

interface MatchItem { MatchId: string; ProfileIds: string[] }

async function groupOf(ids: readonly string[], timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    let token: string | undefined;
    do {
      const page = await sandboxCall<{ Matches: MatchItem[]; NextToken?: string }>('GET', `/domains/${DOMAIN}/matches?max-results=100${token ? `&next-token=${encodeURIComponent(token)}` : ''}`);
      const found = page.Matches.find((m) => ids.every((id) => m.ProfileIds.includes(id)));
      if (found) return found.MatchId;
      token = page.NextToken;
    } while (token);
    if (Date.now() > until) throw new Error(`no group holds ${ids.join(', ')} after the job`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

async function openPanelAt(page: Page, matchId: string): Promise<void> {
  await activityBarEntry(page).waitFor({ timeout: 60_000 });
  await runCommand(page, 'View: Close All Editors');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${COMMAND}`);
  await pickQuickInputRow(page, COMMAND);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().waitFor({ timeout: 30_000 });
  await page.locator('.quick-input-widget input').fill(DOMAIN);
  await page.keyboard.press('Enter');
  const view = webview(page);
  await view.locator('.overview[data-done="true"]').waitFor({ timeout: 60_000 });
  await view.locator('input[type="search"]').fill(matchId);
  await view.locator('.filter-summary', { hasText: `search “${matchId}”` }).waitFor({ timeout: 20_000 });
  await view.locator(`.vlist-row:not([hidden])[data-match-id="${matchId}"]`).click();
  await view.locator('.detail h2', { hasText: `Group ${matchId}` }).waitFor({ timeout: 20_000 });
  await view.locator('table.compare').waitFor({ timeout: 20_000 });
}

describe('matches: values written differently shown as equal (issue 13)', function () {
  this.timeout(180_000);
  let matchId: string;

  before(async () => {
    const common = { FirstName: 'Rosalind', PartyType: 'INDIVIDUAL', EmailAddress: 'rosalind.equiv.e2e@example.com' };
    const a = await sandboxCall<{ ProfileId: string }>('POST', `/domains/${DOMAIN}/profiles`, {
      ...common, LastName: 'Franklin', MiddleName: 'Elsie', PhoneNumber: '+1-555-010-0000', BirthDate: '03/07/1985', Address: { Address1: '12 Oak Court #4B', City: 'Springfield', PostalCode: '62704' } });
    const b = await sandboxCall<{ ProfileId: string }>('POST', `/domains/${DOMAIN}/profiles`, {
      ...common, LastName: 'Franklin', MiddleName: 'May', PhoneNumber: '555.010.0000', BirthDate: '1985-03-07', Address: { Address1: '12 oak ct apt 4b', City: 'Springfield', PostalCode: '62704' } });
    await sandboxCall('POST', `/_sandbox/domains/${DOMAIN}/identity-resolution-jobs`);
    matchId = await groupOf([a.ProfileId, b.ProfileId]);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-matches-equivalence-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  after(async () => { await restoreRunnerDefaults(world().page); });

  it('phone, birth date and street: not highlighted, raw values visible, ≡ with the normalized value; the middle name still differs', async () => {
    const { page, screenshotDir } = world();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPanelAt(page, matchId);
    const view = webview(page);
    const row = (field: string) => view.locator('table.compare tbody tr').filter({ has: view.locator('th', { hasText: new RegExp(`^${field.replace('.', '\\.')}$`) }) });
    const cases: Array<[string, [string, string], RegExp]> = [
      ['PhoneNumber', ['+1-555-010-0000', '555.010.0000'], /\+15550100000/],
      ['BirthDate', ['03/07/1985', '1985-03-07'], /1985-03-07/],
      ['Address.Address1', ['12 Oak Court #4B', '12 oak ct apt 4b'], /./],
    ];
    for (const [field, raw, normalized] of cases) {
      const tr = row(field);
      const classes = (await tr.getAttribute('class')) ?? '';
      assert.doesNotMatch(classes, /\bdiffers\b/, `${field}: ${classes}`);
      assert.match(classes, /\bequivalent\b/, field);
      // Column order follows the random ProfileIds, so either profile may come first: both raw values are shown.
      const text = await tr.locator('td').allInnerTexts();
      for (const value of raw) assert.ok(text.some((t) => t.includes(value)), `${field} shows ${value}: ${JSON.stringify(text)}`);
      const mark = tr.locator('.equivalent-mark');
      assert.strictEqual(await mark.count(), 1, `${field}: one ≡ mark (on the value written otherwise than the first)`);
      assert.match((await mark.getAttribute('title')) ?? '', normalized, field);
      assert.strictEqual(await mark.getAttribute('aria-label'), await mark.getAttribute('title'));
    }
    assert.match((await row('MiddleName').getAttribute('class')) ?? '', /\bdiffers\b/, 'Elsie vs May stays a difference');
    // An earlier scenario may have left another theme: the light picture is taken in the light theme.
    await setTheme(page, 'Default Light Modern');
    await view.locator('table.compare').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'matches-30-equivalent-light');
    // The local "why" breakdown of the same pair: the matcher's levels on the normalized values.
    await view.locator('.why-ml').scrollIntoViewIfNeeded();
    assert.match(await view.locator('.why-ml').innerText(), /\+15550100000/, 'the why box compares the E.164 number');
    await screenshot(page, screenshotDir, 'matches-32-equivalent-why');
    await setTheme(page, 'Default Dark Modern');
    await screenshot(page, screenshotDir, 'matches-31-equivalent-dark');
  });
});
