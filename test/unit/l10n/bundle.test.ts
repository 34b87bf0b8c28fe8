// l10n/bundle.l10n.json (what translators start from) is exactly what `npm run l10n` extracts from src/ and media/
// now: a new or changed string without a fresh export fails here, naming the strings.
import * as assert from 'assert';
import * as fs from 'fs';
import { exporter, type BundleEntry } from './exporter';

describe('l10n: the committed string bundle', () => {
  it('sees the house-style `import vscode = require(\'vscode\')` calls (l10n-dev alone does not)', async () => {
    const { getL10nJson } = await import('@vscode/l10n-dev');
    const source = "import vscode = require('vscode');\nvscode.l10n.t('Deleted {0}.', name);";
    assert.deepStrictEqual(await getL10nJson([{ extension: '.ts', contents: exporter.asExtractable(source) }]), { 'Deleted {0}.': 'Deleted {0}.' });
  });

  it('l10n/bundle.l10n.json equals a fresh extraction (run `npm run l10n`)', async function () {
    this.timeout(60_000);
    const fresh = await exporter.extractBundle();
    const committed = fs.existsSync(exporter.BUNDLE_FILE)
      ? JSON.parse(fs.readFileSync(exporter.BUNDLE_FILE, 'utf8')) as Record<string, BundleEntry>
      : {};
    const missing = Object.keys(fresh).filter((k) => !(k in committed));
    const stale = Object.keys(committed).filter((k) => !(k in fresh));
    assert.deepStrictEqual({ missing, stale }, { missing: [], stale: [] }, 'l10n/bundle.l10n.json is out of date: run `npm run l10n`');
    assert.deepStrictEqual(committed, fresh);
    assert.ok(Object.keys(fresh).length > 50, `only ${Object.keys(fresh).length} strings extracted`);
  });
});
