// Search Profiles… in the real workbench, as a user: expand demo-retail → Profiles, click "Search Profiles…", pick
// the _email key, type a demo customer's address, search; the customer appears under Profiles with what was searched.
// Screenshots of the results at 1280×800 in the light and the dark theme.
import * as assert from 'assert';
import { world } from './world';
import { activityBarEntry, expand, pickQuickInputRow, screenshot, setTheme, treeLabels, treeRow } from './workbench';

const CUSTOMER_EMAIL = 'johndoe@anycompany.com';

describe('profile search in code-server against the sandbox', function () {
  this.timeout(120_000);
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(world().page, world().screenshotDir, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  it('searches demo-retail by e-mail through Search Profiles… and shows the customer in the tree', async () => {
    const { page, screenshotDir } = world();
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await activityBarEntry(page).waitFor({ timeout: 60_000 });
      await setTheme(page, 'Default Light Modern');
      await activityBarEntry(page).click();
      const retail = treeRow(page, 'demo-retail').first();
      await retail.waitFor({ timeout: 30_000 });
      await expand(retail);
      const profiles = treeRow(page, /^Profiles/).first();
      await profiles.waitFor({ timeout: 30_000 });
      await expand(profiles);
      await treeRow(page, 'Search Profiles…').first().click();

      // The key picker (standard keys and the object types' keys), the value, then "Search".
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('.quick-input-list .monaco-list-row[aria-label^="_shopifyCustomerId"]').first().waitFor({ timeout: 15_000 });
      await input.fill('_email');
      await pickQuickInputRow(page, '_email');
      await page.locator('.quick-input-widget', { hasText: 'Value of _email' }).waitFor({ timeout: 10_000 });
      await input.fill(CUSTOMER_EMAIL);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Add another key with AND' }).waitFor({ timeout: 10_000 });
      await page.locator('.quick-input-list .monaco-list-row').first().click(); // "Search"

      const customer = treeRow(page, 'Jhn Doe').first();
      await customer.waitFor({ timeout: 30_000 });
      assert.match(await customer.innerText(), /johndoe@anycompany\.com/);
      await treeRow(page, `_email = ${CUSTOMER_EMAIL}`).filter({ hasText: '1 shown' }).first().waitFor({ timeout: 10_000 });
      const labels = await treeLabels(page);
      assert.ok(labels.includes('Profiles') && labels.includes('Jhn Doe'), JSON.stringify(labels));
      await customer.hover();
      await page.waitForTimeout(1200); // the hover shows the profile's tooltip
      await screenshot(page, screenshotDir, 'profile-search-light');
      await page.mouse.move(900, 400);
      await setTheme(page, 'Default Dark Modern');
      await customer.hover();
      await page.waitForTimeout(1200);
      await screenshot(page, screenshotDir, 'profile-search-dark');
      await page.mouse.move(900, 400);
    } finally {
      await setTheme(page, 'Default Light Modern').catch(() => undefined);
      if (before) await page.setViewportSize(before);
    }
  });
});
