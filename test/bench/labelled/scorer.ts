// The ONE place the benchmark asks the matcher for a pair score (for the calibration table). If the matcher's
// scoring hook changes, change this file only.
import type { ProfileRecord } from '../../../src/shared/profile';
import { extractFeatures } from '../../../src/shared/identity/features';
import { scorePair } from '../../../src/shared/identity/mlScore';

export type PairScorer = (a: ProfileRecord, b: ProfileRecord) => number;

export function matcherPairScorer(): PairScorer {
  const cache = new Map<string, ReturnType<typeof extractFeatures>>();
  const featuresOf = (p: ProfileRecord): ReturnType<typeof extractFeatures> => {
    let f = cache.get(p.ProfileId);
    if (!f) { f = extractFeatures(p); cache.set(p.ProfileId, f); }
    return f;
  };
  return (a, b) => scorePair(featuresOf(a), featuresOf(b));
}
