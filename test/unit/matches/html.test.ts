import * as assert from 'assert';
import { escapeHtml, nonceFrom, renderMatchesHtml } from '../../../src/host/matches/html';

describe('matches: webview HTML', () => {
  const nonce = nonceFrom(new Uint8Array(32).map((_, i) => i * 7));
  const html = renderMatchesHtml({ nonce, cspSource: 'https://cspsrc.example', scriptUri: 'https://cspsrc.example/matches.js', phoneLibraryUri: 'https://cspsrc.example/phone.js', styleUri: 'https://cspsrc.example/matches.css' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';

  it('has a CSP with default-src none, the nonce and nothing inline', () => {
    assert.strictEqual(csp, `default-src 'none'; style-src https://cspsrc.example; script-src 'nonce-${nonce}'; img-src https://cspsrc.example data:; font-src https://cspsrc.example`);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp));
  });

  it('every script carries the nonce and none is inline; the phone library loads before the page\'s bundle', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.deepStrictEqual(scripts.map(([, attrs]) => /src="([^"]*)"/.exec(attrs)?.[1]),
      ['https://cspsrc.example/phone.js', 'https://cspsrc.example/matches.js']);
    for (const [, attrs, body] of scripts) {
      assert.ok(attrs.includes(`nonce="${nonce}"`));
      assert.strictEqual(body.trim(), '');
    }
    assert.ok(!/ on[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/style="/.test(html), 'no inline styles');
  });

  it('refuses a weak nonce and escapes attribute values', () => {
    assert.throws(() => renderMatchesHtml({ nonce: 'abc', cspSource: 'x', scriptUri: 'x', phoneLibraryUri: 'x', styleUri: 'x' }), /nonce/);
    const h = renderMatchesHtml({ nonce, cspSource: 'x', scriptUri: 'x"><script>alert(1)</script>', phoneLibraryUri: 'y"><script>alert(2)</script>', styleUri: 'x', title: '<b>' });
    assert.ok(!h.includes('<script>alert(2)'));
    assert.ok(!h.includes('<script>alert(1)'));
    assert.ok(h.includes('<title>&lt;b&gt;</title>'));
    assert.strictEqual(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
  });

  it('nonces differ for different random bytes and are 32 url-safe characters', () => {
    const other = nonceFrom(new Uint8Array(32).fill(3));
    assert.notStrictEqual(nonce, other);
    assert.match(nonce, /^[A-Za-z0-9_-]{32}$/);
  });

  it('embeds the display language bundle as escaped JSON for the front-end, and nothing in English', () => {
    assert.ok(!html.includes('data-l10n'), 'no bundle, no attribute');
    const bundle = { 'Loading matches…': 'Chargement "des" <correspondances>…' };
    const h = renderMatchesHtml({ nonce, cspSource: 'x', scriptUri: 'x', phoneLibraryUri: 'x', styleUri: 'x', l10nBundle: bundle });
    const attr = /data-l10n="([^"]*)"/.exec(h);
    assert.ok(attr, 'the bundle is on #app');
    assert.ok(!attr[1].includes('<'), 'no raw markup inside the attribute');
    const decoded = attr[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), bundle);
  });
});
