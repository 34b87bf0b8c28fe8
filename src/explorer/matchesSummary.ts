// The "Matches" item's description: one GetMatches call with MaxResults 1 reads PotentialMatches and
// MatchGenerationDate without fetching the groups (the review panel streams those).
import type { CustomerProfilesApi } from '../aws/client';
import type { MatchesSummary } from './nodes';

export async function fetchMatchesSummary(api: CustomerProfilesApi, domainName: string): Promise<MatchesSummary> {
  const out = await api.call('GetMatches', { DomainName: domainName, MaxResults: 1 });
  return { potentialMatches: out.PotentialMatches, matchGenerationDate: out.MatchGenerationDate };
}
