// The rule engine's normalization. The API reference does not define one; this is OUR CHOICE, deliberately
// conservative because rule-based matching is exact matching: two values are "equal" only when a careful
// human would say they are literally the same value written differently.
//
// - EmailAddress: trimmed, lower-cased. Nothing else: dots, `+tags` and underscores are kept
//   (`john.doe@x.com` != `johndoe@x.com`), unlike the ML matcher, which drops separators.
// - PhoneNumber: compared as E.164 through the shared phone normalizer (src/shared/normalize/phone.ts,
//   libphonenumber-js, default region US): a number written with `+` (or `00` / `011`) keeps its own country code,
//   `555-010-0000` = `+1-555-010-0000` = `(555) 010-0000` = `+15550100000`, `+44 20 7946 0958` stays distinct
//   from any US number, an extension (`x12`, `ext. 12`, `#12`) is dropped. What libphonenumber cannot read as a
//   possible number (e.g. a 7-digit local number) is kept as bare digits: equal only to the same digits.
// - Names (FirstName, MiddleName, LastName) and address parts (Address.*): trimmed, runs of whitespace
//   collapsed to one space, lower-cased, Unicode NFC (so a composed and a decomposed "é" are equal; accents
//   are NOT dropped: `José` != `Jose`).
// - BirthDate, Gender, AccountNumber, BusinessName: trimmed and lower-cased only (no date parsing:
//   `1990-01-02` != `01/02/1990`; inner whitespace kept).
// - Attributes.*: trimmed only; otherwise exact (case-sensitive).
// A value that is empty after normalization is absent (the rule cannot match on it).

import { normalizePhone } from '../normalize/phone';

const lower = (s: string): string => s.toLowerCase();
const nonEmpty = (s: string): string | undefined => (s.length > 0 ? s : undefined);

/** E-mail: trimmed, case-insensitive. */
export function normalizeRuleEmail(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : nonEmpty(lower(raw.trim()));
}

/** Phone as E.164 (`+15550100000`) with US default; bare digits when no country can be told. */
export function normalizeRulePhone(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const e164 = normalizePhone(raw);
  if (e164 !== undefined) return e164;
  // An extension is not part of the line's identity.
  const main = raw.split(/(?:ext\.?|x|#)/i)[0].trim();
  const digits = main.replace(/\D/g, '');
  if (digits.length === 0) return undefined;
  if (main.startsWith('+')) return `+${digits}`;
  const international = /^(?:011|00)(\d+)$/.exec(digits);
  if (international) return `+${international[1]}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

/** Names and address parts: trimmed, whitespace-collapsed, case-insensitive, NFC. */
export function normalizeRuleText(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : nonEmpty(lower(raw.normalize('NFC').trim().replace(/\s+/g, ' ')));
}

/** BirthDate, Gender, AccountNumber, BusinessName: trimmed, case-insensitive. */
export function normalizeRuleScalar(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : nonEmpty(lower(raw.trim()));
}

/** Attributes.*: exact after trim. */
export function normalizeRuleCustom(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : nonEmpty(raw.trim());
}
