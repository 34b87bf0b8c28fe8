// Typed access to generators/l10n/export.js (the `npm run l10n` extractor) for the l10n tests.
import * as path from 'path';
import { ROOT } from '../manifest/localizedManifest';

export type BundleEntry = string | { message: string; comment: string[] };
export interface Exporter {
  extractBundle(root?: string): Promise<Record<string, BundleEntry>>;
  sourceFiles(root?: string): string[];
  asExtractable(contents: string): string;
  BUNDLE_FILE: string;
}

// The generator is a plain Node script (CommonJS), loaded from the project root at run time.
export const exporter = require(path.join(ROOT, 'generators', 'l10n', 'export.js')) as Exporter;
