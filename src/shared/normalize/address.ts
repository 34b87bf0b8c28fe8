// Street lines and postal codes for comparison: case, punctuation and the usual abbreviations are not identity
// ('12 Oak Court #4B' = '12 oak ct apt 4b'). The unit (apartment, suite, flat…) is taken out of the street so a
// caller can tell "same building, different flat" (households, co-workers) from "same address".
// The abbreviations are USPS Publication 28's common street suffixes and secondary unit designators, plus the
// directionals; other countries' words pass through unchanged (folded).

export interface StreetKey {
  /** Folded street line without the unit: '12 oak ct'. */
  readonly street: string;
  /** Folded unit designation without its word: '4b'; '' when none. */
  readonly unit: string;
}

const WORDS: Readonly<Record<string, string>> = {
  street: 'st', str: 'st', avenue: 'ave', av: 'ave', road: 'rd', court: 'ct', drive: 'dr', lane: 'ln',
  boulevard: 'blvd', place: 'pl', terrace: 'ter', highway: 'hwy', parkway: 'pkwy', circle: 'cir', square: 'sq',
  trail: 'trl', way: 'way', crescent: 'cres', close: 'cl', mount: 'mt', point: 'pt', expressway: 'expy',
  north: 'n', south: 's', east: 'e', west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw',
};
const UNIT_WORDS = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', 'flat', 'fl', 'floor', 'rm', 'room', 'no', 'number', '#']);
const SEPARATORS = /[\s.,;]+/;

function fold(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/#/g, ' # ').replace(/[^a-z0-9# ]+/g, ' ');
}

/** The street (abbreviations folded) and the unit, from address lines 1 and 2 (see the file comment). */
export function normalizeStreet(line1: string | undefined, line2?: string): StreetKey {
  const words = fold(`${line1 ?? ''} ${line2 ?? ''}`).split(SEPARATORS).filter((w) => w !== '');
  const street: string[] = [];
  let unit = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (UNIT_WORDS.has(w) && i + 1 < words.length && /\d/.test(words[i + 1])) {
      unit = words[++i];
      continue;
    }
    if (UNIT_WORDS.has(w) && i + 1 < words.length && words[i + 1] === '#' && i + 2 < words.length) { unit = words[i + 2]; i += 2; continue; }
    street.push(WORDS[w] ?? w);
  }
  return { street: street.join(' '), unit };
}

/** Postal code folded: case and spaces ignored, a US ZIP+4 reduced to its 5 digits ('02134-1234' → '02134'). */
export function normalizePostalCode(raw: string | undefined): string {
  if (!raw) return '';
  const folded = raw.toLowerCase().replace(/[\s]+/g, '');
  const zip = /^(\d{5})-?\d{4}$/.exec(folded);
  return zip ? zip[1] : folded.replace(/-/g, '');
}

/** Postal codes one character apart with the same length (a typo), used as a 'close' level by the matcher. */
export function postalCodesClose(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.length < 4) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return true;
}
