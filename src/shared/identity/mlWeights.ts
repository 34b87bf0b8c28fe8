// The ML matcher's Fellegi–Sunter parameters: for every comparison level of every attribute, m = P(level | the
// pair is the same person) and u = P(level | two different people), and the weight log2(m / u) it adds to the
// pair's total. The total (prior + Σ weights) is log2 of the posterior odds; matchProbability turns it into the
// 0..1 ConfidenceScore, as Splink does. Fixed numbers, no fitting at runtime: the pipeline stays deterministic.
//
// Where the numbers come from (values rounded; the weight is what counts):
//   - u is measured over CANDIDATE pairs, i.e. pairs that share a blocking key (a phone, an e-mail, or Soundex of
//     the last name + first initial; blocking.ts), not over all pairs. Blocking already selects similar names, so
//     name agreement is common among non-matches there and weighs little; contact and birth-date agreement stays
//     rare and weighs a lot. u values were counted on the demo generator's candidate pairs (seed 20200815, 2,000
//     profiles, ground truth known) and rounded towards real-world rates where the demo is artificially clean.
//   - m comes from the demo generator's documented error rates (demoPeople.ts: e-mail kept by ~61% of variants,
//     phone by ~59%, nickname 15%, typo 10% per name part, initial 3%, birth date dropped 35%, address 25%, …),
//     floored at 1% where the generator never produces a level but real data does (a true duplicate with a
//     different birth date is a typo, not impossible): a floor keeps one contradiction from being infinitely
//     strong, so a pair with overwhelming other evidence can still be reviewed.
//   - prior: log2 of the odds that a candidate pair is a match before any comparison (about 1 in 20 on the demo).
// Independence of attributes is the model's assumption, and it is wrong for households (same surname, phone and
// address by construction); the "different first name" and "different birth date / gender" weights are set strong
// enough that a relative sharing all three stays below the match threshold (see test/unit/identity/calibration.test.ts).

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

/** log2 prior odds that a candidate pair is a match, before any comparison: about 1 in 30. */
export const PRIOR_WEIGHT = Math.log2(1 / 30);

export const ML_OUTCOMES = {
  email: {
    agree: outcome('agree', 'agree', 'a mailbox in common (case, dots, +tag ignored)', 0.6, 0.001),
    differ: outcome('differ', 'differ', 'no mailbox in common', 0.3, 0.95),
    missing: missing(),
  },
  phone: {
    agree: outcome('agree', 'agree', 'a number in common (format ignored)', 0.52, 0.08),
    differ: outcome('differ', 'differ', 'no number in common', 0.15, 0.85),
    missing: missing(),
  },
  firstName: {
    exact: outcome('exact', 'agree', 'same given name', 0.78, 0.14),
    nickname: outcome('nickname', 'agree', 'nickname of the same name', 0.04, 0.01),
    initial: outcome('initial', 'close', 'initial agrees with the name', 0.04, 0.02),
    close: outcome('close', 'close', 'similar spelling (Jaro-Winkler ≥ 0.88)', 0.1, 0.04),
    swapped: outcome('swapped', 'close', 'first and last name swapped', 0.005, 0.002),
    differ: outcome('differ', 'differ', 'different given names', 0.01, 0.9),
    missing: missing(),
  },
  lastName: {
    exact: outcome('exact', 'agree', 'same surname', 0.87, 0.35),
    close: outcome('close', 'close', 'similar spelling (Jaro-Winkler ≥ 0.88)', 0.1, 0.066),
    swapped: outcome('swapped', 'close', 'first and last name swapped', 0.005, 0.002),
    differ: outcome('differ', 'differ', 'different surnames (a changed name?)', 0.02, 0.15),
    missing: missing(),
  },
  birthDate: {
    agree: outcome('agree', 'agree', 'same birth date', 0.45, 0.001),
    differ: outcome('differ', 'differ', 'different birth dates', 0.01, 0.99),
    missing: missing(),
  },
  address: {
    agree: outcome('agree', 'agree', 'same street and postal code', 0.52, 0.06),
    differ: outcome('differ', 'differ', 'different street or postal code', 0.2, 0.55),
    missing: missing('missing (or no street / postal code) on one side'),
  },
  accountNumber: {
    agree: outcome('agree', 'agree', 'same account number', 0.39, 0.001),
    differ: outcome('differ', 'differ', 'different account numbers', 0.3, 0.85),
    missing: missing(),
  },
  gender: {
    agree: outcome('agree', 'agree', 'same gender', 0.99, 0.5),
    differ: outcome('differ', 'differ', 'different genders', 0.01, 0.5),
    missing: missing('missing or unspecified on one side'),
  },
} as const;

/** Posterior probability from a total weight (log2 odds): 2^w / (1 + 2^w). */
export function matchProbability(totalWeight: number): number {
  return 1 / (1 + 2 ** -totalWeight);
}
