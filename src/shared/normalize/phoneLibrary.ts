// The ONLY importer of libphonenumber-js (Google's libphonenumber metadata and parsing rules, maintained upstream):
// phone.ts asks it, nothing else may. The build ships ONE copy of phone.ts with this file, dist/webview/phone.js,
// which the sandbox, the host bundles and the matches webview load at run time (esbuild.js, "phone-library"),
// because the parser with its metadata is the largest pure dependency we have and four copies would not fit the
// .vsix budget.
// Under tsc (unit tests, benchmarks) the import resolves normally.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
// libphonenumber-js's "min" metadata without the printing formats, which parsing never reads (generators/phoneMetadata).
import trimmedMetadata from './phoneMetadata.json';

// The JSON's inferred tuple types are not the library's declared MetadataJson; the generator keeps its shape.
const metadata = trimmedMetadata as unknown as MetadataJson;

export interface ParsedPhone {
  /** '+' and digits, e.g. '+447700900123'. */
  readonly e164: string;
  /** ISO 3166-1 alpha-2 of the number's country when libphonenumber can tell (shared calling codes may not). */
  readonly region: string | undefined;
  /** libphonenumber's "possible" check: a plausible length for the country (not "is assigned"). */
  readonly possible: boolean;
}

/** True when libphonenumber knows the region code (ISO 3166-1 alpha-2, upper case). */
export function isPhoneRegion(region: string): boolean {
  // isSupportedCountry is the type guard for CountryCode: any string may be asked.
  return isSupportedCountry(region as CountryCode, metadata);
}

/**
 * The number in E.164, reading a number without a country code as one of `defaultRegion` (unknown regions fall
 * back to no default, so only numbers written with `+`/`00` parse). undefined when it is not a phone number.
 */
export function parsePhone(text: string, defaultRegion: string): ParsedPhone | undefined {
  const region = isPhoneRegion(defaultRegion) ? (defaultRegion as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : {}, metadata);
  if (!parsed) return undefined;
  return { e164: parsed.number, region: parsed.country, possible: parsed.isPossible() };
}
