// Which profile the composer proposes as MergeProfiles' MainProfileId, and why (shown to the reviewer).
import type { ProfileRecord } from '../profile';
import { filledFieldCount } from './compareProfiles';

export interface MainProfileChoice {
  readonly profileId: string;
  readonly reason: string;
}

/**
 * The most complete profile (most filled fields) is proposed, because on conflicts without a pick the main
 * profile's value wins. Ties go to the first profile in the group's order.
 */
export function preselectMainProfile(profiles: readonly ProfileRecord[]): MainProfileChoice | undefined {
  if (profiles.length === 0) return undefined;
  const counts = profiles.map(filledFieldCount);
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  const tied = counts.filter((c) => c === counts[best]).length;
  const fields = (n: number): string => `${n} filled field${n === 1 ? '' : 's'}`;
  if (profiles.length === 1) return { profileId: profiles[0].ProfileId, reason: 'the only profile still present' };
  if (tied === profiles.length) {
    return { profileId: profiles[best].ProfileId, reason: `all profiles are equally complete (${fields(counts[best])}); the first in the group was taken` };
  }
  if (tied > 1) {
    return { profileId: profiles[best].ProfileId, reason: `most complete (${fields(counts[best])}), tied with ${tied - 1} other${tied > 2 ? 's' : ''}; the first of them was taken` };
  }
  const runnerUp = Math.max(...counts.filter((_, i) => i !== best));
  return { profileId: profiles[best].ProfileId, reason: `most complete profile (${fields(counts[best])}; next best ${runnerUp})` };
}
