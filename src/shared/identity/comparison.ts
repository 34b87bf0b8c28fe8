// The ML matcher's per-attribute comparison: for one pair of profiles, which comparison level each attribute
// falls into (an `Outcome` from mlWeights.ts, carrying its Fellegi–Sunter weight). One code path for the
// sandbox's scorer (mlScore.ts sums the weights) and the extension's "why do these match" explanation
// (explainMlMatch.ts shows the rows), so the explanation cannot drift from the score it explains.
// Pure; returns shared constant outcomes, so scoring a pair allocates nothing (the 100k benchmark scores millions).
import type { ProfileFeatures } from './features';
import { compareSurnames } from '../normalize/name';
import { postalCodesClose } from '../normalize/address';
import { jaroWinkler } from './jaroWinkler';
import { oneEditApart } from './oneEdit';
import { ML_OUTCOMES, type Outcome } from './mlWeights';

export type { ComparisonLevel, Outcome } from './mlWeights';

/** The attributes compared, in explanation order (strongest evidence first). */
export const ML_ATTRIBUTES = ['email', 'phone', 'firstName', 'lastName', 'birthDate', 'address', 'accountNumber', 'gender'] as const;
export type MlAttribute = (typeof ML_ATTRIBUTES)[number];

/** Names at least this Jaro-Winkler-similar count as "close" (typos: "Jhn"/"John" 0.93, "Smyth"/"Smith" 0.89). */
export const CLOSE_NAME = 0.88;
/**
 * Below CLOSE_NAME, names one keystroke apart still count as a typo when both have at least this many letters,
 * or when they share their first two ("ann"/"ans", "wei"/"wee"): short names one letter apart elsewhere are as
 * often two names ("tom"/"tim", "dan"/"don").
 */
export const TYPO_MIN_LENGTH = 4;

function typo(a: string, b: string): boolean {
  const longEnough = (a.length >= TYPO_MIN_LENGTH && b.length >= TYPO_MIN_LENGTH) || (a.length >= 3 && a.slice(0, 2) === b.slice(0, 2));
  return longEnough && oneEditApart(a, b);
}

const O = ML_OUTCOMES;

function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Contacts: a value in common that only this pair's person could hold agrees; a value in common that the domain
 * shows on people of several different names (`shared*`, set by blocking) is the weak 'shared' level.
 */
function contactOutcome(a: readonly string[], aShared: readonly string[], b: readonly string[], bShared: readonly string[],
  o: typeof O.phone): Outcome {
  if (a.length + aShared.length === 0 || b.length + bShared.length === 0) return o.missing;
  if (sharesAny(a, b)) return o.agree;
  return sharesAny(a, bShared) || sharesAny(aShared, b) || sharesAny(aShared, bShared) ? o.shared : o.differ;
}

function exactOutcome(a: string, b: string, o: typeof O.accountNumber): Outcome {
  if (a === '' || b === '') return o.missing;
  return a === b ? o.agree : o.differ;
}

/** First and last name entered the other way round ("Doe John"): both swapped pairs close, neither straight one. */
function swapped(a: ProfileFeatures, b: ProfileFeatures): boolean {
  if (a.first === '' || a.last === '' || b.first === '' || b.last === '') return false;
  if (a.first === b.first || a.last === b.last || typo(a.first, b.first) || typo(a.last, b.last)) return false;
  return jaroWinkler(a.first, b.last) >= CLOSE_NAME && jaroWinkler(a.last, b.first) >= CLOSE_NAME
    && jaroWinkler(a.first, b.first) < CLOSE_NAME && jaroWinkler(a.last, b.last) < CLOSE_NAME;
}

