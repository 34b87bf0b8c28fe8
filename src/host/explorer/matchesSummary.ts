// The "Matches" item's description: one GetMatches call with MaxResults 1 reads PotentialMatches and
// MatchGenerationDate without fetching the groups (the review panel streams those). Pure.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import { matchesNodeId } from './nodeIds';
import type { DomainNode, MatchesNode, MatchesSummary } from './nodes';

export async function fetchMatchesSummary(api: CustomerProfilesApi, domainName: string): Promise<MatchesSummary> {
  const out = await api.call('GetMatches', { DomainName: domainName, MaxResults: 1 });
  return { potentialMatches: out.PotentialMatches, matchGenerationDate: out.MatchGenerationDate };
}

interface SummaryDeps {
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  readonly log: Logger;
}

/**
 * The domain's "Matches" item without its summary, and the summary's GetMatches call started: `settle` gets
 * the same item with `summary` (or `summaryError`) when the call ends.
 */
export function startMatchesItem(domain: DomainNode, deps: SummaryDeps, settle: (next: MatchesNode) => void): MatchesNode {
  const node: MatchesNode = { kind: 'matches', id: matchesNodeId(domain.id), domainName: domain.domainName };
  deps.api()
    .then((api) => fetchMatchesSummary(api, domain.domainName))
    .then(
      (summary) => settle({ ...node, summary }),
      (err: unknown) => {
        const message = deps.describe(err).message;
        deps.log.warn(`GetMatches (summary) failed for ${domain.domainName}: ${message}`);
        settle({ ...node, summaryError: message });
      },
    );
  return node;
}
