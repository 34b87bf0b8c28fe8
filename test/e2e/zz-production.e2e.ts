// The installed (production-mode) extension, seen from another extension: activate() must hand out nothing,
// because the test API gives away the user's client and skips merge and save confirmations. Runs last.
import * as assert from 'assert';
import { world } from './world';
import { runCommand, screenshot } from './workbench';

describe('the installed extension as another extension sees it', function () {
  it('exports nothing from activate()', async () => {
    const { page, screenshotDir } = world();
    // Right after start-up (E2E_GREP runs) the palette may not list other extensions' commands yet: retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await runCommand(page, 'Exports Probe: Check');
        break;
      } catch (e) {
        await page.keyboard.press('Escape');
        if (attempt === 3) {
          await screenshot(page, screenshotDir, 'zz-production-failed');
          throw e;
        }
      }
    }
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'cpx-probe:' }).first();
    await toast.waitFor({ timeout: 30_000 });
    const text = (await toast.innerText()).replace(/\s+/g, ' ');
    await screenshot(page, screenshotDir, 'zz-production-exports');
    assert.match(text, /cpx-probe: exports=undefined keys=\[\]/, text);
  });
});
