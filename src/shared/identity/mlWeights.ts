// The ML matcher's Fellegi–Sunter parameters: for every comparison level of every attribute, m = P(level | the
// pair is the same person) and u = P(level | two different people), and the weight log2(m / u) it adds to the
// pair's total. The total (prior + Σ weights) is log2 of the posterior odds; matchProbability turns it into the
// 0..1 ConfidenceScore, as Splink does. Fixed numbers, no fitting at runtime: the pipeline stays deterministic.
//
// Where the numbers come from (rounded; the weight is what counts):
//   - Both m and u are taken over CANDIDATE pairs: pairs sharing a blocking key (a phone, an e-mail, or Soundex of
//     the last name + first initial; blocking.ts), not all pairs. Blocking already selects similar names, so name
//     agreement is common among non-matches there and weighs little (same surname: u 0.35), while contact and
//     birth-date agreement stay rare and weigh a lot.
//   - Starting point: counts on the demo generator's candidate pairs with its ground truth (seed 20200815 at 2,000
//     profiles: 1,330 candidate pairs, 567 true; seed 42 at 100,000: 1.4 M, 34 k true), e.g. e-mail agree m 0.60-0.66,
//     phone agree m 0.51, u 0.017-0.059, first name exact m 0.76-0.79, initial m 0.04, typo/close m 0.08-0.12,
//     surname exact u 0.75-0.82 (lowered to 0.35: real candidate pairs are far more varied than the demo's), birth
//     date agree m 0.44 (75% have one, 35% of variants drop it). These agree with the generator's documented
//     error rates (demoPeople.ts).
//   - Deliberate departures from the demo counts, because the demo is cleaner than real data:
//       * levels the generator never produces for a true duplicate (different birth date, gender, phone, account,
//         address) get m from real-world rates (1-30%) instead of 0: a contradiction is strong, never infinite;
//       * agreement the demo makes (almost) impossible for strangers gets u well above its demo count: shared
//         family/business mailboxes (e-mail u 0.004, not 0), birth dates shared through data-entry defaults and
//         twins among same-name candidates (u 0.01, not 0.00003), account numbers of household accounts (0.004);
//       * "no mailbox in common" weighs little (m 0.5): people collect mailboxes.
//   - prior: odds that a candidate pair is a match before any comparison, 1 : 28 (the demo has 1 : 40 at 100k
//     profiles and about 1 : 1.3 at 2,000, where blocking finds few strangers).
//   - Term frequency (as Splink's term-frequency adjustment, reduced to its effect): a phone or e-mail that the
//     domain shows under 2 different surnames or 3 different names (sharedContacts.ts) is what strangers share
//     (role mailbox info@…, switchboard, recycled number, household line); u for agreeing on it rises to m, so it
//     weighs 0 bits ('shared' level, m = u = 0.02) and alone does not satisfy the candidate rule. Checked on the
//     labelled benchmark (test/bench/labelled, seed 20261202): role-mailbox co-workers merged 66 -> 0 pairs, recall
//     unchanged except for duplicates that changed surname but kept the mailbox. The same holds for an address
//     (street + unit + postal code) that the domain shows under 2 different surnames: an office, a shared flat
//     ('shared' level, 0 bits). Unlike a phone, an address shared by several given names of ONE surname is a
//     family home and stays evidence.
//   The values were then checked against the demo's truth at 2k/10k/100k (cluster recall and pair precision no
//   lower than the rule-of-thumb scorer they replace) and against the calibration cases in
//   test/unit/identity/calibration.test.ts (clear duplicate ≥ 0.95; name + one household phone 0.4-0.8).
// Independence of attributes is the model's assumption, and it is wrong for households (same surname, phone and
// address by construction); "different given name" (-6.5 bits) and "different birth date" (-6.6) / "different
// gender" (-5.6) are strong enough that a relative sharing all three stays below the match threshold.

export type ComparisonLevel = 'agree' | 'close' | 'differ' | 'missing';

export interface Outcome {
  /** Stable id within the attribute ("exact", "nickname", …). */
  readonly id: string;
  readonly level: ComparisonLevel;
  /** What the level means, for the explanation ("nickname of the same name"). */
  readonly label: string;
  readonly m: number;
  readonly u: number;
  /** log2(m / u); 0 for a missing value (no evidence either way). */
  readonly weight: number;
}

function outcome(id: string, level: ComparisonLevel, label: string, m: number, u: number): Outcome {
  return Object.freeze({ id, level, label, m, u, weight: level === 'missing' ? 0 : Math.log2(m / u) });
}

const missing = (label = 'missing on one side'): Outcome => outcome('missing', 'missing', label, 1, 1);

/** log2 prior odds that a candidate pair is a match, before any comparison: about 1 in 28. */
export const PRIOR_WEIGHT = Math.log2(1 / 28);

