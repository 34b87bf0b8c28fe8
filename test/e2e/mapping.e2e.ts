// Test Mapping with Sample in the real workbench (code-server) against the sandbox's demo data, driven like a
// user: the CTR object type's context menu, the sample source quick pick ("Paste into an input box"), a CTR
// contact record for a known demo customer's phone, and the preview webview saying it attaches to that
// customer; Ingest Sample is unavailable here (the workbench is connected through customerProfiles.endpoint,
// not the in-process sandbox). Screenshots: light and dark at the runner's 1280×800.
import * as assert from 'assert';
import { demoCustomerWithCtr, sandboxCall, type DemoCustomer } from './sandboxApi';
import { world } from './world';
import { activeWebview as webview, activityBarEntry, chooseInQuickPick, contextMenu, expand, rowLabelled, runCommand, screenshot, setTheme, treeRow } from './workbench';

const DOMAIN = 'demo-retail';

/** The tree row whose label is exactly `label` (a row's description may contain other labels). */
describe('mapping preview in code-server against the sandbox', function () {
  this.timeout(90_000);
  let customer: DemoCustomer;

  before(async () => {
    customer = await demoCustomerWithCtr();
    const found = await sandboxCall<{ Items?: { ProfileId: string }[] }>('POST', `/domains/${DOMAIN}/profiles/search`, { KeyName: '_phone', Values: [customer.phone] });
    assert.deepStrictEqual((found.Items ?? []).map((p) => p.ProfileId), [customer.profileId], 'the workbench sandbox has the same demo customer');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-mapping-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  it('Test Mapping with Sample on the demo CTR type previews "attaches to" the known customer', async () => {
    const { page, screenshotDir } = world();
    // The preview is laid out for a 1280×800 window (the runner's page is larger; restored at the end).
    await page.setViewportSize({ width: 1280, height: 800 });
    // Clicking the entry of the view already shown would hide the side bar (after explorer.e2e it is shown).
    if (!(await treeRow(page, DOMAIN).first().isVisible())) await activityBarEntry(page).click();
    await expand(treeRow(page, DOMAIN).first());
    await expand(rowLabelled(page, 'Object Types').first());
    await contextMenu(rowLabelled(page, 'CTR').first(), 'Test Mapping with Sample…');
    await chooseInQuickPick(page, 'Test Mapping with Sample: CTR', 'Paste into an input box');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Sample for CTR' }).waitFor({ timeout: 20_000 });
    const sample = {
      ContactId: 'e2e-9a3394ee-a0c4-448a-a329-9a148e53d8cd', CustomerPhone: customer.phone, FirstName: customer.firstName, LastName: customer.lastName,
      Channel: 'VOICE', InitiationMethod: 'INBOUND', Agent: { Username: 'jane.doe', RoutingProfile: { Name: 'Basic' } },
    };
    await input.fill(JSON.stringify(sample));
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: `Mapping: CTR (${DOMAIN})` }).waitFor({ timeout: 30_000 });
    const view = webview(page);
    const decision = view.locator('.decision.attach');
    await decision.waitFor({ timeout: 30_000 });
    assert.match(await decision.innerText(), new RegExp(`Attaches to ${customer.name} \\(${customer.profileId}\\), found by _phone = `));
    assert.match(await view.locator('.ingest-reason').innerText(), /Ingest unavailable: .*only offered on the local sandbox/);
    assert.ok(await view.getByRole('button', { name: 'Ingest Sample…' }).isDisabled());
    const fieldsText = await view.locator('section', { hasText: 'Fields (' }).innerText();
    assert.match(fieldsText, /_source\.CustomerPhone\s+PhoneNumber\s+PHONE_NUMBER\s+written/);
    assert.match(await view.locator('section', { hasText: 'map to nothing' }).innerText(), /Agent\.RoutingProfile\.Name/);
    await setTheme(page, 'Default Light Modern');
    await page.mouse.move(1000, 790);
    await screenshot(page, screenshotDir, 'mapping-01-preview-light');
  });

  it('the same preview in the dark theme', async () => {
    const { page, screenshotDir } = world();
    await setTheme(page, 'Default Dark Modern');
    await webview(page).locator('.decision.attach').waitFor({ timeout: 10_000 });
    await screenshot(page, screenshotDir, 'mapping-02-preview-dark');
    await setTheme(page, 'Default Light Modern');
    // Leave the workbench as the later scenarios expect it: the runner's size, no editors, Object Types collapsed.
    await page.setViewportSize({ width: 1400, height: 850 });
    await runCommand(page, 'View: Close All Editors');
    const folder = rowLabelled(page, 'Object Types').first();
    if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.locator('.monaco-tl-twistie').click();
  });
});
