// "Why do these match" for an ML group: per attribute, each profile's raw and normalized values and, for every
// profile after the first, the comparison level against the FIRST profile with its Fellegi–Sunter weight, plus
// each pair's total and probability. It is the sandbox matcher's own model (comparison.ts, mlWeights.ts) run
// locally: a LOCAL ESTIMATE that explains, it is not the service's ConfidenceScore (the real service's model is
// not published). Pure, no vscode: the matches webview bundles it and escapes every value it renders.
//
// Why "against the first profile" and not the best pair: one reference column keeps the table readable
// (attribute rows x profile columns) and the caller decides the reference by ordering the profiles (e.g. the
// group's first or the selected profile). A member linked only transitively shows a low pair probability against
// the reference, which is exactly what a reviewer should notice.
// Term frequency: the sandbox weighs a phone or e-mail held by people of 2 surnames or 3 distinct names, and an
// address held by people of 2 surnames, ~0 (sharedContacts.ts).
// This function sees only the group: it reproduces that when the caller passes the domain's shared values
// (`sharedValues`), and otherwise counts the values the group itself shows as shared.
// Not reproduced: the sandbox ignores a phone or e-mail shared by more than 25 profiles of the domain (a
// placeholder or call-centre value); this function sees only the group, so it counts such a value as agreement.
import type { ProfileRecord } from '../profile';
import { compareAttribute, ML_ATTRIBUTES, type ComparisonLevel, type MlAttribute } from './comparison';
import { extractFeatures, type ProfileFeatures } from './features';
import { PRIOR_WEIGHT, matchProbability } from './mlWeights';
import { couldMatch, MATCH_THRESHOLD, matchWeight } from './mlScore';
import { rawValues, type RawValue } from './mlRawValues';
import { markSharedContacts, sharedContactValues } from './sharedContacts';

export type { ComparisonLevel, MlAttribute } from './comparison';
export type { RawValue } from './mlRawValues';

export interface MlProfileValues {
  readonly profileId: string;
  /** The profile fields the attribute reads, as stored (only those with a value). */
  readonly raw: readonly RawValue[];
  /** What the model compares, after normalization; empty when the profile offers nothing. */
  readonly normalized: readonly string[];
}

export interface MlComparison {
  /** The profile compared with the reference (first) profile. */
  readonly profileId: string;
  readonly level: ComparisonLevel;
  /** The model's level id within the attribute ("exact", "nickname", "close", …) and what it means. */
  readonly outcome: string;
  readonly label: string;
  /** log2(m/u): positive is evidence for a match, negative against, 0 for missing. */
  readonly weight: number;
  readonly m: number;
  readonly u: number;
}

export interface MlAttributeRow {
  readonly attribute: MlAttribute;
  readonly title: string;
  /** One entry per profile, in the order given. */
  readonly values: readonly MlProfileValues[];
  /** One entry per profile after the first, each against the first. */
  readonly comparisons: readonly MlComparison[];
}

export interface MlPairSummary {
  readonly profileId: string;
  readonly againstProfileId: string;
  /** Prior + Σ weights (log2 odds). */
  readonly totalWeight: number;
  /** matchProbability(totalWeight), the local model's pair probability (0..1). */
  readonly probability: number;
  /** The candidate rule (shared phone / e-mail, or two of birth date, address, account number) admits the pair. */
  readonly linkable: boolean;
  /** linkable and probability ≥ threshold: the local model would link this pair directly. */
  readonly matched: boolean;
}

export interface MlExplanation {
  /** Always 'local-estimate': label it so in any UI, beside (never instead of) the service's ConfidenceScore. */
  readonly kind: 'local-estimate';
  readonly referenceProfileId: string | undefined;
  readonly priorWeight: number;
  readonly threshold: number;
  readonly attributes: readonly MlAttributeRow[];
  readonly pairs: readonly MlPairSummary[];
}

export const ML_ATTRIBUTE_TITLES: Readonly<Record<MlAttribute, string>> = {
  email: 'E-mail', phone: 'Phone', firstName: 'First name', lastName: 'Last name', birthDate: 'Birth date',
  address: 'Address (street + postal code)', accountNumber: 'Account number', gender: 'Gender',
};

function normalizedOf(attribute: MlAttribute, f: ProfileFeatures): string[] {
  const one = (v: string): string[] => (v === '' ? [] : [v]);
  switch (attribute) {
    // The addresses as compared for 'agree' (trimmed, lower-cased); the looser mailbox key only decides 'separators'.
    case 'email': return [...f.exactEmails];
    case 'phone': return [...f.phones, ...f.sharedPhones];
    // The formal form is what nicknames compare by ("bob" -> "robert"), so show it when it differs.
    case 'firstName': return f.first === '' ? [] : f.firstCanonical !== f.first ? [f.first, f.firstCanonical] : [f.first];
    case 'lastName': return one(f.last);
    case 'birthDate': return one(f.birthDate);
    case 'address': return one(f.street);
    case 'accountNumber': return one(f.accountNumber);
    case 'gender': return one(f.gender);
  }
}

export function explainMlMatch(profiles: readonly ProfileRecord[], sharedValues?: ReadonlySet<string>): MlExplanation {
  const features = profiles.map(extractFeatures);
  const shared = new Set([...(sharedValues ?? []), ...sharedContactValues(features)]);
  markSharedContacts(features, shared);
  const ref = features[0];
  const attributes = ML_ATTRIBUTES.map((attribute): MlAttributeRow => ({
    attribute,
    title: ML_ATTRIBUTE_TITLES[attribute],
    values: profiles.map((p, i) => ({ profileId: p.ProfileId, raw: rawValues(attribute, p), normalized: normalizedOf(attribute, features[i]) })),
    comparisons: profiles.slice(1).map((p, k) => {
      const o = compareAttribute(attribute, ref, features[k + 1]);
      return { profileId: p.ProfileId, level: o.level, outcome: o.id, label: o.label, weight: o.weight, m: o.m, u: o.u };
    }),
  }));
  const pairs = profiles.slice(1).map((p, k): MlPairSummary => {
    const totalWeight = matchWeight(ref, features[k + 1]);
    const probability = matchProbability(totalWeight);
    const linkable = couldMatch(ref, features[k + 1]);
    return { profileId: p.ProfileId, againstProfileId: profiles[0].ProfileId, totalWeight, probability, linkable,
      matched: linkable && probability >= MATCH_THRESHOLD };
  });
  return { kind: 'local-estimate', referenceProfileId: profiles[0]?.ProfileId, priorWeight: PRIOR_WEIGHT, threshold: MATCH_THRESHOLD, attributes, pairs };
}
