// Issue 11's journey in one workbench, end to end as a user lives it:
//  1. find a customer by PHONE through Search Profiles… (typed as digits; the usual spellings offered), open them
//     from the tree, merge a duplicate into them (MergeProfiles through the API, as another tool or colleague
//     would), Refresh the view and read the merge in their history: the main profile and the merged id;
//  2. on the built-in sandbox ("Start Local Sandbox"), Test Mapping with Sample on the demo CTR type with a contact
//     record for a known customer's phone: "Attaches to" that customer; Ingest Sample, confirm VS Code's modal, and
//     the profile view opens with the new CTR object among its objects. Then Stop Local Sandbox.
// Runs after the feature scenarios (it switches the connection, and stops the sandbox again at the end).
import * as assert from 'assert';
import { world } from './world';
import { demoCustomerWithCtr, sandboxCall, type DemoCustomer } from './sandboxApi';
import { activeWebview, activityBarEntry, chooseInQuickPick, contextMenu, expand, pickQuickInputRow, rowLabelled, runCommand, runCommandOnceListed, screenshot, setTheme, switchConnectionAndWaitForTree } from './workbench';

const DOMAIN = 'demo-retail';
interface Profile { ProfileId: string; FirstName?: string; LastName?: string; PhoneNumber?: string }

const search = async (key: string, value: string): Promise<Profile[]> =>
  (await sandboxCall<{ Items?: Profile[] }>('POST', `/domains/${DOMAIN}/profiles/search`, { KeyName: key, Values: [value] })).Items ?? [];

/** The 10 digits of a North-American number as a user would type them ("(364) 555-0142" → "3645550142"). */
const typedDigits = (phone: string): string => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

