// Editing a domain as JSON in code-server, like a user: open it from the palette, see VS Code's JSON service
// flag an invalid enum with the schema's documentation on hover, save with the changes confirmation (and its
// diff), and hit the conflict prompt after a change made behind the editor's back. Leaves the workbench as it
// found it (no editors, side bar untouched) for the scenarios that follow.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { world } from './world';
import { activityBarEntry, runCommand, screenshot } from './workbench';

interface Domain {
  DefaultExpirationDays: number;
}

async function sandboxDomain(name: string): Promise<Domain> {
  const response = await fetch(`${world().endpoint}/domains/${name}`, { signal: AbortSignal.timeout(10_000) });
  assert.strictEqual(response.status, 200);
  return (await response.json()) as Domain;
}

/** UpdateDomain straight on the sandbox: someone else changing the domain. */
async function changeBehindTheEditorsBack(name: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${world().endpoint}/domains/${name}`, {
    method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000),
  });
  assert.strictEqual(response.status, 200, await response.text());
}

const dialog = (page: Page) => page.locator('.monaco-dialog-box');

/** Double-clicks the token `text` (a word, or a word in quotes) in the active editor and types `replacement`. */
async function replaceInEditor(page: Page, text: string, replacement: string): Promise<void> {
  const token = page.locator('.editor-group-container.active .view-lines span span', { hasText: new RegExp(`^"?${text}"?$`) }).last();
  await token.dblclick();
  await page.locator('.statusbar', { hasText: `(${text.length} selected)` }).waitFor({ timeout: 10_000 });
  await page.keyboard.type(replacement);
}

async function clickDialogButton(page: Page, name: string): Promise<void> {
  await dialog(page).getByRole('button', { name, exact: true }).click();
}

describe('domain JSON editor in code-server against the sandbox', function () {
  this.timeout(120_000);

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  after(async () => {
    const { page } = world();
    // Leave no dialog, no dirty editor: revert and close everything this scenario opened.
    if (await dialog(page).isVisible().catch(() => false)) await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File').catch(() => undefined);
    await runCommand(page, 'View: Close All Editors').catch(() => undefined);
  });

  it('opens demo-retail from the palette ("Edit Domain Configuration")', async () => {
    const { page, screenshotDir } = world();
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    // The palette lists contributed commands once the extension host has registered the extension: retry until then.
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(page, 'Customer Profiles: Edit Domain Configuration');
        break;
      } catch (e) {
        if (attempt >= 6) throw e;
        await page.keyboard.press('Escape');
        await page.waitForTimeout(2_000);
      }
    }
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'demo-retail' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'demo-retail.json' }).waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line', { hasText: '"DefaultExpirationDays"' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, screenshotDir, 'dj-01-domain-document');
  });

  it('flags an invalid enum with a squiggle; the hover shows the message and the schema documentation', async () => {
    const { page, screenshotDir } = world();
    await replaceInEditor(page, 'SATURDAY', 'FUNDAY');
    const squiggle = page.locator('.editor-group-container.active .squiggly-warning, .editor-group-container.active .squiggly-error').first();
    await squiggle.waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line span', { hasText: 'FUNDAY' }).last().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Value is not accepted' }).first();
    await hover.waitFor({ timeout: 20_000 });
    const text = await hover.innerText();
    assert.match(text, /MONDAY/);
    assert.match(text, /The day when the Identity Resolution Job should run every week/, `the schema documentation of DayOfTheWeek should be in the hover: ${text}`);
    await screenshot(page, screenshotDir, 'dj-02-squiggle-hover');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Control+Z'); // back to SATURDAY
  });

  it('save shows the changes; Show Diff opens service vs yours; Apply calls UpdateDomain', async () => {
    const { page, screenshotDir } = world();
    const before = await sandboxDomain('demo-retail');
    await replaceInEditor(page, String(before.DefaultExpirationDays), '400');
    await page.keyboard.press('Control+S');
    await dialog(page).waitFor({ timeout: 30_000 });
    const confirmation = await dialog(page).innerText();
    assert.match(confirmation, /Save domain demo-retail on the service\?/);
    assert.match(confirmation, new RegExp(`DefaultExpirationDays: ${before.DefaultExpirationDays} → 400`));
    await screenshot(page, screenshotDir, 'dj-03-save-confirmation');
    await clickDialogButton(page, 'Show Diff');
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'service ↔ yours' }).waitFor({ timeout: 30_000 });
    await dialog(page).waitFor({ timeout: 30_000 }); // asked again, with the diff behind it
    await screenshot(page, screenshotDir, 'dj-04-save-confirmation-diff');
    await clickDialogButton(page, 'Apply');
    await dialog(page).waitFor({ state: 'hidden', timeout: 30_000 });
    for (let i = 0; i < 50 && (await sandboxDomain('demo-retail')).DefaultExpirationDays !== 400; i++) await page.waitForTimeout(200);
    assert.strictEqual((await sandboxDomain('demo-retail')).DefaultExpirationDays, 400);
    // Close the diff (its tab's close button); the document itself becomes active again.
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'service ↔ yours' }).locator('.tab-actions .action-label').click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: /^demo-retail\.json$/ }).waitFor({ timeout: 30_000 });
  });

  it("a change behind the editor's back brings up Compare / Overwrite / Cancel", async () => {
    const { page, screenshotDir } = world();
    await replaceInEditor(page, '400', '500');
    await changeBehindTheEditorsBack('demo-retail', { DefaultExpirationDays: 42 });
    await page.keyboard.press('Control+S');
    await dialog(page).waitFor({ timeout: 30_000 });
    assert.match(await dialog(page).innerText(), /The domain demo-retail changed on the service since you opened it/);
    await screenshot(page, screenshotDir, 'dj-05-conflict');
    await clickDialogButton(page, 'Overwrite');
    await dialog(page).filter({ hasText: 'DefaultExpirationDays: 42 → 500' }).waitFor({ timeout: 30_000 });
    await clickDialogButton(page, 'Apply');
    await dialog(page).waitFor({ state: 'hidden', timeout: 30_000 });
    for (let i = 0; i < 50 && (await sandboxDomain('demo-retail')).DefaultExpirationDays !== 500; i++) await page.waitForTimeout(200);
    assert.strictEqual((await sandboxDomain('demo-retail')).DefaultExpirationDays, 500);
    await screenshot(page, screenshotDir, 'dj-06-saved');
  });
});
