// The profile view in the real workbench (code-server) against the sandbox's demo data, driven like a user: the
// palette's "Open Profile…" (domain, then ProfileId), the view's header, attributes, objects and history, one
// history record opened, at 1280×800 in the light and the dark theme (screenshots to look at).
import * as assert from 'assert';
import type { FrameLocator, Page } from 'playwright-core';
import { world } from './world';
import { activityBarEntry, runCommand, screenshot } from './workbench';

const DOMAIN = 'demo-retail';

async function sandbox<T>(method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<T> {
  const response = await fetch(`${world().endpoint}${pathAndQuery}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000),
  });
  assert.strictEqual(response.status, 200, `${method} ${pathAndQuery} -> ${response.status}`);
  return (await response.json()) as T;
}

/** The active webview's content frame (VS Code nests the document in iframe#active-frame). */
function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

type ThemeLabel = 'Light Modern' | 'Dark Modern' | 'Dark High Contrast';
const THEME_CLASS: Record<ThemeLabel, string> = { 'Light Modern': 'vs', 'Dark Modern': 'vs-dark', 'Dark High Contrast': 'hc-black' };

async function setTheme(page: Page, label: ThemeLabel): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('>Preferences: Color Theme');
  await page.locator('.quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click();
  await page.locator(`.monaco-workbench.${THEME_CLASS[label]}`).waitFor({ timeout: 15_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
  await page.waitForTimeout(500); // the webview picks the theme's variables up a moment later
}

describe('profile view in code-server against the sandbox', function () {
  this.timeout(90_000);
  let profileId = '';
  let firstName = '';

  before(async () => {
    const { page } = world();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Run alone (E2E_GREP), the workbench may still be starting: the extension's view container is there once it is.
    await activityBarEntry(page).waitFor({ timeout: 60_000 });
    const matches = await sandbox<{ Matches: { ProfileIds: string[] }[] }>('GET', `/domains/${DOMAIN}/matches?max-results=1`);
    profileId = matches.Matches[0].ProfileIds[0];
    const found = await sandbox<{ Items: { FirstName?: string }[] }>('POST', `/domains/${DOMAIN}/profiles/search`, { KeyName: '_profileId', Values: [profileId] });
    firstName = found.Items[0]?.FirstName ?? '';
  });

  after(async () => {
    // The scenarios after this one expect the light theme and the runner's window size.
    await setTheme(world().page, 'Light Modern').catch(() => undefined);
    await world().page.setViewportSize({ width: 1400, height: 850 });
  });

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
    await setTheme(page, 'Light Modern');
    await screenshot(page, screenshotDir, 'profile-01-light');
  });

  it('a history record opens its content; dark theme stays legible', async () => {
    const { page, screenshotDir } = world();
    const view = webview(page);
    await view.locator('.box-history button[data-record]').first().click();
    await view.locator('.box-history pre.json').first().waitFor({ timeout: 20_000 });
    await setTheme(page, 'Dark Modern');
    await view.locator('.header').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-02-dark');
    // Scrolled to the history and objects (below the fold at 1280×800).
    await view.locator('.box-history').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-03-dark-history');
    await setTheme(page, 'Dark High Contrast');
    await view.locator('.header').scrollIntoViewIfNeeded();
    await screenshot(page, screenshotDir, 'profile-04-high-contrast');
  });
});
