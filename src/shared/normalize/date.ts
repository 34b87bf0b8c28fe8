// Dates (birth dates) read into ISO yyyy-mm-dd, so '03/07/1985', '1985-03-07' and '7 Mar 1985' can be compared.
// THE AMBIGUITY RULE: a numeric day/month/year date whose first two parts are both ≤ 12 ('03/07/1985') cannot be
// read without knowing the writer's convention (US month/day, most of the world day/month). With an explicit
// `order` it is read that way only. Without one it keeps BOTH readings (US first) and is marked ambiguous: it
// equals a date matching either reading ('ambiguousSame'), which callers treat as weaker than a sure agreement.
// When one part is > 12 the reading is forced ('13/07/1985' is 13 July) and the date is not ambiguous.
// Accepted: ISO (a time part after 'T' or a space is ignored), yyyy/mm/dd, yyyymmdd, d/m/y with '/', '-' or '.',
// month names ('7 March 1985', 'Mar 7, 1985', 'March 7th 1985'). Two-digit years: 00-29 → 20xx, 30-99 → 19xx (the
// pivot suits birth dates entered today). A date that does not exist (Feb 30) is unreadable. With dots (7.3.1985)
// the day/month reading comes first.
import type { DateOrder } from './types';

export interface DateReading {
  /** ISO yyyy-mm-dd; one entry, or two for an ambiguous d/m/y (preferred reading first). */
  readonly readings: readonly string[];
  readonly ambiguous: boolean;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/; // lower-cased text: 't' is ISO's 'T'
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2}|\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function year(text: string): number {
  const y = Number(text);
  return text.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

function month(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3));
  return i < 0 || (name.length > 3 && !name.startsWith(MONTHS[i])) ? 0 : i + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function one(value: string | undefined): DateReading | undefined {
  return value === undefined ? undefined : { readings: [value], ambiguous: false };
}

/** The date's ISO reading(s), or undefined when it is not a date (see the file comment for the ambiguity rule). */
export function readDate(raw: string | undefined, order?: DateOrder): DateReading | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim().toLowerCase();
  let m = ISO.exec(text) ?? YMD_SLASH.exec(text) ?? COMPACT.exec(text);
  if (m) return one(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  if ((m = DAY_MONTH_NAME.exec(text))) return one(iso(year(m[3]), month(m[2]), Number(m[1])));
  if ((m = MONTH_NAME_DAY.exec(text))) return one(iso(year(m[3]), month(m[1]), Number(m[2])));
  if (!(m = NUMERIC.exec(text))) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[3]), year(m[4])];
  const mdy = iso(y, a, b);
  const dmy = iso(y, b, a);
  if (order === 'MDY') return one(mdy);
  if (order === 'DMY') return one(dmy);
  // Dots are the European way of writing d.m.y, so that reading comes first there; '/' and '-' put the US one first.
  if (mdy && dmy && mdy !== dmy) return { readings: m[2] === '.' ? [dmy, mdy] : [mdy, dmy], ambiguous: true };
  return one(mdy ?? dmy);
}

/** 'same' (one sure reading in common), 'ambiguousSame' (in common only through an ambiguous reading), … */
export function datesEqual(a: string | undefined, b: string | undefined, order?: DateOrder): 'same' | 'ambiguousSame' | 'different' | 'unreadable' {
  const x = readDate(a, order);
  const y = readDate(b, order);
  if (!x || !y) return 'unreadable';
  const common = x.readings.find((r) => y.readings.includes(r));
  if (common === undefined) return 'different';
  return x.ambiguous || y.ambiguous ? 'ambiguousSame' : 'same';
}
