// package.json as VS Code shows it in English: every "%key%" string resolved through package.nls.json (what VS Code
// does on load for the display language). Tests that read titles, welcome contents or walkthrough text use this,
// so they check what a user reads and not the placeholder.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '../../../..');

/** The raw manifest: user-visible strings are "%key%" placeholders. */
export function rawManifest(): unknown {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as unknown;
}

/** package.nls.json: key → English text. */
export function manifestStrings(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

const PLACEHOLDER = /^%([^%\s]+)%$/;

/** The key of a "%key%" string, else undefined. */
export function placeholderKey(value: string): string | undefined {
  return PLACEHOLDER.exec(value)?.[1];
}

/** A deep copy of value with every "%key%" replaced by its English text (an unknown key throws). */
export function resolvePlaceholders<T>(value: T, strings: Record<string, string> = manifestStrings()): T {
  if (typeof value === 'string') {
    const key = placeholderKey(value);
    if (key === undefined) return value;
    if (!(key in strings)) throw new Error(`package.nls.json has no "${key}"`);
    return strings[key] as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => resolvePlaceholders(v, strings)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePlaceholders(v, strings)])) as T;
  }
  return value;
}

/** package.json with every placeholder resolved to English, typed as the caller reads it. */
export function localizedManifest<T>(): T {
  return resolvePlaceholders(rawManifest()) as T;
}
