// Phone numbers as E.164 ('+15550100000'), through libphonenumber-js (phoneLibrary.ts, the only importer, shipped
// once as dist/phone.js). A number without a country code is read as one of the default region, which callers take
// from the profile's address country (phoneRegionOf), then a setting, then 'US'.
// Before the library sees the text: an extension (x12, ext. 12, #12) is cut off (it is not part of the line's
// identity), and a leading '00' becomes '+' (the international prefix of most of the world; the library only knows
// the default region's own prefix, e.g. '011' for the US, which it handles itself). Junk is undefined: fewer than
// 7 digits, one digit repeated (000-000-0000), or not a "possible" number for its country (wrong length).
import { isPhoneRegion, parsePhone } from './phoneLibrary';

const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$/i;
const NON_DIGITS = /\D/g;
const ONE_DIGIT_REPEATED = /^(\d)\1*$/;
const LEADING_00 = /^\s*00/;
const MIN_DIGITS = 7;
// A North American number written with digits and the usual punctuation only, '+' (if any) first.
const PLAIN_TEXT = /^\s*\+?[\d\s().-]+$/;
const NANP_NATIONAL = /^[2-9]\d{9}$/;

/**
 * The E.164 of a North American number that libphonenumber would read the same way, without asking it: with the
 * default region US, ten digits whose area code starts 2–9, or eleven starting '1' (also after '+'). Such a number
 * is always "possible" (NANP's only national length is ten). Why: the parser costs ~20 µs a number, which was half
 * of building the rule index over 100k profiles; most numbers in a US domain are of this shape. Anything else
 * (letters, '/', other lengths, area codes 0/1, other regions) goes to the library. phone.test.ts checks the two
 * agree on every shape this accepts.
 */
export function northAmericanE164(text: string, digits: string, defaultRegion: string): string | undefined {
  if (!PLAIN_TEXT.test(text)) return undefined;
  const plus = text.trimStart().startsWith('+');
  if (digits.length === 11 && digits.startsWith('1') && (plus || defaultRegion === 'US')) return NANP_NATIONAL.test(digits.slice(1)) ? `+${digits}` : undefined;
  if (digits.length === 10 && !plus && defaultRegion === 'US') return NANP_NATIONAL.test(digits) ? `+1${digits}` : undefined;
  return undefined;
}

/** The number in E.164, or undefined for junk (see the file comment). */
export function normalizePhone(raw: string | undefined, defaultRegion = 'US'): string | undefined {
  if (raw === undefined) return undefined;
  let text = raw.replace(EXTENSION, '');
  const digits = text.replace(NON_DIGITS, '');
  if (digits.length < MIN_DIGITS || ONE_DIGIT_REPEATED.test(digits)) return undefined;
  if (LEADING_00.test(text)) text = text.replace(LEADING_00, '+');
  const northAmerican = northAmericanE164(text, digits, defaultRegion);
  if (northAmerican !== undefined) return northAmerican;
  const parsed = parsePhone(text, defaultRegion);
  if (!parsed || !parsed.possible) return undefined;
  return parsed.e164;
}

// Country names and codes to ISO 3166-1 alpha-2 (folded: lower case, no dots). NOT exhaustive, on purpose: it
// covers the alpha-3 codes and English names customers commonly type; any alpha-2 code libphonenumber knows is
// accepted as is. An unknown country falls back to the setting, then 'US', which only changes how numbers written
// WITHOUT a country code are read (numbers with '+'/'00' keep their own country), so a gap here costs a match on
// a local-format number, never a false one across countries that write their numbers with a country code.
const COUNTRY_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  usa: 'US', 'united states': 'US', 'united states of america': 'US', america: 'US', us: 'US',
  gbr: 'GB', uk: 'GB', 'united kingdom': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB',
  scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  can: 'CA', canada: 'CA', mex: 'MX', mexico: 'MX', 'méxico': 'MX', esp: 'ES', spain: 'ES', 'españa': 'ES',
  fra: 'FR', france: 'FR', deu: 'DE', ger: 'DE', germany: 'DE', deutschland: 'DE', irl: 'IE', ireland: 'IE',
  aus: 'AU', australia: 'AU', ind: 'IN', india: 'IN', bra: 'BR', brazil: 'BR', brasil: 'BR',
  ita: 'IT', italy: 'IT', italia: 'IT', prt: 'PT', portugal: 'PT', nld: 'NL', netherlands: 'NL', holland: 'NL',
  'the netherlands': 'NL', bel: 'BE', belgium: 'BE', che: 'CH', switzerland: 'CH', aut: 'AT', austria: 'AT',
  swe: 'SE', sweden: 'SE', nor: 'NO', norway: 'NO', dnk: 'DK', denmark: 'DK', fin: 'FI', finland: 'FI',
  pol: 'PL', poland: 'PL', nzl: 'NZ', 'new zealand': 'NZ', zaf: 'ZA', 'south africa': 'ZA', jpn: 'JP', japan: 'JP',
  chn: 'CN', china: 'CN', kor: 'KR', 'south korea': 'KR', korea: 'KR', sgp: 'SG', singapore: 'SG',
  arg: 'AR', argentina: 'AR', chl: 'CL', chile: 'CL', col: 'CO', colombia: 'CO', per: 'PE', peru: 'PE',
  phl: 'PH', philippines: 'PH', pri: 'PR', 'puerto rico': 'PR', are: 'AE', 'united arab emirates': 'AE', uae: 'AE',
  isr: 'IL', israel: 'IL', tur: 'TR', turkey: 'TR', 'türkiye': 'TR', grc: 'GR', greece: 'GR',
}));

const COUNTRY_NOISE = /[.\s]+/g;

/** ISO 3166-1 alpha-2 region for phone numbers of a profile with this address country (see COUNTRY_REGIONS). */
export function phoneRegionOf(country: string | undefined, setting?: string): string {
  const fromCountry = country === undefined ? undefined : regionOfCountry(country);
  if (fromCountry) return fromCountry;
  const fromSetting = setting === undefined ? undefined : regionOfCountry(setting);
  return fromSetting ?? 'US';
}

function regionOfCountry(text: string): string | undefined {
  const folded = text.trim().toLowerCase().replace(COUNTRY_NOISE, ' ').trim();
  if (folded.length === 0) return undefined;
  const named = COUNTRY_REGIONS.get(folded) ?? COUNTRY_REGIONS.get(folded.replace(/ /g, ''));
  if (named) return named;
  const code = folded.toUpperCase();
  return code.length === 2 && isPhoneRegion(code) ? code : undefined;
}
