// Spellings of a typed phone number. SearchProfiles compares a key's values as the profiles hold them (the reference
// describes no phone normalization for search, and its own example finds "555-333-7777" by "555-333-7777"), while
// profiles hold numbers in many spellings ("+1-364-555-0142", "364-555-0142", "(364) 555-0142", "3645550142"...).
// The picker can send the usual spellings of the same number as the key's Values (several values of one key: any
// may match); the user sees the list before it is sent. Pure.
import { MAX_VALUES_PER_KEY } from './query';

/**
 * The usual spellings of a North-American (NANP) 10-digit number, the E.164 form of another number typed with its
 * country code, the number as typed first; [] when there is nothing to add (not a phone, or only one spelling).
 */
export function phoneSpellings(typed: string): string[] {
  const trimmed = typed.trim();
  if (/[a-z]/i.test(trimmed)) return []; // extensions, letters: leave as typed
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') && !trimmed.startsWith('+1');
  if (international) return distinct(digits.length >= 8 && digits.length <= 15 ? [trimmed, `+${digits}`] : []);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (digits.length !== 10) return [];
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return distinct([
    trimmed,
    `+1${digits}`,
    `+1-${a}-${b}-${c}`,
    `+1 ${a} ${b} ${c}`,
    `${a}-${b}-${c}`,
    `(${a}) ${b}-${c}`,
    `${a}.${b}.${c}`,
    digits,
    `1${digits}`,
  ]);
}

function distinct(spellings: string[]): string[] {
  const unique = [...new Set(spellings)].slice(0, MAX_VALUES_PER_KEY);
  return unique.length > 1 ? unique : [];
}
