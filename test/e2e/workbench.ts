// Page helpers for VS Code's workbench DOM (code-server 4.139 / VS Code 1.139; e2e runs on the newest).
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

export const VIEW_TITLE = 'Customer Profiles';

/** The activity-bar entry of a view container (role=tab, aria-label = container title). */
export function activityBarEntry(page: Page, title = VIEW_TITLE): Locator {
  return page.locator('.activitybar').getByRole('tab', { name: title });
}

/** Tree rows of the side bar whose text contains / matches `text`. */
export function treeRow(page: Page, text: string | RegExp): Locator {
  return page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: text });
}

/** The tree row whose label is exactly `label`. */
export function rowLabelled(page: Page, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.part.sidebar .monaco-list-row[role="treeitem"]').filter({ has: page.locator('.label-name', { hasText: exact }) });
}

/**
 * Runs `switchConnection` and waits until the tree shows the NEW connection's rows. The suite's external sandbox and
 * the built-in one list the same demo domains, so right after the status bar changes the rows on screen can still be
 * the old connection's: a click there expands a row that is then replaced collapsed (node ids carry the connection),
 * and a context-menu command on a replaced row gets no node and asks for a domain instead (last CI, twice).
 * The mark: `marker` expanded in the old tree comes back collapsed in the new one.
 */
export async function switchConnectionAndWaitForTree(page: Page, switchConnection: () => Promise<void>, marker = 'demo-empty'): Promise<void> {
  if (!(await rowLabelled(page, marker).first().isVisible())) await activityBarEntry(page).click();
  const old = rowLabelled(page, marker).first();
  await old.waitFor({ timeout: 30_000 });
  await expand(old);
  await switchConnection();
  await rowLabelled(page, marker).and(page.locator('[aria-expanded="false"]')).first().waitFor({ timeout: 30_000 });
}

export async function treeLabels(page: Page): Promise<string[]> {
  const labels = await page.locator('.part.sidebar .monaco-list-row[role="treeitem"] .label-name').allInnerTexts();
  return labels.map((l) => l.trim());
}

/** Expands a collapsed tree row (no-op when already expanded). */
export async function expand(row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) !== 'true') {
    await row.locator('.monaco-tl-twistie').click();
  }
  await row.and(row.page().locator('[aria-expanded="true"]')).waitFor({ timeout: 20_000 });
}

/** Runs a command from the palette by its title as shown there ("Category: Title"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/**
 * runCommand, retried: the palette lists contributed commands only once the extension host has registered the
 * extension, which right after start (a scenario run alone) can take a few seconds.
 */
export async function runCommandOnceListed(page: Page, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runCommand(page, title);
    } catch (e) {
      if (attempt >= 6) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2_000);
    }
  }
}

/** Leaves no dialog and no dirty editor behind: revert and close every editor (after a JSON editing scenario). */
export async function closeEditorsReverted(page: Page): Promise<void> {
  if (await page.locator('.monaco-dialog-box').isVisible().catch(() => false)) await page.keyboard.press('Escape');
  await runCommand(page, 'File: Revert File').catch(() => undefined);
  await runCommand(page, 'View: Close All Editors').catch(() => undefined);
}

/** Right-clicks a row and picks a context-menu item by its label. */
export async function contextMenu(row: Locator, item: string): Promise<void> {
  const page = row.page();
  await row.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu');
  await menu.waitFor({ state: 'visible', timeout: 10_000 });
  // Choose with the keyboard: the menu ignores a mouse click that comes too soon after it opened.
  const items = menu.locator('.action-item:not(.disabled) .action-label:not(.separator)');
  const labels = (await items.allInnerTexts()).map((l) => l.trim());
  const index = labels.indexOf(item);
  if (index < 0) throw new Error(`no "${item}" in the context menu (${labels.join(', ')})`);
  const focused = menu.locator('.action-item.focused .action-label');
  for (let presses = 0; ; presses++) {
    const current = (await focused.count()) > 0 ? (await focused.innerText()).trim() : undefined;
    if (current === item) break;
    if (presses > labels.length) throw new Error(`could not focus "${item}" in the context menu`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The text of the active editor (visible lines only; Monaco virtualises long documents). */
export async function activeEditorText(page: Page): Promise<string> {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  await lines.first().waitFor({ timeout: 20_000 });
  // Monaco recycles line elements, so DOM order is not line order: sort by their vertical position.
  const rows = await lines.evaluateAll((els) => els.map((e) => ({ top: parseFloat((e as HTMLElement).style.top) || 0, text: e.textContent ?? '' })));
  return rows.sort((a, b) => a.top - b.top).map((r) => r.text.replace(/\u00a0/g, ' ')).join('\n');
}

export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Picks a row of the open quick input by the start of its label (Enter could pick a fuzzier match above it). */
export async function pickQuickInputRow(page: Page, label: string): Promise<void> {
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${label}"]`).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/**
 * Chooses `label` in the quick pick titled `title` with the keyboard, as after a context menu: a click on the list
 * while the widget still animates in can miss it. Typing the label focuses its row; Enter takes it.
 */
export async function chooseInQuickPick(page: Page, title: string, label: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 20_000 });
  await page.locator('.quick-input-widget input').fill(label);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Sets `workbench.colorTheme` through "Preferences: Color Theme", as a user would. */
export type ThemeLabel = 'Default Light Modern' | 'Default Dark Modern' | 'Default High Contrast';
const THEME_CLASS: Record<ThemeLabel, string> = { 'Default Light Modern': 'vs', 'Default Dark Modern': 'vs-dark', 'Default High Contrast': 'hc-black' };
// What the Color Theme picker shows. The setting values (ids) changed after VS Code 1.100 ("Default Dark Modern"
// became "Dark Modern"), the labels did not, so the picker is filtered and matched by label on every version.
const PICKER_LABEL: Record<ThemeLabel, string> = { 'Default Light Modern': 'Light Modern', 'Default Dark Modern': 'Dark Modern', 'Default High Contrast': 'Dark High Contrast' };

export async function setTheme(page: Page, theme: ThemeLabel): Promise<void> {
  // Already there: nothing to pick (and right after start the picker may not list the themes yet).
  if (await page.locator(`.monaco-workbench.${THEME_CLASS[theme]}`).count()) return;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('>Preferences: Color Theme');
  await pickQuickInputRow(page, 'Preferences: Color Theme');
  const label = PICKER_LABEL[theme];
  await input.fill(label);
  // Theme rows read "Dark Modern  Default Dark Modern" on 1.100 (label, then the setting value), "Dark Modern" later;
  // no other default theme's row contains these labels ("Light High Contrast" is not "Dark High Contrast").
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await page.locator(`.monaco-workbench.${THEME_CLASS[theme]}`).waitFor({ timeout: 15_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
  await page.waitForTimeout(500); // the webview picks the theme's variables up a moment later
}

/** The active webview's content frame (VS Code nests the webview document in iframe#active-frame). */
export function activeWebview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** What the scenarios after one that changed them expect: the light theme and the runner's window size. */
export async function restoreRunnerDefaults(page: Page): Promise<void> {
  await setTheme(page, 'Default Light Modern').catch(() => undefined);
  await page.setViewportSize({ width: 1400, height: 850 });
}

/** "Welcome: Open Walkthrough…" from the palette, then the walkthrough titled `title`; returns its container. */
export async function openWalkthrough(page: Page, title: string): Promise<Locator> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('>Welcome: Open Walkthrough');
  await pickQuickInputRow(page, 'Welcome: Open Walkthrough');
  await input.fill('Customer Profiles');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
  return page.locator('.gettingStartedContainer');
}
