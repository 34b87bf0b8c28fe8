// The text of the "Merge all…" confirmation. Pure. It states what the bulk merge covers: when loading was
// cancelled (or failed) part way, only the loaded groups are candidates, and the dialog says so plainly
// instead of letting "every unreviewed group" suggest the whole of PotentialMatches.
import * as l10n from '@vscode/l10n';
import type { BulkMergePlan } from './bulkMerge';

export interface LoadedCoverage {
  /** Groups loaded into the panel. */
  readonly loaded: number;
  /** PotentialMatches as GetMatches reported it. */
  readonly potentialMatches?: number;
  /** Every GetMatches page was loaded. */
  readonly complete: boolean;
}

export function bulkMergeConfirmation(plan: BulkMergePlan, coverage: LoadedCoverage): { message: string; detail: string } {
  const n = plan.candidates.length;
  const atMost = plan.candidates.reduce((sum, g) => sum + g.profileIds.length - 1, 0);
  const loaded = coverage.loaded.toLocaleString('en-US');
  const partial = coverage.complete ? ''
    : coverage.potentialMatches !== undefined
      ? l10n.t('This covers only the {0} of {1} potential matches loaded so far (loading was stopped); groups not loaded are not merged. Reload first to include them.', loaded, coverage.potentialMatches.toLocaleString('en-US'))
      : l10n.t('This covers only the {0} potential matches loaded so far (loading was stopped); groups not loaded are not merged. Reload first to include them.', loaded);
  // The criterion is a whole phrase of its own ("at rule level ≤ 2", "with score ≥ 0.9") placed into the question.
  const criterion = plan.maxLevel !== undefined ? l10n.t('at rule level ≤ {0}', plan.maxLevel) : l10n.t('with score ≥ {0}', plan.minScore);
  const message = coverage.complete
    ? (n === 1 ? l10n.t('Merge 1 unreviewed group {0}? This cannot be undone.', criterion) : l10n.t('Merge {0} unreviewed groups {1}? This cannot be undone.', n, criterion))
    : (n === 1 ? l10n.t('Merge 1 unreviewed loaded group {0}? This cannot be undone.', criterion) : l10n.t('Merge {0} unreviewed loaded groups {1}? This cannot be undone.', n, criterion));
  const leftAlone = plan.maxLevel !== undefined
    ? l10n.t('{0} group(s) at that level are left alone (not a match, skipped or merged). Profiles gone since the job are left out.', plan.skipped.length)
    : l10n.t('{0} group(s) at that score are left alone (not a match, skipped or merged). Profiles gone since the job are left out.', plan.skipped.length);
  return {
    message,
    detail: [partial, l10n.t('Up to {0} profiles will be deleted (merged into each group\'s most complete profile; conflicts keep the main profile\'s value).', atMost), leftAlone]
      .filter(Boolean).join(' '),
  };
}
