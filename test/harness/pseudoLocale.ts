// Runs VS Code (code-server) in the pseudo locale qps-ploc with the extension's strings pseudo-translated, to prove
// that nothing the extension shows is left hard-coded. Nothing here is committed or packaged: the translations are
// generated into the installed copy of the extension at test time (generators/l10n/export.js, @vscode/l10n-dev's
// pseudo-localizer), and VS Code's display language is switched with code-server --locale.
// A display language other than English needs a language pack: without one VS Code falls back to English
// (vscode.env.language stays "en" and no extension bundle is loaded). So a stand-in pack is installed too: an
// extension contributing the qps-ploc localization with an empty core translation (VS Code's own UI stays English),
// plus the languagepacks.json entry the server would write for it on install (it reads that file at startup, and
// an extension copied into the extensions folder is not "installed" through it).
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './paths';

export const PSEUDO_LOCALE = 'qps-ploc';
const PACK_ID = 'cpx-e2e.qps-ploc-pack';
const PACK_VERSION = '0.0.1';

export interface PseudoStrings {
  /** package.nls.json key → pseudo text (the manifest: view and command titles, …). */
  readonly manifest: Readonly<Record<string, string>>;
  /** English message (bundle key) → pseudo text (vscode.l10n.t / l10n.t strings, host and webviews). */
  readonly bundle: Readonly<Record<string, string>>;
  /** English message (bundle key) → English, to spot text left in English where a translation exists. */
  readonly english: Readonly<Record<string, string>>;
}

interface Exporter {
  writePseudo(dir: string, bundle: Record<string, unknown>): void;
  BUNDLE_FILE: string;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Writes the pseudo translations into the installed extension folder; returns them. */
export function pseudoTranslateExtension(extensionDir: string): PseudoStrings {
  const exporter = require(path.join(PROJECT_ROOT, 'generators', 'l10n', 'export.js')) as Exporter;
  const committed = readJson<Record<string, string | { message: string }>>(exporter.BUNDLE_FILE);
  exporter.writePseudo(extensionDir, committed);
  const english = Object.fromEntries(Object.entries(committed).map(([k, v]) => [k, typeof v === 'string' ? v : v.message]));
  return {
    manifest: readJson(path.join(extensionDir, `package.nls.${PSEUDO_LOCALE}.json`)),
    bundle: readJson(path.join(extensionDir, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`)),
    english,
  };
}

/** Installs the stand-in qps-ploc language pack into extensionsDir and registers it for the user-data dir. */
export function installPseudoLanguagePack(extensionsDir: string, userDataDir: string): void {
  const packDir = path.join(extensionsDir, `${PACK_ID}-${PACK_VERSION}`);
  const translations = path.join(packDir, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(path.join(packDir, 'package.json'), JSON.stringify({
    name: 'qps-ploc-pack', publisher: 'cpx-e2e', version: PACK_VERSION, engines: { vscode: '^1.100.0' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: PSEUDO_LOCALE, languageName: 'Pseudo Language', localizedLanguageName: 'Pseudo Language', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }));
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [PSEUDO_LOCALE]: { hash: 'cpx-e2e-1', extensions: [{ extensionIdentifier: { id: PACK_ID }, version: PACK_VERSION }], translations: { vscode: translations }, label: 'Pseudo Language' },
  }));
}
