// The "Matches" item's description: one GetMatches call with MaxResults 1 reads PotentialMatches and
// MatchGenerationDate without fetching the groups (the review panel streams those). Pure.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import type { MatchesNode, MatchesSummary } from './nodes';

export async function fetchMatchesSummary(api: CustomerProfilesApi, domainName: string): Promise<MatchesSummary> {
  const out = await api.call('GetMatches', { DomainName: domainName, MaxResults: 1 });
  return { potentialMatches: out.PotentialMatches, matchGenerationDate: out.MatchGenerationDate };
}

interface SummaryDeps {
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  readonly log: Logger;
}

/** What the "Matches" item shows once its GetMatches call ended: the summary, or why there is none. */
export type MatchesSummaryResult = Pick<MatchesNode, 'summary' | 'summaryError'>;

/** The summary's GetMatches call; a failure is a result too (the item says it) and goes to the log. */
export async function loadMatchesSummary(deps: SummaryDeps, domainName: string): Promise<MatchesSummaryResult> {
  try {
    return { summary: await fetchMatchesSummary(await deps.api(), domainName), summaryError: undefined };
  } catch (err) {
    const message = deps.describe(err).message;
    deps.log.warn(`GetMatches (summary) failed for ${domainName}: ${message}`);
    return { summary: undefined, summaryError: message };
  }
}
