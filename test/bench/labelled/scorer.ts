// The ONE place the benchmark asks the matcher for a pair score (for the calibration table). If the matcher's
// scoring hook changes, change this file only.
// The score must be the one the job itself computed: features of ALL the job's profiles with the term-frequency
// pass applied (shared mailboxes, switchboards, offices weigh 0; sharedContacts.ts), as blocking does. Scoring
// each pair from bare features (as this file did) put the role-mailbox pair the job had linked at 0.67 into the
// [0.99, 1] band. Not reproduced: the job's stop values (a contact on more than 25 profiles, blocking.ts).
import type { ProfileRecord } from '../../../src/shared/profile';
import { extractFeatures, type ProfileFeatures } from '../../../src/shared/identity/features';
import { scorePair } from '../../../src/shared/identity/mlScore';
import { markSharedContacts, sharedContactValues } from '../../../src/shared/identity/sharedContacts';

export type PairScorer = (a: ProfileRecord, b: ProfileRecord) => number;

export function matcherPairScorer(records: readonly ProfileRecord[]): PairScorer {
  const features = records.map(extractFeatures);
  markSharedContacts(features, sharedContactValues(features));
  const byId = new Map<string, ProfileFeatures>(records.map((r, i) => [r.ProfileId, features[i]]));
  const featuresOf = (p: ProfileRecord): ProfileFeatures => {
    const f = byId.get(p.ProfileId);
    if (!f) throw new Error(`${p.ProfileId} is not one of the scorer's records`);
    return f;
  };
  return (a, b) => scorePair(featuresOf(a), featuresOf(b));
}
