// MatchIds are derived from the group's members, so re-running a job over the same profiles yields the same ids
// (stable links in the matches webview, reproducible tests). Shape: 32 lowercase hex like the service's.
import { createHash } from 'node:crypto';

/** First 32 hex digits of sha256 over the sorted ProfileIds joined by ",". */
export function matchIdFor(sortedProfileIds: readonly string[]): string {
  return createHash('sha256').update(sortedProfileIds.join(',')).digest('hex').slice(0, 32);
}
