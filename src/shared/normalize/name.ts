// Person names for comparison: case, diacritics, punctuation and whitespace are not identity ('José' = 'jose',
// 'O\'Brien' = 'o brien'), and people type names into the wrong fields. parsePersonName turns FirstName /
// MiddleName / LastName as stored into given name, middle, surname tokens and a generational suffix:
//   - a whole name in one field: 'John A Smith' in FirstName with no LastName, 'Smith, John' in LastName;
//   - compound surnames: 'Moreno Gutiérrez' → ['moreno', 'gutierrez'], 'García-Márquez' → ['garcia', 'marquez'];
//     particles (de, del, da, van, von, …) are joined to the next token ('van der berg' → ['vanderberg']) so that
//     'de la Cruz' and 'Cruz' differ only as the compound forms do;
//   - suffixes Jr/Sr/II/III/IV ('Junior', 'Jr.') are taken out of the surname, titles (Mr, Mrs, Ms, Dr…) dropped.
// Pure; precompiled tables; no allocation beyond the result.

export type GenerationalSuffix = '' | 'jr' | 'sr' | 'ii' | 'iii' | 'iv';

export interface PersonName {
  readonly given: string;
  readonly middle: string;
  /** Folded surname tokens, particles joined to the next token; [] when there is no surname. */
  readonly surnames: readonly string[];
  readonly suffix: GenerationalSuffix;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_LETTER = /[^a-z0-9]+/g;
const SPECIAL: Readonly<Record<string, string>> = { 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'ł': 'l', 'đ': 'd', 'þ': 'th' };
const SPECIAL_CHARS = /[ßæøœłđþ]/g;

/** Lower-case, diacritics folded, punctuation to one space, trimmed: 'José  O\'Brien' → 'jose o brien'. */
export function foldName(raw: string | undefined): string {
  if (!raw) return '';
  return raw.toLowerCase().replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c).normalize('NFKD').replace(DIACRITICS, '')
    .replace(/['’]/g, '').replace(NOT_LETTER, ' ').trim();
}

const SUFFIXES: Readonly<Record<string, GenerationalSuffix>> = { jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', '2nd': 'ii', iii: 'iii', '3rd': 'iii', iv: 'iv', '4th': 'iv' };
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'sra', 'herr', 'frau', 'mme', 'mlle']);
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'di', 'y', 'st']);

function tokens(raw: string | undefined): string[] {
  const folded = foldName(raw);
  return folded === '' ? [] : folded.split(' ');
}

function takeSuffix(parts: string[]): GenerationalSuffix {
  for (let i = parts.length - 1; i >= 1; i--) {
    const s = SUFFIXES[parts[i]];
    if (s !== undefined) { parts.splice(i, 1); return s; }
  }
  return '';
}

/** Surname tokens with particles joined to what follows: ['de','la','cruz'] → ['delacruz']. */
function surnameTokens(parts: readonly string[]): string[] {
  const out: string[] = [];
  let prefix = '';
  for (const p of parts) {
    if (PARTICLES.has(p)) { prefix += p; continue; }
    out.push(prefix + p);
    prefix = '';
  }
  if (prefix !== '') out.push(prefix);
  return out;
}

/** Given name, middle, surname tokens and suffix from the stored fields (see the file comment). */
export function parsePersonName(fields: { readonly first?: string; readonly middle?: string; readonly last?: string }): PersonName {
  let first = tokens(fields.first).filter((t, i) => i > 0 || !TITLES.has(t));
  let middle = tokens(fields.middle);
  let last = tokens(fields.last);
  let suffix = takeSuffix(last) || takeSuffix(first);
  const lastRaw = fields.last?.trim() ?? '';
  if (first.length === 0 && lastRaw.includes(',')) {
    // 'Smith, John A' in one field: surname before the comma.
    const [surname, given] = lastRaw.split(',', 2);
    last = tokens(surname);
    first = tokens(given);
    suffix ||= takeSuffix(first);
  } else if (last.length === 0 && first.length > 1) {
    // 'John A Smith' typed into FirstName: the last token(s) are the surname (particles stay with it).
    let cut = first.length - 1;
    while (cut > 1 && PARTICLES.has(first[cut - 1])) cut--;
    last = first.slice(cut);
    if (middle.length === 0) middle = first.slice(1, cut);
    first = first.slice(0, 1);
  } else if (first.length === 0 && last.length > 1 && !lastRaw.includes(',')) {
    // 'John Smith' typed into LastName with no FirstName.
    first = last.slice(0, 1);
    last = last.slice(1);
  } else if (first.length > 1 && middle.length === 0) {
    // 'Mary Ann' or 'John A': the first token is the given name compared, the rest is middle.
    middle = first.slice(1);
    first = first.slice(0, 1);
  }
  return { given: first[0] ?? '', middle: middle.join(' '), surnames: surnameTokens(last), suffix };
}

/** How two surname token lists relate: 'exact', 'compound' (one's tokens within the other's), or 'different'. */
export function compareSurnames(a: readonly string[], b: readonly string[]): 'exact' | 'compound' | 'different' | 'missing' {
  if (a.length === 0 || b.length === 0) return 'missing';
  if (a.length === b.length && a.every((t, i) => t === b[i])) return 'exact';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((t) => long.includes(t))) return 'compound';
  if (a.join('') === b.join('')) return 'exact'; // 'vanderberg' written 'van der berg' or 'vander berg'
  return 'different';
}
