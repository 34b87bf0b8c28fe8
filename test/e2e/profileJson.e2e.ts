// Editing a profile as JSON in code-server, like a user: "Edit Profile" from the palette (pick the domain, type the
// ProfileId), see VS Code's JSON service flag a value the generated UpdateProfile schema refuses, then delete a
// member and save: the confirmation says "remove LastName … sent as """ and Apply clears it on the sandbox. Leaves
// the workbench as it found it (no editors, no dialog) for the scenarios after it.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { world } from './world';
import { activityBarEntry, closeEditorsReverted, runCommandOnceListed, screenshot } from './workbench';

const DOMAIN = 'demo-retail';

async function sandbox(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${world().endpoint}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  assert.strictEqual(response.status, 200, text);
  return JSON.parse(text) as Record<string, unknown>;
}

/** SearchProfiles on `_profileId`, straight on the sandbox. */
async function profile(id: string): Promise<Record<string, unknown> | undefined> {
  const found = await sandbox('POST', `/domains/${DOMAIN}/profiles/search`, { KeyName: '_profileId', Values: [id] });
  return (found.Items as Record<string, unknown>[] | undefined)?.[0];
}

const dialog = (page: Page) => page.locator('.monaco-dialog-box');

describe('profile JSON editor in code-server against the sandbox', function () {
  this.timeout(120_000);
  let profileId: string;

  before(async () => {
    const created = await sandbox('POST', `/domains/${DOMAIN}/profiles`, {
      FirstName: 'Ada',
      LastName: 'Lovelace',
      PartyType: 'INDIVIDUAL',
      EmailAddress: 'ada.e2e@example.com',
      Attributes: { tier: 'gold' },
    });
    profileId = String(created.ProfileId);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  // Leave no dialog, no dirty editor: revert and close everything this scenario opened.
  after(() => closeEditorsReverted(world().page));

  it('opens a profile from the palette ("Edit Profile": domain, then ProfileId)', async () => {
    const { page, screenshotDir } = world();
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    await runCommandOnceListed(page, 'Customer Profiles: Edit Profile');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'ProfileId' }).waitFor({ timeout: 20_000 });
    await input.fill(profileId);
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container.active .tab.active', { hasText: `${profileId}.json` }).waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line', { hasText: '"LastName"' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, screenshotDir, 'pj-00-profile-document');
  });

  it('flags a PartyType the UpdateProfile schema refuses with a squiggle and its documentation on hover', async () => {
    const { page, screenshotDir } = world();
    const token = page.locator('.editor-group-container.active .view-lines span span', { hasText: /^"?INDIVIDUAL"?$/ }).last();
    await token.dblclick();
    await page.locator('.statusbar', { hasText: '(10 selected)' }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('ROBOT');
    const squiggle = page.locator('.editor-group-container.active .squiggly-warning, .editor-group-container.active .squiggly-error').first();
    await squiggle.waitFor({ timeout: 30_000 });
    // Hover only once the auto-save has staged the text: its "Not applied" CodeLens moves the lines down and would
    // take the token from under the mouse.
    await page.locator('.editor-group-container.active .codelens-decoration', { hasText: 'Not applied to the service' }).waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line span', { hasText: 'ROBOT' }).last().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Value is not accepted' }).first();
    await hover.waitFor({ timeout: 20_000 });
    const text = await hover.innerText();
    assert.match(text, /INDIVIDUAL/, text);
    assert.match(text, /BUSINESS/, text);
    await screenshot(page, screenshotDir, 'pj-01-profile-squiggle-hover');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Control+Z'); // back to INDIVIDUAL
    await page.locator('.editor-group-container.active .view-line', { hasText: '"INDIVIDUAL"' }).first().waitFor({ timeout: 10_000 });
  });

  it('deleting LastName and saving: the confirmation says "remove LastName" (sent as ""); Apply clears it on the service', async () => {
    const { page, screenshotDir } = world();
    const line = page.locator('.editor-group-container.active .view-line', { hasText: '"LastName"' }).first();
    await line.click();
    await page.keyboard.press('Control+Shift+K'); // delete the line (members are sorted: LastName is not the last one)
    await page.keyboard.press('Control+S');
    await dialog(page).waitFor({ timeout: 30_000 });
    const confirmation = await dialog(page).innerText();
    assert.match(confirmation, new RegExp(`Save profile ${profileId} in ${DOMAIN} on the service\\?`));
    assert.match(confirmation, /− remove LastName \(was "Lovelace"; sent as ""\)/, confirmation);
    await screenshot(page, screenshotDir, 'pj-02-remove-confirmation');
    await dialog(page).getByRole('button', { name: 'Apply and Clear', exact: true }).click();
    await dialog(page).waitFor({ state: 'hidden', timeout: 30_000 });
    let after: Record<string, unknown> | undefined;
    for (let i = 0; i < 50; i++) {
      after = await profile(profileId);
      if (after && after.LastName === undefined) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.strictEqual(after?.LastName, undefined, JSON.stringify(after));
    assert.strictEqual(after?.FirstName, 'Ada');
  });
});
