// Every schema that contributes.jsonValidation names ships in the .vsix: .vscodeignore is an allow-list, and a
// schema left off it shows "Unable to load schema" on every document of that kind in the installed extension (the
// e2e found that for profile-update.schema.json; this catches it without a workbench).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './modelFixture';

describe('packaging: the jsonValidation schemas ship', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
  const allowed = new Set(
    fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('!')).map((l) => l.slice(1)),
  );
  const urls = [...new Set(manifest.contributes.jsonValidation.map((v) => v.url.replace(/^\.\//, '')))];

  it('names the profile schema too', () => assert.ok(urls.includes('dist/schemas/profile-update.schema.json'), urls.join(', ')));
  for (const url of urls) {
    it(`${url} is on the .vscodeignore allow-list and generated in src/schemas`, () => {
      assert.ok(allowed.has(url), `.vscodeignore lacks !${url}`);
      assert.ok(fs.existsSync(path.join(ROOT, 'src', 'schemas', path.basename(url))), `src/schemas/${path.basename(url)} is missing`);
    });
  }
});

describe('packaging: the lazy bundles ship, the test API does not', () => {
  const allowed = new Set(
    fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('!')).map((l) => l.slice(1)),
  );
  // esbuild.js's LAZY table: every bundle src/lazy.ts requires by name.
  const lazyTable = /const LAZY = \{([^}]*)\}/.exec(fs.readFileSync(path.join(ROOT, 'esbuild.js'), 'utf8'))?.[1] ?? '';
  const bundles = [...lazyTable.matchAll(/:\s*'\.\/([\w.-]+\.js)'/g)].map((m) => `dist/${m[1]}`);

  it('reads the bundle table', () => assert.ok(bundles.includes('dist/aws.js') && bundles.includes('dist/testApi.js'), bundles.join(', ')));
  for (const bundle of bundles) {
    if (bundle === 'dist/testApi.js') {
      it('dist/testApi.js (test hooks) is NOT packaged: an installed extension does not carry them', () => assert.ok(!allowed.has(bundle) && ![...allowed].some((p) => p.includes('*') && bundle.startsWith(p.split('*')[0]))));
    } else {
      it(`${bundle} is packaged (the extension requires it on first use)`, () => assert.ok(allowed.has(bundle), `.vscodeignore lacks !${bundle}`));
    }
  }
});
