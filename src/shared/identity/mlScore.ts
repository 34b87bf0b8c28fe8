// The ML matcher's pair score: a Fellegi–Sunter total (prior + the weight of every attribute's comparison level,
// mlWeights.ts) turned into a probability, and the candidate rule that decides which pairs may be linked at all.
// Shared by the sandbox's matcher and the extension's local explanation, so both compute the same number.
//
// Candidate rule (the Splink "blocking rule" idea: a pair no rule admits is never linked, whatever its score):
// a pair is linkable only when it shares a normalised phone or e-mail, or agrees on at least two corroborating
// facts (birth date, street + postal code, account number), or one of them plus a contact that people of several
// names share (sharedContacts.ts). Name + one fact is left to a reviewer on purpose:
// two "John Smith"s born the same day are more often two people (or a default date) than an additive model
// with independent attributes believes. The score stays the calibrated probability either way.
import { compareAttribute, ML_ATTRIBUTES } from './comparison';
import type { ProfileFeatures } from './features';
import { matchProbability, ML_OUTCOMES, PRIOR_WEIGHT } from './mlWeights';

/** Linkable pairs with a probability at or above this are matched (and grouped transitively): even odds. */
export const MATCH_THRESHOLD = 0.5;

/** Prior + Σ attribute weights: log2 of the posterior odds that the pair is one person. */
export function matchWeight(a: ProfileFeatures, b: ProfileFeatures): number {
  let w = PRIOR_WEIGHT;
  for (const attribute of ML_ATTRIBUTES) w += compareAttribute(attribute, a, b).weight;
  return w;
}

/** The pair's match probability (0..1), symmetric. */
export function scorePair(a: ProfileFeatures, b: ProfileFeatures): number {
  return matchProbability(matchWeight(a, b));
}

/** Count of corroborating facts beyond names and contacts that agree. */
export function corroborations(a: ProfileFeatures, b: ProfileFeatures): number {
  // An ambiguous birth date agreeing under one reading is still an agreeing birth date ('agree' level).
  return (compareAttribute('birthDate', a, b).level === 'agree' ? 1 : 0)
    + (compareAttribute('address', a, b) === ML_OUTCOMES.address.agree ? 1 : 0)
    + (compareAttribute('accountNumber', a, b) === ML_OUTCOMES.accountNumber.agree ? 1 : 0);
}

/** The candidate rule above: may this pair be linked at all? Cheap; checked before scoring. */
export function couldMatch(a: ProfileFeatures, b: ProfileFeatures): boolean {
  const phone = compareAttribute('phone', a, b);
  const email = compareAttribute('email', a, b);
  if (phone === ML_OUTCOMES.phone.agree || email.level === 'agree') return true;
  // A shared (role / household / recycled) contact is no identity evidence, but it still narrows who the pair can
  // be: with one corroborating fact it may be linked, and the score (where it weighs 0) decides.
  const sharedContact = phone === ML_OUTCOMES.phone.shared || email === ML_OUTCOMES.email.shared;
  return corroborations(a, b) >= (sharedContact ? 1 : 2);
}
