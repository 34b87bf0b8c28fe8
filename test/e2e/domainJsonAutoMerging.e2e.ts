// "Preview auto-merging" in the domain editor, like a user: open demo-retail's JSON from the palette, lower the
// AutoMerging threshold (unsaved; code-server's auto-save may stage it, which never reaches the service), click the
// CodeLens above "AutoMerging", and read the service's counts in the lens and the notification. Screenshot for the
// README/issue: auto-merging-preview.png. Leaves no editor open.
import * as assert from 'assert';
import { world } from './world';
import { activityBarEntry, closeEditorsReverted, runCommandOnceListed, screenshot } from './workbench';

describe('domain JSON editor: Preview auto-merging (GetAutoMergingPreview before saving)', function () {
  this.timeout(120_000);

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });
  after(() => closeEditorsReverted(world().page));

  it('shows how many profiles the edited settings would merge, before anything is saved', async () => {
    const { page, screenshotDir, endpoint } = world();
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 800 });
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    await runCommandOnceListed(page, 'Customer Profiles: Edit Domain Configuration');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'demo-retail' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    const editor = page.locator('.editor-group-container.active');
    await editor.locator('.view-line', { hasText: '"AutoMerging"' }).first().waitFor({ timeout: 30_000 });

    // Lower the threshold in the text: 0.9 → 0.5 (the threshold ends its line: End, three backspaces, type).
    await editor.locator('.view-lines span span', { hasText: /^0\.9$/ }).last().click();
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('0.5');
    await editor.locator('.view-line', { hasText: /"MinAllowedConfidenceScoreForMerging":\s0\.5\s*$/ }).waitFor({ timeout: 10_000 });

    const lens = editor.locator('.codelens-decoration a', { hasText: 'Preview auto-merging' });
    await lens.waitFor({ timeout: 30_000 });
    await lens.click();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Auto-merging preview for demo-retail' });
    await toast.waitFor({ timeout: 30_000 });
    const said = (await toast.textContent()) ?? '';
    assert.match(said, /\d+ of \d+ profiles in \d+ sampled match groups would be merged\. Nothing was saved or merged\./);
    await editor.locator('.codelens-decoration a', { hasText: /Auto-merging preview: \d+ of \d+ profiles/ }).waitFor({ timeout: 10_000 });
    await screenshot(page, screenshotDir, 'auto-merging-preview');

    // The service still has 0.9: the preview saved nothing (an auto-save only stages the text).
    const response = await fetch(`${endpoint}/domains/demo-retail`, { signal: AbortSignal.timeout(10_000) });
    const domain = (await response.json()) as { Matching?: { AutoMerging?: { MinAllowedConfidenceScoreForMerging?: number } } };
    assert.strictEqual(domain.Matching?.AutoMerging?.MinAllowedConfidenceScoreForMerging, 0.9);
    if (viewport) await page.setViewportSize(viewport);
  });
});
