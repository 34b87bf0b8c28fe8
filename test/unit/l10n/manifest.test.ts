// The manifest is localizable: every string VS Code shows from package.json (titles, categories, view names, welcome
// contents, walkthrough text and alt text, setting descriptions, the untrusted-workspace note) is a "%key%" with its
// English text in package.nls.json, and package.nls.json holds no key nothing uses. A translator then only adds a
// package.nls.<language>.json.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { manifestStrings, placeholderKey, rawManifest, ROOT } from '../manifest/localizedManifest';

// Properties whose string values VS Code shows to users (menus, ids, when clauses, icons and paths carry no text).
const TEXT_PROPERTIES = new Set([
  'title', 'shortTitle', 'category', 'name', 'contextualTitle', 'contents', 'description', 'markdownDescription', 'altText',
  'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions',
  'label', 'tooltip', 'displayName', 'languageName', 'placeholder',
]);

interface Shown { where: string; value: string }

/** Every user-visible string of the manifest, with where it is. */
function shownStrings(manifest: Record<string, unknown>): Shown[] {
  const out: Shown[] = [];
  const walk = (value: unknown, where: string, textual: boolean): void => {
    if (typeof value === 'string') { if (textual) out.push({ where, value }); return; }
    if (Array.isArray(value)) { value.forEach((v, i) => walk(v, `${where}[${i}]`, textual)); return; }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, TEXT_PROPERTIES.has(k));
    }
  };
  walk(manifest.contributes, 'contributes', false);
  walk(manifest.capabilities, 'capabilities', false);
  out.push({ where: 'displayName', value: String(manifest.displayName) }, { where: 'description', value: String(manifest.description) });
  return out;
}

describe('l10n: the manifest (package.json + package.nls.json)', () => {
  const manifest = rawManifest() as Record<string, unknown>;
  const strings = manifestStrings();
  const shown = shownStrings(manifest);

  it('finds the strings users read (commands, views, welcome, walkthrough, settings)', () => {
    const where = shown.map((s) => s.where);
    for (const expected of ['contributes.commands[0].title', 'contributes.commands[0].category', 'contributes.views.customerProfiles[0].name',
      'contributes.viewsWelcome[0].contents', 'contributes.walkthroughs[0].steps[0].media.altText', 'contributes.configuration.title']) {
      assert.ok(where.some((w) => w.startsWith(expected)), `${expected} not found among ${where.length} strings`);
    }
    assert.ok(shown.length > 60, `only ${shown.length} strings`);
  });

  it('every user-visible string is a "%key%" placeholder', () => {
    const literal = shown.filter((s) => placeholderKey(s.value) === undefined).map((s) => `${s.where} = ${JSON.stringify(s.value.slice(0, 60))}`);
    assert.deepStrictEqual(literal, [], 'hard-coded manifest text: move it to package.nls.json');
  });

  it('every placeholder has its English text in package.nls.json', () => {
    const missing = shown.map((s) => placeholderKey(s.value)).filter((k): k is string => k !== undefined && !(k in strings));
    assert.deepStrictEqual(missing, []);
  });

  it('package.nls.json has no orphan keys (each one is used in package.json)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    assert.deepStrictEqual(Object.keys(strings).filter((k) => !text.includes(`"%${k}%"`)), []);
  });

  it('package.nls.json values are non-empty text, and it ships in the .vsix', () => {
    assert.deepStrictEqual(Object.entries(strings).filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k), []);
    const allowed = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(allowed.includes('!package.nls.json'), '.vscodeignore must keep package.nls.json, else the installed extension shows "%key%"');
  });
});
