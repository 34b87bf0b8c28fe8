// The README's pictures, taken from the real workbench (code-server) against the sandbox's demo data at 1280×800, so
// they show what the extension really looks like today: the explorer tree, a matches group with the merge composer
// (light and dark), a profile view, the domain JSON editor with a schema squiggle and its hover, and the built-in
// sandbox. Every picture lands in the run's screenshots (readme-*.png, to look at); with CPX_README_IMAGES=1 they
// also overwrite docs/images/*.png, the committed files the README links to (`npm run readme:images`). Not by
// default: a CI run of a fresh clone would otherwise leave modified binaries in the working tree on every run.
// Last, README.md itself in VS Code's Markdown preview (readme-preview.png, screenshots only): its images render.
// Runs after the feature scenarios and before the journey (which starts and stops the built-in sandbox itself).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../harness/paths';
import { world } from './world';
import { sandboxCall } from './sandboxApi';
import { activeWebview, activityBarEntry, closeEditorsReverted, expand, openWalkthrough, pickQuickInputRow, restoreRunnerDefaults, rowLabelled, runCommand, runCommandOnceListed, screenshot, setTheme, switchConnectionAndWaitForTree, treeRow } from './workbench';

const DOMAIN = 'demo-retail';
const WALKTHROUGH = 'Get started with Customer Profiles Explorer';
const README_IMAGES = path.join(PROJECT_ROOT, 'docs', 'images');
const WRITE_README_IMAGES = process.env.CPX_README_IMAGES === '1';

interface MatchItem { MatchId: string; ProfileIds: string[] }
interface Profile { ProfileId: string; FirstName?: string; LastName?: string; [k: string]: unknown }

/** A screenshot for the README: always into the run's screenshots, into docs/images only when asked to. */
async function readmeImage(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  const file = path.join(world().screenshotDir, `readme-${name}.png`);
  await page.screenshot({ path: file, clip });
  if (WRITE_README_IMAGES) {
    fs.mkdirSync(README_IMAGES, { recursive: true });
    fs.copyFileSync(file, path.join(README_IMAGES, `${name}.png`));
  }
}

/** Moves the mouse off the tree and closes hovers: a row's tooltip would cover the picture. */
async function clearHover(page: Page): Promise<void> {
  await page.mouse.move(1000, 790);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
}

/** Waits until the palette lists `title` (the extension host registered the extension's commands), then closes it. */
async function commandsListed(page: Page, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const listed = await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first()
      .waitFor({ timeout: 5_000 }).then(() => true, () => false);
    await page.keyboard.press('Escape');
    if (listed) return;
    if (attempt >= 12) throw new Error(`the palette never listed "${title}"`);
    await page.waitForTimeout(2_000);
  }
}

async function dismissNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
}

/** A demo group worth showing: 3+ real people (not the XSS probe cluster) whose records differ somewhere. */
async function showcaseGroup(): Promise<MatchItem> {
  const { Matches } = await sandboxCall<{ Matches: MatchItem[] }>('GET', `/domains/${DOMAIN}/matches?max-results=100`);
  for (const m of Matches.filter((g) => g.ProfileIds.length >= 3)) {
    const { Profiles = [] } = await sandboxCall<{ Profiles?: Profile[] }>('POST', `/domains/${DOMAIN}/batch-get-profiles`, { ProfileIds: m.ProfileIds.slice(0, 20) });
    if (Profiles.length !== m.ProfileIds.length || Profiles.some((p) => JSON.stringify(p).includes('<'))) continue;
    const firstNames = new Set(Profiles.map((p) => String(p.FirstName ?? '').trim().toLowerCase()));
    const emails = new Set(Profiles.map((p) => String(p.EmailAddress ?? '')));
    if (firstNames.size > 1 || emails.size > 1) return m;
  }
  throw new Error('no demo group with 3+ profiles that differ');
}

