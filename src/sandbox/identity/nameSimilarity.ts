// How alike two profiles' person names are, part by part (null = a side lacks that part, so no evidence either way).
import type { ProfileFeatures } from './features';
import { jaroWinkler } from './jaroWinkler';

export interface NameSimilarity {
  first: number | null;
  last: number | null;
  /** Weighted whole-name similarity (last name weighs more: it varies less by typo/nickname); null if no parts. */
  full: number | null;
}

/** Given names: nickname-equal counts as identical; an initial ("J") agreeing with a full name counts as 0.85. */
export function firstNameSimilarity(a: ProfileFeatures, b: ProfileFeatures): number | null {
  if (a.first === '' || b.first === '') return null;
  if (a.first === b.first || a.firstCanonical === b.firstCanonical) return 1;
  if ((a.first.length === 1 || b.first.length === 1) && a.first[0] === b.first[0]) return 0.85;
  return Math.max(jaroWinkler(a.first, b.first), jaroWinkler(a.firstCanonical, b.firstCanonical));
}

export function nameSimilarity(a: ProfileFeatures, b: ProfileFeatures): NameSimilarity {
  const first = firstNameSimilarity(a, b);
  let last = a.last === '' || b.last === '' ? null : a.last === b.last ? 1 : jaroWinkler(a.last, b.last);
  let firstOut = first;
  // First/last swapped on entry ("Doe John"): accept the swapped reading when it is clearly better.
  if (first !== null && last !== null && first < 0.8 && last < 0.8) {
    const swapFirst = jaroWinkler(a.first, b.last);
    const swapLast = jaroWinkler(a.last, b.first);
    if (Math.min(swapFirst, swapLast) > Math.max(first, last)) {
      firstOut = swapFirst * 0.95;
      last = swapLast * 0.95;
    }
  }
  const full = firstOut === null ? last : last === null ? firstOut : 0.45 * firstOut + 0.55 * last;
  return { first: firstOut, last, full };
}
