// The one question "are these two values the same?", for any ValueKind, with what was compared and why.
// The matches webview highlights differences with it and the reviewer sees its reason; the matchers use the
// kind-specific normalizers directly (they cache them per profile) but the same functions.
import * as l10n from '@vscode/l10n';
import { normalizeStreet, normalizePostalCode } from './address';
import { readDate } from './date';
import { normalizeEmail } from './email';
import { foldName } from './name';
import { normalizePhone } from './phone';
import type { NormalizeContext, SameValueReason, SameValueResult, ValueKind } from './types';

const WHITESPACE = /\s+/g;
const collapse = (v: string): string => v.trim().replace(WHITESPACE, ' ');
const stripAccents = (v: string): string => v.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

function result(equal: boolean, normalizedA: string | undefined, normalizedB: string | undefined, reason: SameValueReason): SameValueResult {
  return { equal, normalizedA, normalizedB, reason };
}

/** Text comparison, telling case and accent differences apart from formatting ones. */
function compareText(a: string, b: string, caseSensitive: boolean): SameValueResult {
  const x = collapse(a);
  const y = collapse(b);
  if (x === y) return result(true, x, y, 'formatting');
  if (caseSensitive) return result(false, x, y, 'different');
  if (x.toLowerCase() === y.toLowerCase()) return result(true, x.toLowerCase(), y.toLowerCase(), 'case');
  return result(false, x.toLowerCase(), y.toLowerCase(), 'different');
}

function compareNormalized(x: string | undefined, y: string | undefined, a: string, b: string, reason: SameValueReason): SameValueResult {
  if (x === undefined || y === undefined) {
    const text = compareText(a, b, false);
    return result(text.equal, x, y, text.equal ? text.reason : 'unreadable');
  }
  return result(x === y, x, y, x === y ? reason : 'different');
}

/** Are `a` and `b` the same value of this kind? (Empty strings are the caller's business: pass present values.) */
export function sameValue(kind: ValueKind, a: string, b: string, context: NormalizeContext = {}): SameValueResult {
  if (a === b) return result(true, a, b, 'identical');
  switch (kind) {
    case 'phone': return compareNormalized(normalizePhone(a, context.defaultRegion), normalizePhone(b, context.defaultRegion), a, b, 'formatting');
    case 'email': return compareNormalized(normalizeEmail(a), normalizeEmail(b), a, b, collapse(a).toLowerCase() === collapse(b).toLowerCase() && collapse(a) !== collapse(b) ? 'case' : 'formatting');
    case 'date': {
      const x = readDate(a, context.dateOrder);
      const y = readDate(b, context.dateOrder);
      if (!x || !y) return compareNormalized(x?.readings[0], y?.readings[0], a, b, 'formatting');
      const common = x.readings.find((r) => y.readings.includes(r));
      if (common === undefined) return result(false, x.readings[0], y.readings[0], 'different');
      return result(true, common, common, x.ambiguous || y.ambiguous ? 'ambiguousDate' : 'formatting');
    }
    case 'name': {
      const x = foldName(a);
      const y = foldName(b);
      if (x !== y) return result(false, x, y, 'different');
      const plainA = collapse(a).toLowerCase();
      const plainB = collapse(b).toLowerCase();
      if (plainA === plainB) return result(true, x, y, 'case');
      return result(true, x, y, stripAccents(plainA) === stripAccents(plainB) ? 'diacritics' : 'formatting');
    }
    case 'address': {
      const x = normalizeStreet(a);
      const y = normalizeStreet(b);
      const kx = x.unit ? `${x.street} #${x.unit}` : x.street;
      const ky = y.unit ? `${y.street} #${y.unit}` : y.street;
      if (kx !== ky) return result(false, kx, ky, 'different');
      return result(true, kx, ky, collapse(a).toLowerCase() === collapse(b).toLowerCase() ? 'case' : 'abbreviation');
    }
    case 'postalCode': {
      const x = normalizePostalCode(a);
      const y = normalizePostalCode(b);
      return result(x === y, x, y, x === y ? 'formatting' : 'different');
    }
    case 'code': return compareText(a, b, true);
    case 'text': return compareText(a, b, false);
  }
}

/** One line for a reviewer: why the two values count as the same (or not), with the compared value. */
export function describeSameValue(r: SameValueResult): string {
  const value = r.normalizedB ?? r.normalizedA ?? '';
  switch (r.reason) {
    case 'identical': return l10n.t('Identical');
    case 'formatting': return l10n.t('Same value, written differently ({0})', value);
    case 'case': return l10n.t('Same value, different letter case ({0})', value);
    case 'diacritics': return l10n.t('Same name, accents differ ({0})', value);
    case 'abbreviation': return l10n.t('Same address, abbreviated differently ({0})', value);
    case 'ambiguousDate': return l10n.t('Same date if read as {0} (the other side could be day/month or month/day)', value);
    case 'nickname': return l10n.t('Nickname of the same name ({0})', value);
    case 'different': return l10n.t('Different values');
    case 'unreadable': return l10n.t('Could not be read as this kind of value; compared as text');
  }
}
