// Phone numbers compared as digits so "555-010-0000", "(555) 010-0000" and "+1-555-010-0000" are one number.

/** Fewer digits than this cannot identify a person (extensions, partial numbers, junk). */
const MIN_DIGITS = 7;

/**
 * Digits only, extension dropped, a leading US country code stripped from 11-digit numbers (NANP "1");
 * undefined when nothing usable remains (too short, or one repeated digit such as 000-000-0000).
 */
export function normalizePhone(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // "x12", "ext. 12", "#12" introduce an extension, which is not part of the line's identity.
  const main = raw.split(/(?:ext\.?|x|#)/i)[0];
  let digits = main.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length < MIN_DIGITS) return undefined;
  if (/^(\d)\1*$/.test(digits)) return undefined;
  return digits;
}