describe('readme: the README images from the real workbench', function () {
  this.timeout(90_000);

  before(async () => {
    const { page } = world();
    try {
      // Run alone (E2E_GREP), the workbench may still be starting: the extension's view container is there once it is.
      await activityBarEntry(page).waitFor({ timeout: 60_000 });
      await page.setViewportSize({ width: 1280, height: 800 });
      // A dialog left by an earlier scenario makes the rest of the workbench inert.
      if (await page.locator('.monaco-dialog-box').isVisible().catch(() => false)) await page.keyboard.press('Escape');
      await setTheme(page, 'Default Light Modern');
      await runCommandOnceListed(page, 'View: Close All Editors');
      await dismissNotifications(page);
    } catch (e) {
      await screenshot(page, world().screenshotDir, 'failed-readme-before').catch(() => undefined);
      throw e;
    }
  });

  after(() => restoreRunnerDefaults(world().page));

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await screenshot(world().page, world().screenshotDir, `failed-readme-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    }
  });

  it('the explorer: demo-retail expanded into matches, profiles, object types and jobs', async () => {
    const { page } = world();
    if (!(await treeRow(page, DOMAIN).first().isVisible())) await activityBarEntry(page).click();
    await expand(rowLabelled(page, DOMAIN).first());
    await expand(rowLabelled(page, 'Object Types').first());
    await expand(rowLabelled(page, 'Identity Resolution Jobs').first());
    for (const item of ['Matches', 'Profiles', 'CTR', 'Upload Jobs', 'Workflows']) await rowLabelled(page, item).first().waitFor({ timeout: 30_000 });
    await treeRow(page, 'potential matches').first().waitFor({ timeout: 30_000 });
    await clearHover(page);
    // The activity bar and the side bar down to the last row: the editor area is empty here.
    await readmeImage(page, 'explorer', { x: 0, y: 0, width: 350, height: 400 });
  });

  it('the matches review: a group side by side and the merge composer with a picked field', async () => {
    const { page } = world();
    const group = await showcaseGroup();
    await clearHover(page);
    // The panel gets the window's width, as a reviewer would give it: side bar closed, opened from the palette.
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Customer Profiles: Review Matches…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().waitFor({ timeout: 30_000 });
    await page.locator('.quick-input-widget input').fill(DOMAIN);
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: `Matches: ${DOMAIN}` }).waitFor({ timeout: 30_000 });
    const view = activeWebview(page);
    await view.locator('.overview[data-done="true"]').waitFor({ timeout: 60_000 });
    await view.locator('input[type="search"]').fill(group.MatchId);
    await view.locator('.filter-summary', { hasText: `search “${group.MatchId}”` }).waitFor({ timeout: 20_000 });
    await view.locator(`.vlist-row:not([hidden])[data-match-id="${group.MatchId}"]`).click();
    await view.locator('table.compare').waitFor({ timeout: 20_000 });
    // The group stays open with the whole list back.
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await view.locator('.filter-summary', { hasText: `search “${group.MatchId}”` }).waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
    await view.locator('.detail h2', { hasText: `Group ${group.MatchId}` }).waitFor({ timeout: 20_000 });
    await view.locator('table.compare').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await readmeImage(page, 'matches');
    // Take one differing field from another profile than the main one, so the preview shows a picked source.
    await view.locator('table.compare tbody tr.differs td.pickable:not(.is-main):not(.empty)').first().click();
    await view.locator('table.compare td.picked').waitFor({ timeout: 10_000 });
    await view.getByRole('button', { name: /Hide overview/ }).click();
    await view.getByRole('button', { name: /Show overview/ }).waitFor({ timeout: 10_000 });
    // The layout change re-renders the group: scroll once the composer stands still.
    await page.waitForTimeout(500);
    await view.locator('.composer').scrollIntoViewIfNeeded().catch(() => view.locator('.composer').scrollIntoViewIfNeeded());
    await page.waitForTimeout(300);
    await readmeImage(page, 'matches-composer');
    await view.getByRole('button', { name: /Show overview/ }).click();
    await setTheme(page, 'Default Dark Modern');
    await view.locator('table.compare').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await readmeImage(page, 'matches-dark');
    await setTheme(page, 'Default Light Modern');
    await runCommandOnceListed(page, 'View: Close All Editors');
    await activityBarEntry(page).click();
  });

  it('a profile view: attributes, keys, objects, history', async () => {
    const { page } = world();
    const group = await showcaseGroup();
    const profileId = group.ProfileIds[0];
    await runCommand(page, 'Customer Profiles: Open Profile…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().waitFor({ timeout: 20_000 });
    await input.fill(DOMAIN);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-message', { hasText: /ProfileId|32/ }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await input.fill(profileId);
    await page.keyboard.press('Enter');
    const view = activeWebview(page);
    await view.locator('.meta', { hasText: profileId }).waitFor({ timeout: 30_000 });
    await view.locator('.box-history .hrow').first().waitFor({ timeout: 30_000 });
    await view.locator('.box-objects details.object').first().waitFor({ timeout: 30_000 });
    await clearHover(page);
    await readmeImage(page, 'profile');
    await runCommandOnceListed(page, 'View: Close All Editors');
  });

  it('the domain JSON editor: a schema squiggle and its hover with the API documentation', async () => {
    const { page } = world();
    await runCommandOnceListed(page, 'Customer Profiles: Edit Domain Configuration');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DOMAIN }).first().click({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .tab.active', { hasText: `${DOMAIN}.json` }).waitFor({ timeout: 30_000 });
    const day = page.locator('.editor-group-container.active .view-lines span span', { hasText: /^"?SATURDAY"?$/ }).last();
    await day.waitFor({ timeout: 30_000 });
    await day.dblclick();
    await page.locator('.statusbar', { hasText: '(8 selected)' }).waitFor({ timeout: 10_000 });
    await page.keyboard.type('FUNDAY');
    await page.locator('.editor-group-container.active .squiggly-warning, .editor-group-container.active .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .view-line span', { hasText: 'FUNDAY' }).last().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Value is not accepted' }).first();
    await hover.waitFor({ timeout: 20_000 });
    assert.match(await hover.innerText(), /The day when the Identity Resolution Job should run every week/);
    await readmeImage(page, 'domain-json');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Control+Z'); // back to SATURDAY
    await closeEditorsReverted(page);
  });

  it('the built-in sandbox: Start Local Sandbox from the walkthrough, the status bar says "sandbox"', async () => {
    const { page } = world();
    await dismissNotifications(page);
    const walkthrough = await openWalkthrough(page, WALKTHROUGH);
    const connect = walkthrough.locator('.getting-started-step', { hasText: 'Connect to AWS or the local sandbox' }).first();
    await connect.waitFor({ timeout: 30_000 });
    await connect.locator('.step-title').click();
    const item = page.locator('.statusbar-item', { hasText: /sandbox\s*$/ }).first();
    await switchConnectionAndWaitForTree(page, async () => {
      await connect.getByRole('button', { name: 'Start Local Sandbox' }).click();
      await item.waitFor({ timeout: 60_000 });
    });
    for (const domain of [DOMAIN, 'demo-rules', 'demo-empty']) await rowLabelled(page, domain).first().waitFor({ timeout: 30_000 });
    await expand(rowLabelled(page, 'demo-rules').first());
    await rowLabelled(page, 'Rule-based Matches').first().waitFor({ timeout: 30_000 });
    await item.hover();
    await page.waitForTimeout(1500); // the status bar tooltip shows after a hover delay
    await readmeImage(page, 'sandbox');
    await page.mouse.move(5, 400);
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Customer Profiles: Stop Local Sandbox');
    await item.waitFor({ state: 'detached', timeout: 30_000 });
    await dismissNotifications(page);
  });

  it('README.md in the Markdown preview shows every image (none broken)', async () => {
    const { page, url, screenshotDir } = world();
    // A copy of the README and its docs/ in a folder window, as the repository's README renders on its own.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-e2e-readme-'));
    fs.copyFileSync(path.join(PROJECT_ROOT, 'README.md'), path.join(folder, 'README.md'));
    fs.cpSync(path.join(PROJECT_ROOT, 'docs'), path.join(folder, 'docs'), { recursive: true });
    const back = page.url();
    try {
      await page.goto(`${url}?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      const trust = page.locator('.monaco-dialog-box', { hasText: /trust/i });
      if (await trust.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
        await trust.getByRole('button', { name: /Yes, I trust/ }).click();
      }
      // A folder with a README opens it in the preview by itself (workbench.startupEditor "readme"); if not, open it
      // and run "Markdown: Open Preview" (markdown.showPreview) as a user would.
      const preview = activeWebview(page);
      const title = preview.locator('h1', { hasText: 'Customer Profiles Explorer' });
      if (!(await title.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill('README.md');
        await pickQuickInputRow(page, 'README.md');
        await page.locator('.editor-group-container.active .tab.active', { hasText: 'README.md' }).waitFor({ timeout: 30_000 });
        await runCommandOnceListed(page, 'Markdown: Open Preview');
        await title.waitFor({ timeout: 30_000 });
      }
      const images = preview.locator('img');
      await images.first().waitFor({ timeout: 30_000 });
      const srcs = await images.evaluateAll((els) => els.map((e) => (e as HTMLImageElement).getAttribute('src') ?? ''));
      assert.ok(srcs.length >= 5, `README images: ${srcs.join(', ')}`);
      // Loaded and decoded, with a real size: a broken image has naturalWidth 0.
      for (let i = 0; i < srcs.length; i++) {
        const img = images.nth(i);
        await img.scrollIntoViewIfNeeded();
        await img.evaluate((e) => (e as HTMLImageElement).decode().catch(() => undefined));
        const width = await img.evaluate((e) => (e as HTMLImageElement).naturalWidth);
        assert.ok(width > 100, `image ${srcs[i]} did not render (naturalWidth ${width})`);
      }
      // The pitch with the first picture, then the matches pictures: rendered pictures, not broken-image icons.
      await images.nth(0).evaluate((e) => e.scrollIntoView({ block: 'end' }));
      await page.waitForTimeout(500);
      await screenshot(page, screenshotDir, 'readme-preview');
      await images.nth(1).evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(500);
      await screenshot(page, screenshotDir, 'readme-preview-2');
      await runCommandOnceListed(page, 'View: Close All Editors');
    } catch (e) {
      await screenshot(page, screenshotDir, 'failed-readme-preview-in-folder').catch(() => undefined);
      throw e;
    } finally {
      await page.goto(back).catch(() => undefined);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 }).catch(() => undefined);
      fs.rmSync(folder, { recursive: true, force: true });
      // The scenarios after this one run palette commands at once: hand them a window whose extension host has
      // registered ours (right after a load the palette does not list them for a few seconds).
      await commandsListed(page, 'Customer Profiles: Search Profiles…').catch(() => undefined);
    }
  });
});