function firstNameOutcome(a: ProfileFeatures, b: ProfileFeatures): Outcome {
  const o = O.firstName;
  if (a.first === '' || b.first === '') return o.missing;
  if (a.first === b.first) return o.exact;
  if (a.firstFormals.some((f) => b.firstFormals.includes(f))) return o.nickname;
  if ((a.first.length === 1 || b.first.length === 1) && a.first[0] === b.first[0]) return o.initial;
  // A similar spelling is evidence of ONE name mistyped only when the records do not also disagree on gender:
  // "Carol" (female) and "Carl" (male) are two names of two people (boy/girl twins), and a typo and a wrong
  // gender in one record are two independent errors. The gender row still counts its own weight.
  if (a.gender !== '' && b.gender !== '' && a.gender !== b.gender) return o.differ;
  if (Math.max(jaroWinkler(a.first, b.first), jaroWinkler(a.firstCanonical, b.firstCanonical)) >= CLOSE_NAME) return o.close;
  if (typo(a.first, b.first)) return o.typo;
  return swapped(a, b) ? o.swapped : o.differ;
}

function lastNameOutcome(a: ProfileFeatures, b: ProfileFeatures): Outcome {
  const o = O.lastName;
  if (a.last === '' || b.last === '') return o.missing;
  // Jr vs Sr (or II vs III): a father and son share name and address; the suffix is what tells them apart.
  if (a.suffix !== '' && b.suffix !== '' && a.suffix !== b.suffix) return o.generation;
  if (a.last === b.last) return o.exact;
  if (compareSurnames(a.surnames, b.surnames) === 'compound') return o.compound;
  if (jaroWinkler(a.last, b.last) >= CLOSE_NAME) return o.close;
  if (typo(a.last, b.last)) return o.typo;
  return swapped(a, b) ? o.swapped : o.differ;
}

/** One character apart in the ISO date (a one-digit typo) or day and month swapped. */
function dateTypo(a: string, b: string): boolean {
  if (a.length !== 10 || b.length !== 10) return false;
  let diff = 0;
  for (let i = 0; i < 10; i++) if (a[i] !== b[i] && ++diff > 1) break;
  if (diff === 1) return true;
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

function birthDateOutcome(a: ProfileFeatures, b: ProfileFeatures): Outcome {
  const o = O.birthDate;
  if (a.birthDates.length === 0 || b.birthDates.length === 0) return o.missing;
  if (a.birthDates.some((d) => b.birthDates.includes(d))) return a.birthDateAmbiguous || b.birthDateAmbiguous ? o.ambiguous : o.agree;
  for (const x of a.birthDates) for (const y of b.birthDates) if (dateTypo(x, y)) return o.typo;
  return o.differ;
}

function addressOutcome(a: ProfileFeatures, b: ProfileFeatures): Outcome {
  const o = O.address;
  if (a.street === '' || b.street === '') return o.missing;
  if (a.streetName === b.streetName && a.postalCode === b.postalCode) {
    // Same building, different flats: neighbours or co-workers, not one person.
    if (a.unit !== '' && b.unit !== '' && a.unit !== b.unit) return o.unit;
    return a.addressShared || b.addressShared ? o.shared : o.agree;
  }
  return a.streetName === b.streetName && postalCodesClose(a.postalCode, b.postalCode) ? o.close : o.differ;
}

/** The comparison level of one attribute for the pair (symmetric in a and b). */
export function compareAttribute(attribute: MlAttribute, a: ProfileFeatures, b: ProfileFeatures): Outcome {
  switch (attribute) {
    case 'email': {
      const o = contactOutcome(a.emails, a.sharedEmails, b.emails, b.sharedEmails, O.email);
      // Same mailbox key but no address written identically: the separator variant of the reference's example.
      return o === O.email.agree && !sharesAny(a.exactEmails, b.exactEmails) ? O.email.separators : o;
    }
    case 'phone': return contactOutcome(a.phones, a.sharedPhones, b.phones, b.sharedPhones, O.phone);
    case 'firstName': return firstNameOutcome(a, b);
    case 'lastName': return lastNameOutcome(a, b);
    case 'birthDate': return birthDateOutcome(a, b);
    case 'address': return addressOutcome(a, b);
    case 'accountNumber': return exactOutcome(a.accountNumber, b.accountNumber, O.accountNumber);
    case 'gender': return exactOutcome(a.gender, b.gender, O.gender);
  }
}
