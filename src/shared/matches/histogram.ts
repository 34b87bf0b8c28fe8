// Histogram of ConfidenceScore over [0, 1] in equal-width buckets; a score of exactly 1 lands in the last.
export interface HistogramBucket { readonly from: number; readonly to: number; readonly count: number }
export interface ScoreHistogram { readonly buckets: readonly HistogramBucket[]; readonly maxCount: number; readonly total: number }

export function bucketIndex(score: number, bucketCount: number): number {
  const clamped = Math.min(1, Math.max(0, score));
  return Math.min(bucketCount - 1, Math.floor(clamped * bucketCount));
}

export function scoreHistogram(scores: Iterable<number>, bucketCount = 20): ScoreHistogram {
  const counts = new Array<number>(bucketCount).fill(0);
  let total = 0;
  for (const s of scores) {
    if (!Number.isFinite(s)) continue;
    counts[bucketIndex(s, bucketCount)]++;
    total++;
  }
  const buckets = counts.map((count, i) => ({ from: i / bucketCount, to: (i + 1) / bucketCount, count }));
  return { buckets, maxCount: Math.max(0, ...counts), total };
}

export type ConfidenceBand = 'high' | 'review' | 'low';

/**
 * Colour band of a score. "High" starts at the domain's AutoMerging threshold when one is set (those groups
 * the service itself would merge), else at 0.8; "low" is below 0.5 (or below the threshold if it is lower).
 */
export function confidenceBand(score: number, autoMergeThreshold?: number): ConfidenceBand {
  const highFrom = autoMergeThreshold ?? 0.8;
  const lowBelow = Math.min(0.5, highFrom);
  if (score >= highFrom) return 'high';
  return score < lowBelow ? 'low' : 'review';
}
