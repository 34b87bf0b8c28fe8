// How one real person's data drifts between systems: typos, casing, phone formats, e-mail spellings, address
// abbreviations. Each function keeps the value recognisable to a careful human (and to the matcher's normalisers).
import type { AddressRecord } from '../../shared/profile';
import { pick, Random, randInt } from './prng';

const KEYBOARD_NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

/** One realistic typo that keeps the first letter: drop, swap adjacent, double or substitute a letter. */
export function typo(rnd: Random, s: string): string {
  if (s.length < 3) return s;
  const i = randInt(rnd, 1, s.length - 1);
  switch (randInt(rnd, 0, 3)) {
    case 0: return s.slice(0, i) + s.slice(i + 1);
    case 1: return i < s.length - 1 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i);
    case 2: return s.slice(0, i) + s[i] + s.slice(i);
    default: {
      const c = pick(rnd, KEYBOARD_NEIGHBOURS.split(''));
      return s.slice(0, i) + (s[i] === s[i].toUpperCase() ? c.toUpperCase() : c) + s.slice(i + 1);
    }
  }
}

export function casing(rnd: Random, s: string): string {
  switch (randInt(rnd, 0, 2)) {
    case 0: return s.toUpperCase();
    case 1: return s.toLowerCase();
    default: return s;
  }
}

/** Accents dropped, as many older systems store names ("José" -> "Jose"). */
export function stripAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** A 10-digit NANP number (area + exchange + line) written the way different systems write it. */
export function phoneFormat(rnd: Random, digits: string): string {
  const a = digits.slice(0, 3);
  const e = digits.slice(3, 6);
  const l = digits.slice(6);
  return pick(rnd, [
    `${a}-${e}-${l}`, `(${a}) ${e}-${l}`, `+1-${a}-${e}-${l}`, `+1 ${a} ${e} ${l}`, `${a}.${e}.${l}`,
    `1${a}${e}${l}`, `${a}${e}${l}`, `+1${a}${e}${l}`,
  ]);
}

/** The same mailbox spelled differently: case, separator, "+tag". */
export function emailVariant(rnd: Random, email: string): string {
  const [local, domain] = email.split('@');
  switch (randInt(rnd, 0, 3)) {
    case 0: return email.toUpperCase();
    case 1: return `${local.replace(/\./g, '_')}@${domain}`;
    case 2: return `${local}+${pick(rnd, ['shop', 'news', 'promo'])}@${domain}`;
    default: return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`;
  }
}

const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bStreet\b/, 'St'], [/\bAvenue\b/, 'Ave.'], [/\bRoad\b/, 'Rd'], [/\bDrive\b/, 'Dr'], [/\bLane\b/, 'Ln'],
  [/\bBoulevard\b/, 'Blvd'], [/\bCourt\b/, 'Ct'], [/\bPlace\b/, 'Pl'],
];

/** Abbreviated street type, different casing, or the second line / county dropped. */
export function addressVariant(rnd: Random, a: AddressRecord): AddressRecord {
  const out: AddressRecord = { ...a };
  switch (randInt(rnd, 0, 3)) {
    case 0:
      for (const [re, abbr] of ABBREVIATIONS) out.Address1 = out.Address1?.replace(re, abbr);
      break;
    case 1:
      out.Address1 = out.Address1?.toUpperCase();
      out.City = out.City?.toUpperCase();
      break;
    case 2:
      delete out.Address2;
      delete out.County;
      break;
    default:
      out.PostalCode = out.PostalCode ? `${out.PostalCode}-${String(randInt(rnd, 0, 9999)).padStart(4, '0')}` : undefined;
      if (out.PostalCode === undefined) delete out.PostalCode;
  }
  return out;
}