export const ML_OUTCOMES = {
  email: {
    agree: outcome('agree', 'agree', 'a mailbox in common (case ignored)', 0.6, 0.004),
    separators: outcome('separators', 'agree', "the same mailbox apart from '.', '_', '-' or a +tag (JOHN_DOE / johndoe)", 0.08, 0.001),
    shared: outcome('shared', 'close', 'a mailbox in common that people of different names also use (role mailbox)', 0.02, 0.02),
    differ: outcome('differ', 'differ', 'no mailbox in common', 0.5, 0.95),
    missing: missing(),
  },
  phone: {
    agree: outcome('agree', 'agree', 'a number in common (same number in E.164)', 0.52, 0.07),
    shared: outcome('shared', 'close', 'a number in common that people of different names also use (switchboard, recycled)', 0.02, 0.02),
    differ: outcome('differ', 'differ', 'no number in common', 0.15, 0.85),
    missing: missing(),
  },
  firstName: {
    exact: outcome('exact', 'agree', 'same given name', 0.78, 0.14),
    nickname: outcome('nickname', 'agree', 'nickname of the same name', 0.04, 0.01),
    initial: outcome('initial', 'close', 'initial agrees with the name', 0.04, 0.01),
    close: outcome('close', 'close', 'similar spelling (Jaro-Winkler ≥ 0.88)', 0.11, 0.025),
    typo: outcome('typo', 'close', 'one keystroke apart', 0.04, 0.02),
    swapped: outcome('swapped', 'close', 'first and last name swapped', 0.005, 0.002),
    differ: outcome('differ', 'differ', 'different given names', 0.002, 0.9),
    missing: missing(),
  },
  lastName: {
    exact: outcome('exact', 'agree', 'same surname', 0.87, 0.35),
    compound: outcome('compound', 'agree', 'one surname is part of the other (compound surname)', 0.05, 0.02),
    generation: outcome('generation', 'differ', 'different generational suffix (Jr / Sr)', 0.005, 0.2),
    close: outcome('close', 'close', 'similar spelling (Jaro-Winkler ≥ 0.88)', 0.1, 0.066),
    typo: outcome('typo', 'close', 'one keystroke apart', 0.03, 0.02),
    swapped: outcome('swapped', 'close', 'first and last name swapped', 0.005, 0.002),
    differ: outcome('differ', 'differ', 'different surnames (a changed name?)', 0.03, 0.15),
    missing: missing(),
  },
  birthDate: {
    agree: outcome('agree', 'agree', 'same birth date', 0.45, 0.01),
    ambiguous: outcome('ambiguous', 'agree', 'same birth date under one reading of an ambiguous day/month', 0.08, 0.004),
    typo: outcome('typo', 'close', 'one digit apart, or day and month swapped', 0.06, 0.02),
    differ: outcome('differ', 'differ', 'different birth dates', 0.01, 0.99),
    missing: missing(),
  },
  address: {
    agree: outcome('agree', 'agree', 'same street and postal code', 0.52, 0.06),
    close: outcome('close', 'close', 'same street, postal code one character apart', 0.04, 0.004),
    unit: outcome('unit', 'differ', 'same building, different unit', 0.02, 0.1),
    shared: outcome('shared', 'close', 'same street and postal code, which people of different surnames also give (an office)', 0.02, 0.02),
    differ: outcome('differ', 'differ', 'different street or postal code', 0.2, 0.55),
    missing: missing('missing (or no street / postal code) on one side'),
  },
  accountNumber: {
    agree: outcome('agree', 'agree', 'same account number', 0.39, 0.004),
    differ: outcome('differ', 'differ', 'different account numbers', 0.3, 0.85),
    missing: missing(),
  },
  gender: {
    agree: outcome('agree', 'agree', 'same gender', 0.99, 0.5),
    differ: outcome('differ', 'differ', 'different genders', 0.01, 0.5),
    missing: missing('missing or unspecified on one side'),
  },
} as const;

/**
 * Evidence for a match saturates at this many bits (odds 1024:1, p ≈ 0.999). Independent-attribute totals of
 * 20-30 bits (p = 0.999999…) are not something a fixed local model can stand behind: the attributes of one
 * source record are correlated and nothing here was validated at one-in-a-million error rates. Without the
 * ceiling every well-documented duplicate would read 1.0000 and the top of the histogram would say nothing.
 */
export const MAX_EVIDENCE_BITS = 10;

/**
 * Posterior probability from a total weight (log2 odds), as Splink turns its match weight into a probability,
 * 2^w / (1 + 2^w), with positive totals saturating smoothly towards MAX_EVIDENCE_BITS (w' = B·tanh(w / B),
 * which is ≈ w for small totals, so the threshold region keeps its calibration).
 */
export function matchProbability(totalWeight: number): number {
  const w = totalWeight > 0 ? MAX_EVIDENCE_BITS * Math.tanh(totalWeight / MAX_EVIDENCE_BITS) : totalWeight;
  return 1 / (1 + 2 ** -w);
}
