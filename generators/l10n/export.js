#!/usr/bin/env node
// Extracts every translatable string (vscode.l10n.t in the extension host, l10n.t from '@vscode/l10n' in pure code and
// webviews) from src/ and media/ into l10n/bundle.l10n.json, the file translators start from (committed; VS Code never
// reads it for English, see .vscodeignore). `npm run l10n` runs this; test/unit/l10n/bundle.test.ts fails when the
// committed bundle differs from a fresh extraction.
//   node generators/l10n/export.js                 write l10n/bundle.l10n.json
//   node generators/l10n/export.js --pseudo <dir>  write pseudo translations (qps-ploc) of the bundle and of
//                                                  package.nls.json into <dir>/l10n and <dir> (the e2e run's
//                                                  installed copy; never committed, never packaged)
'use strict';
const fs = require('fs');
const path = require('path');
const { getL10nJson, getL10nPseudoLocalized } = require('@vscode/l10n-dev');

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE_DIRS = ['src', 'media'];
const PSEUDO_LANGUAGE = 'qps-ploc';

/** Every .ts file under src/ and media/ (sorted, so the bundle's order is stable). */
function sourceFiles(root = ROOT) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const d of SOURCE_DIRS) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  return files.sort();
}

// l10n-dev finds `vscode` through `import * as vscode from 'vscode'` or `const vscode = require('vscode')`, not through
// the house style `import vscode = require('vscode')` (esbuild.js explains why we use it). Seen as the equivalent
// `const` form, the calls are found; nothing else in the text changes.
function asExtractable(contents) {
  return contents.replace(/\bimport\s+(\w+)\s*=\s*require\((['"])vscode\2\)/g, 'const $1 = require($2vscode$2)');
}

/** The bundle a fresh extraction gives: message (or "message/comment") → message or { message, comment }. */
async function extractBundle(root = ROOT) {
  const bundle = await getL10nJson(sourceFiles(root).map((f) => ({ extension: '.ts', contents: asExtractable(fs.readFileSync(f, 'utf8')) })));
  return Object.fromEntries(Object.keys(bundle).sort().map((k) => [k, bundle[k]]));
}

const BUNDLE_FILE = path.join(ROOT, 'l10n', 'bundle.l10n.json');
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

async function main() {
  const bundle = await extractBundle();
  const pseudoAt = process.argv.indexOf('--pseudo');
  if (pseudoAt < 0) {
    fs.mkdirSync(path.dirname(BUNDLE_FILE), { recursive: true });
    fs.writeFileSync(BUNDLE_FILE, json(bundle));
    console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} strings`);
    return;
  }
  const target = process.argv[pseudoAt + 1];
  if (!target) throw new Error('--pseudo needs the extension folder to write into');
  writePseudo(target, bundle);
}

/** Writes <dir>/l10n/bundle.l10n.qps-ploc.json and <dir>/package.nls.qps-ploc.json. */
function writePseudo(dir, bundle) {
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
  fs.mkdirSync(path.join(dir, 'l10n'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'l10n', `bundle.l10n.${PSEUDO_LANGUAGE}.json`), json(getL10nPseudoLocalized(bundle)));
  fs.writeFileSync(path.join(dir, `package.nls.${PSEUDO_LANGUAGE}.json`), json(getL10nPseudoLocalized(nls)));
}

module.exports = { extractBundle, sourceFiles, asExtractable, writePseudo, BUNDLE_FILE, PSEUDO_LANGUAGE };

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
