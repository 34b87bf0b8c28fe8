// The profile view in the real workbench (code-server) against the sandbox's demo data, driven like a user: the
// palette's "Open Profile…" (domain, then ProfileId), the view's header, attributes, objects and history, one
// history record opened, at 1280×800 in the light and the dark theme (screenshots to look at).
import * as assert from 'assert';
import { world } from './world';
import { activeWebview as webview, activityBarEntry, restoreRunnerDefaults, runCommand, screenshot, setTheme } from './workbench';
import { sandboxCall } from './sandboxApi';

const DOMAIN = 'demo-retail';

describe('profile view in code-server against the sandbox', function () {
  this.timeout(90_000);
  let profileId = '';
  let firstName = '';

  before(async () => {
    const { page } = world();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Run alone (E2E_GREP), the workbench may still be starting: the extension's view container is there once it is.
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    const matches = await sandboxCall<{ Matches: { ProfileIds: string[] }[] }>('GET', `/domains/${DOMAIN}/matches?max-results=1`);
    profileId = matches.Matches[0].ProfileIds[0];
    const found = await sandboxCall<{ Items: { FirstName?: string }[] }>('POST', `/domains/${DOMAIN}/profiles/search`, { KeyName: '_profileId', Values: [profileId] });
    firstName = found.Items[0]?.FirstName ?? '';
  });

  after(() => restoreRunnerDefaults(world().page));

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-profile-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  it('Open Profile… from the palette: domain, then ProfileId; the view shows the customer', async () => {
    const { page, screenshotDir } = world();
    await runCommand(page, 'Customer Profiles: Open Profile…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().waitFor({ timeout: 20_000 });
    await input.fill(DOMAIN);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-message', { hasText: /ProfileId|32/ }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await input.fill(profileId);
    await page.keyboard.press('Enter');
    const view = webview(page);
    await view.locator('h1', { hasText: firstName }).waitFor({ timeout: 30_000 });
    await view.locator('.box-history .hrow').first().waitFor({ timeout: 30_000 });
    await view.locator('.box-objects details.object').first().waitFor({ timeout: 30_000 });
    assert.match(await view.locator('.meta').innerText(), new RegExp(`ProfileId ${profileId}`));
    await setTheme(page, 'Default Light Modern');
    await screenshot(page, screenshotDir, 'profile-01-light');
  });

  it('a history record opens its content; dark theme stays legible', async () => {
    const { page, screenshotDir } = world();
    const view = webview(page);
    await view.locator('.box-history button[data-record]').first().click();
    await view.locator('.box-history pre.json').first().waitFor({ timeout: 20_000 });
    await setTheme(page, 'Default Dark Modern');
    await view.locator('.header').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-02-dark');
    // Scrolled to the history and objects (below the fold at 1280×800).
    await view.locator('.box-history').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-03-dark-history');
    await setTheme(page, 'Default High Contrast');
    await view.locator('.header').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-04-high-contrast');
  });
});