describe('journey: find a customer, read a merge in their history, test and ingest a CTR sample', function () {
  this.timeout(120_000);

  before(async () => {
    // Run alone (E2E_GREP), the workbench may still be starting: the extension's view container is there once it is.
    await activityBarEntry(world().page).waitFor({ timeout: 60_000 });
    await world().page.setViewportSize({ width: 1280, height: 800 });
    await setTheme(world().page, 'Default Light Modern');
  });
  after(async () => {
    await world().page.setViewportSize({ width: 1400, height: 850 });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(world().page, world().screenshotDir, `failed-journey-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  it('finds a customer by phone, opens them from the tree, and after a merge their history names the merged profile', async () => {
    const { page, screenshotDir } = world();
    // A duplicate pair that still exists (earlier scenarios merged some groups) and whose first profile has a phone.
    const { Matches } = await sandboxCall<{ Matches: { ProfileIds: string[] }[] }>('GET', `/domains/${DOMAIN}/matches?max-results=100`);
    let pair: { main: Profile; duplicate: Profile } | undefined;
    for (const m of Matches) {
      const profiles = (await Promise.all(m.ProfileIds.slice(0, 2).map((id) => search('_profileId', id)))).map((r) => r[0]);
      const [main, duplicate] = profiles;
      if (main?.PhoneNumber && main.FirstName && duplicate && typedDigits(main.PhoneNumber).length === 10) {
        pair = { main, duplicate };
        break;
      }
    }
    assert.ok(pair, 'a demo duplicate pair with a US phone');
    const name = [pair.main.FirstName, pair.main.LastName].filter(Boolean).join(' ');

    await runCommandOnceListed(page, 'Customer Profiles: Search Profiles…'); // right after another scenario's reload the palette may not list it yet
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().waitFor({ timeout: 20_000 });
    await pickQuickInputRow(page, DOMAIN);
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="_phone"]').first().waitFor({ timeout: 20_000 });
    await input.fill('_phone');
    await pickQuickInputRow(page, '_phone');
    await page.locator('.quick-input-widget', { hasText: 'Value of _phone' }).waitFor({ timeout: 10_000 });
    await input.fill(typedDigits(pair.main.PhoneNumber!));
    await page.keyboard.press('Enter');
    await pickQuickInputRow(page, 'Also search the usual spellings of this number');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Add another key with AND' }).waitFor({ timeout: 10_000 });
    await page.locator('.quick-input-list .monaco-list-row').first().click(); // "Search"

    // Searched from the palette: the tree reveals demo-retail's Profiles item with the results, nobody expands it.
    const row = rowLabelled(page, name).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    const view = activeWebview(page);
    await view.locator('h1', { hasText: pair.main.FirstName! }).waitFor({ timeout: 30_000 });
    const opened = /ProfileId ([a-f0-9]{32})/.exec(await view.locator('.meta').innerText())?.[1];
    assert.ok(opened, 'the view names the ProfileId it shows');
    // Several profiles may share the phone: merge the pair's other profile (or the pair's first) into the opened one.
    const merged = [pair.main.ProfileId, pair.duplicate.ProfileId].find((id) => id !== opened)!;
    await sandboxCall('POST', `/domains/${DOMAIN}/profiles/objects/merge`, { MainProfileId: opened, ProfileIdsToBeMerged: [merged] });

    await view.getByRole('button', { name: 'Refresh' }).click();
    const mergeRow = view.locator('.box-history .hrow.action-merged').first();
    await mergeRow.waitFor({ timeout: 30_000 });
    const open = mergeRow.locator('button[data-record]');
    if ((await open.innerText()) === 'Show content') await open.click();
    await mergeRow.locator('.merge-ids', { hasText: merged }).waitFor({ timeout: 20_000 });
    assert.match(await mergeRow.locator('.merge-ids').innerText(), new RegExp(`Main profile: ${opened}.*merged: ${merged}`, 's'));
    await mergeRow.scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'journey-01-history-after-merge');
    await runCommand(page, 'View: Close All Editors');
  });

  it('on the built-in sandbox, a CTR sample attaches to the known customer; Ingest Sample adds the object to their profile', async () => {
    const { page, screenshotDir } = world();
    const customer: DemoCustomer = await demoCustomerWithCtr();
    await switchConnectionAndWaitForTree(page, async () => {
      await runCommand(page, 'Customer Profiles: Start Local Sandbox');
      await page.locator('.statusbar-item', { hasText: /sandbox\s*$/ }).first().waitFor({ timeout: 60_000 });
    });
    const domain = rowLabelled(page, DOMAIN).first();
    await domain.waitFor({ timeout: 30_000 });
    await expand(domain);
    await expand(rowLabelled(page, 'Object Types').first());
    await contextMenu(rowLabelled(page, 'CTR').first(), 'Test Mapping with Sample…');
    await chooseInQuickPick(page, 'Test Mapping with Sample: CTR', 'Paste into an input box');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Sample for CTR' }).waitFor({ timeout: 20_000 });
    const contactId = `e2e-journey-${Date.now()}`;
    const sample = { ContactId: contactId, CustomerPhone: customer.phone, FirstName: customer.firstName, LastName: customer.lastName, Channel: 'VOICE', InitiationMethod: 'INBOUND' };
    await page.locator('.quick-input-widget input').fill(JSON.stringify(sample));
    await page.keyboard.press('Enter');
    const preview = activeWebview(page);
    const decision = preview.locator('.decision.attach');
    await decision.waitFor({ timeout: 30_000 });
    assert.match(await decision.innerText(), new RegExp(`Attaches to ${customer.name} \\(${customer.profileId}\\)`));
    const ingest = preview.getByRole('button', { name: 'Ingest Sample…' });
    assert.ok(await ingest.isEnabled(), 'Ingest Sample is offered on the built-in sandbox');
    await ingest.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    assert.match(await dialog.innerText(), /PutProfileObject/);
    await dialog.getByRole('button', { name: 'Ingest Sample' }).click();

    // The resulting profile opens: the customer, with the new contact record among the CTR objects.
    await page.locator('.tab.active', { hasText: customer.firstName ?? customer.name }).waitFor({ timeout: 30_000 });
    const profile = activeWebview(page);
    await profile.locator('h1', { hasText: customer.firstName ?? customer.name }).waitFor({ timeout: 30_000 });
    assert.match(await profile.locator('.meta').innerText(), new RegExp(`ProfileId ${customer.profileId}`));
    const objects = profile.locator('.box-objects');
    await objects.getByText(contactId).first().waitFor({ state: 'attached', timeout: 30_000 });
    await objects.scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'journey-02-ingested-object');

    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Customer Profiles: Stop Local Sandbox');
    await page.locator('.statusbar-item', { hasText: /sandbox\s*$/ }).first().waitFor({ state: 'detached', timeout: 30_000 });
  });
});
