// The text of the "Merge all…" confirmation. Pure. It states what the bulk merge covers: when loading was
// cancelled (or failed) part way, only the loaded groups are candidates, and the dialog says so plainly
// instead of letting "every unreviewed group" suggest the whole of PotentialMatches.
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
  const total = coverage.potentialMatches !== undefined ? ` of ${coverage.potentialMatches.toLocaleString('en-US')}` : '';
  const partial = coverage.complete
    ? ''
    : `This covers only the ${coverage.loaded.toLocaleString('en-US')}${total} potential matches loaded so far (loading was stopped); ` +
      'groups not loaded are not merged. Reload first to include them. ';
  const criterion = plan.maxLevel !== undefined ? `at rule level ≤ ${plan.maxLevel}` : `with score ≥ ${plan.minScore}`;
  return {
    message: `Merge ${n} unreviewed ${coverage.complete ? '' : 'loaded '}group${n === 1 ? '' : 's'} ${criterion}? This cannot be undone.`,
    detail: partial +
      `Up to ${atMost} profiles will be deleted (merged into each group's most complete profile; conflicts keep the main profile's value). ` +
      `${plan.skipped.length} group(s) at that ${plan.maxLevel !== undefined ? 'level' : 'score'} are left alone (not a match, skipped or merged). Profiles gone since the job are left out.`,
  };
}
