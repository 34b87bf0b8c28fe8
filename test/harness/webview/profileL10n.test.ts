// Browser harness: the profile view's webview renders its texts from the host's l10n bundle. The real bundle
// (dist/webview/profile.js) in the real HTML shell with a `data-l10n` bundle, as ProfileViewPanel passes
// vscode.l10n.bundle; the host's messages are posted by hand (a stand-in for acquireVsCodeApi records the
// webview's). Run after `node esbuild.js && npx tsc -p .` (npm run matches-webview).
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { nonceFrom, renderWebviewHtml } from '../../../src/host/webview/html';
import { launchBrowser } from '../browser';
import { PROJECT_ROOT } from '../paths';

/** Keys are the exact English messages of media/profile. */
const BUNDLE = {
  'Keys': 'Clés',
  'Retry': 'Réessayer',
  'domain {0}': 'domaine {0}',
};

describe('profile webview: texts from the l10n bundle', function () {
  this.timeout(120_000);
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-profile-l10n-'));

  before(async () => {
    const dist = path.join(PROJECT_ROOT, 'dist', 'webview');
    server = http.createServer((req, res) => {
      const origin = `http://${req.headers.host}`;
      const url = (req.url ?? '/').split('?')[0];
      if (url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(renderWebviewHtml({
          nonce: nonceFrom(crypto.getRandomValues(new Uint8Array(32))), cspSource: origin, scriptUri: `${origin}/profile.js`,
          styleUri: `${origin}/profile.css`, title: 'Profile', bootText: 'Loading profile…', l10nBundle: BUNDLE,
        }));
      }
      if (url === '/profile.js' || url === '/profile.css') {
        res.writeHead(200, { 'content-type': url.endsWith('.js') ? 'text/javascript' : 'text/css' });
        return void res.end(fs.readFileSync(path.join(dist, url.slice(1))));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    context = await launchBrowser(profileDir);
    page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(`window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });`);
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    await new Promise((r) => server.close(r));
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  it('shows the bundle\'s translations, placeholders filled, and English for messages it does not have', async () => {
    const post = (m: unknown): Promise<unknown> => page.evaluate(`window.postMessage(${JSON.stringify(m)}, '*')`);
    await post({ type: 'init', domainName: 'demo', profileId: 'a'.repeat(32), connectionLabel: 'sandbox (local)', connectionKey: 'k' });
    await post({ type: 'section', section: 'keys', state: { status: 'error', message: 'boom' } });
    const until = Date.now() + 10_000;
    while (!(await page.evaluate(`!!document.querySelector('.box-keys [data-retry]')`))) {
      if (Date.now() > until) throw new Error('the keys section never rendered');
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.strictEqual(await page.evaluate(`document.querySelector('.box-keys h2').textContent`), 'Clés');
    assert.strictEqual(await page.evaluate(`document.querySelector('.box-keys [data-retry]').textContent`), 'Réessayer');
    assert.strictEqual(await page.evaluate(`[...document.querySelectorAll('.meta span')].some((s) => s.textContent === 'domaine demo')`), true, 'placeholder filled');
    assert.strictEqual(await page.evaluate(`[...document.querySelectorAll('button')].some((b) => b.textContent === 'Edit as JSON')`), true, 'untranslated messages stay English');
  });
});
