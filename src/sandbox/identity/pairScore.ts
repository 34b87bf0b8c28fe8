// Pairwise match score (0..1) between two profiles. Thresholds are explicit so the behaviour is explainable:
//
//   Shared contact (a normalised phone or e-mail in common):
//     base 0.97 (phone and e-mail) / 0.93 (e-mail) / 0.88 (phone), scaled by name agreement (x 0.85..1).
//     Given names that clearly differ (first-name similarity < 0.75) mean a different person sharing the contact —
//     a family phone, a shared household mailbox, a recycled number — and cap the score at 0.5 (no match); so does
//     a last name below 0.85 similarity when there is no given name to compare.
//     Same given name but a different last name (surname similarity < 0.75: marriage, typo-heavy entry) is judged
//     on the given name alone minus 0.19: still a match with a shared e-mail (0.74), not with only a phone (0.69),
//     since households share phones far more than mailboxes; with both shared it costs only 0.1.
//     Each corroborating fact (same birth date, street+postcode, account number) adds 0.04.
//     No names on either side: base - 0.1.
//   No shared contact (name only): both name parts must be close (first ≥ 0.85, last ≥ 0.88) AND at least two
//     corroborating facts (same birth date, same street+postcode, same account number): 0.5*name + 0.12 each.
//     Name alone never matches: two "John Smith"s are usually two people.
//   Contradictions (both sides have a birth date or gender and they differ) subtract 0.3 in every case —
//     it is what separates a parent and child who share name, phone and address.
import type { ProfileFeatures } from './features';
import { nameSimilarity } from './nameSimilarity';

/** Pairs scoring at or above this are matched (and grouped transitively). */
export const MATCH_THRESHOLD = 0.7;

const FIRST_NAME_CONFLICT = 0.75;
const LAST_NAME_CHANGE = 0.75;
const LAST_NAME_CHANGE_PENALTY = 0.19;
/** Without a given name the surname is the only name evidence, so it must agree more closely. */
const LAST_NAME_ONLY_MIN = 0.85;
const CONTRADICTION_PENALTY = 0.3;
const NAME_ONLY_MIN_FIRST = 0.85;
const NAME_ONLY_MIN_LAST = 0.88;
const CORROBORATION_WEIGHT = 0.12;
const CONTACT_CORROBORATION_BONUS = 0.04;

function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

const bothAndEqual = (a: string, b: string): boolean => a !== '' && a === b;
const bothAndDiffer = (a: string, b: string): boolean => a !== '' && b !== '' && a !== b;

/** Count of independent facts beyond the name that agree. */
export function corroborations(a: ProfileFeatures, b: ProfileFeatures): number {
  return (bothAndEqual(a.birthDate, b.birthDate) ? 1 : 0) + (bothAndEqual(a.street, b.street) ? 1 : 0)
    + (bothAndEqual(a.accountNumber, b.accountNumber) ? 1 : 0);
}

/** True when the pair can possibly reach MATCH_THRESHOLD: a cheap filter before scorePair. */
export function couldMatch(a: ProfileFeatures, b: ProfileFeatures): boolean {
  return sharesAny(a.phones, b.phones) || sharesAny(a.emails, b.emails) || corroborations(a, b) >= 2;
}

export function scorePair(a: ProfileFeatures, b: ProfileFeatures): number {
  const phone = sharesAny(a.phones, b.phones);
  const email = sharesAny(a.emails, b.emails);
  const names = nameSimilarity(a, b);
  let score: number;
  if (phone || email) {
    const base = phone && email ? 0.97 : email ? 0.93 : 0.88;
    if (names.full === null) score = base - 0.1;
    else if (names.first !== null ? names.first < FIRST_NAME_CONFLICT : names.last !== null && names.last < LAST_NAME_ONLY_MIN) {
      score = Math.min(0.5, base * 0.5 + 0.1 * names.full);
    }
    else if (names.last !== null && names.last < LAST_NAME_CHANGE && names.first !== null) {
      // A changed surname: judge the given name alone and charge a fixed penalty (the surname mismatch must not
      // count twice). Sharing both mailbox and phone is strong enough that it costs less.
      score = base * (0.85 + 0.15 * names.first) - (phone && email ? 0.1 : LAST_NAME_CHANGE_PENALTY);
    } else {
      score = base * (0.85 + 0.15 * names.full);
    }
    score += CONTACT_CORROBORATION_BONUS * corroborations(a, b);
  } else if (names.first === null || names.last === null) {
    score = 0;
  } else {
    const corr = Math.min(3, corroborations(a, b));
    const closeEnough = names.first >= NAME_ONLY_MIN_FIRST && names.last >= NAME_ONLY_MIN_LAST;
    score = closeEnough ? 0.5 * (names.full ?? 0) + CORROBORATION_WEIGHT * corr : Math.min(0.5, 0.5 * (names.full ?? 0));
    if (corr < 2) score = Math.min(score, MATCH_THRESHOLD - 0.01);
  }
  if (bothAndDiffer(a.birthDate, b.birthDate)) score -= CONTRADICTION_PENALTY;
  if (bothAndDiffer(a.gender, b.gender)) score -= CONTRADICTION_PENALTY;
  return Math.max(0, Math.min(1, score));
}
