// Which profile the composer proposes as MergeProfiles' MainProfileId, and why (shown to the reviewer).
import * as l10n from '@vscode/l10n';
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
  // "12 filled fields": a noun phrase of its own, shown in parentheses.
  const fields = (n: number): string => (n === 1 ? l10n.t('1 filled field') : l10n.t('{0} filled fields', n));
  if (profiles.length === 1) return { profileId: profiles[0].ProfileId, reason: l10n.t('the only profile still present') };
  if (tied === profiles.length) {
    return { profileId: profiles[best].ProfileId, reason: l10n.t('all profiles are equally complete ({0}); the first in the group was taken', fields(counts[best])) };
  }
  if (tied > 1) {
    return { profileId: profiles[best].ProfileId, reason: tied === 2
      ? l10n.t('most complete ({0}), tied with 1 other; the first of them was taken', fields(counts[best]))
      : l10n.t('most complete ({0}), tied with {1} others; the first of them was taken', fields(counts[best]), tied - 1) };
  }
  const runnerUp = Math.max(...counts.filter((_, i) => i !== best));
  return { profileId: profiles[best].ProfileId, reason: l10n.t('most complete profile ({0}; next best {1})', fields(counts[best]), runnerUp) };
}
