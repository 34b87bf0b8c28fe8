// The pseudo locale (qps-ploc) in a real workbench: a second code-server started with --locale qps-ploc and the
// extension's strings pseudo-translated (test/harness/pseudoLocale.ts), so any text the extension shows in English
// there was never translated. Checks the manifest (activity bar and view title, a command in the palette), the host's
// strings (the Connection quick pick) and a webview (the matches panel: the bundle the host hands it and the text it
// renders), and leaves pseudo-locale-workbench.png (1280x800). Its own code-server, page and state: it does not
// touch the English workbench the other scenarios share.
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { installBuiltExtension, isolatedAwsEnv, startCodeServer, type RunningCodeServer } from '../harness/codeServer';
import { CACHE_DIR, stateDirName } from '../harness/paths';
import { PSEUDO_LOCALE, installPseudoLanguagePack, pseudoTranslateExtension, type PseudoStrings } from '../harness/pseudoLocale';
import { world } from './world';
import { activeWebview, activityBarEntry, pickQuickInputRow, screenshot } from './workbench';
import * as fs from 'fs';

const DOMAIN = 'demo-retail';

describe('pseudo-locale (qps-ploc): the extension translated end to end', function () {
  this.timeout(240_000);
  let server: RunningCodeServer | undefined;
  let page: Page;
  let strings: PseudoStrings;
  const manifest = (key: string): string => {
    const text = strings.manifest[key];
    assert.ok(text, `no pseudo text for ${key}`);
    return text;
  };
  const message = (english: string): string => {
    const text = strings.bundle[english];
    assert.ok(text && text !== english, `no pseudo text for "${english}"`);
    return text;
  };

  before(async () => {
    const stateDir = path.join(CACHE_DIR, stateDirName('e2e'), 'pseudo-locale');
    fs.rmSync(stateDir, { recursive: true, force: true });
    const extensionsDir = path.join(stateDir, 'extensions');
    strings = pseudoTranslateExtension(installBuiltExtension(extensionsDir));
    installPseudoLanguagePack(extensionsDir, path.join(stateDir, 'user-data'));
    server = await startCodeServer({
      stateDir, extensionsDir, env: isolatedAwsEnv(stateDir), locale: PSEUDO_LOCALE,
      settings: { 'customerProfiles.endpoint': world().endpoint },
    });
    page = await world().page.context().newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    page.setDefaultTimeout(30_000);
    await page.goto(server.url, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await page?.close().catch(() => undefined);
    await server?.stop();
  });

  it('shows the view container and the view under their pseudo-translated titles', async () => {
    assert.notStrictEqual(manifest('viewsContainer.customerProfiles.title'), 'Customer Profiles');
    await activityBarEntry(page, manifest('viewsContainer.customerProfiles.title')).click();
    await page.locator('.part.sidebar .title-label', { hasText: manifest('view.explorer.name') }).first().waitFor({ timeout: 30_000 });
    await page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: DOMAIN }).first().waitFor({ timeout: 60_000 });
  });

  it('lists a command in the palette as "pseudo category: pseudo title"', async () => {
    const title = manifest('command.showConnectionMenu.title');
    const label = `${manifest('command.category')}: ${title}`;
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill(`>${title}`);
      try {
        await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 6) throw e; // the palette lists contributed commands once the extension host registered them
        await page.keyboard.press('Escape');
        await page.waitForTimeout(2_000);
      }
    }
    await page.keyboard.press('Enter');
  });

  it('the host\'s quick pick (the Connection menu) is pseudo-translated: title and rows', async () => {
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: message('Customer Profiles Connection') }).waitFor({ timeout: 20_000 });
    const rows = (await widget.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts()).map((t) => t.trim());
    for (const english of ['Select AWS Profile…', 'Select Region…', 'Set Endpoint…', 'Start Local Sandbox', 'Show Log']) {
      assert.ok(rows.some((r) => r.endsWith(message(english))), `no "${message(english)}" row in ${JSON.stringify(rows)}`);
    }
    await page.keyboard.press('Escape');
  });

  it('a webview (the matches panel) gets the pseudo bundle from the host and renders its text with it', async () => {
    const title = manifest('command.reviewMatches.title');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
    await pickQuickInputRow(page, DOMAIN);
    const view = activeWebview(page);
    await view.locator('#app .vlist, #app [role="list"], #app h2, #app h1').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_000); // the first page of groups renders right after the overview
    const handed = await view.locator('#app').getAttribute('data-l10n');
    assert.ok(handed, 'the host put no l10n bundle on #app (data-l10n)');
    assert.deepStrictEqual(JSON.parse(handed) as Record<string, string>, strings.bundle, 'the webview got another bundle than the pseudo one');
    const visible = (await view.locator('#app').innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    const pseudo = new Set(Object.values(strings.bundle));
    const translated = visible.filter((l) => pseudo.has(l) || [...pseudo].some((p) => p.length > 6 && l.includes(p)));
    assert.ok(translated.length >= 3, `pseudo-translated texts in the panel: ${JSON.stringify(translated)} of ${JSON.stringify(visible.slice(0, 30))}`);
    const english = new Set(Object.keys(strings.english).filter((k) => /[a-z]{3}/.test(k)));
    const leftInEnglish = visible.filter((l) => english.has(l));
    assert.deepStrictEqual(leftInEnglish, [], 'texts shown in English although the bundle translates them');
  });

  it('leaves pseudo-locale-workbench.png: view, panel and the Connection menu, pseudo-translated', async () => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${manifest('command.showConnectionMenu.title')}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: manifest('command.showConnectionMenu.title') }).first().click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: message('Customer Profiles Connection') }).waitFor({ timeout: 20_000 });
    await screenshot(page, world().screenshotDir, 'pseudo-locale-workbench');
    await page.keyboard.press('Escape');
  });
});
