// The real MatchesBackend: the src/aws facade (CustomerProfilesApi from loadAws().createCustomerProfilesApi).
// Type-only import, so the extension bundle stays free of the SDK; the API object is created by the caller.
import type { CustomerProfilesApi } from '../../aws/index';
import type { ProfileRecord } from '../../shared/profile';
import type { BatchProfiles, DomainMatchingInfo, MatchesBackend, MatchesPage, MergeAnswer } from './backend';
import { BATCH_GET_PROFILE_IDS, GET_MATCHES_PAGE_SIZE, MERGE_IDS_PER_CALL } from '../../shared/matches/limits';
import type { MergeProfilesRequest } from '../../shared/matches/mergeRequests';

export function createAwsMatchesBackend(api: CustomerProfilesApi): MatchesBackend {
  return {
    async getDomain(domain, signal): Promise<DomainMatchingInfo> {
      const out = await api.call('GetDomain', { DomainName: domain }, { abortSignal: signal });
      const threshold = out.Matching?.AutoMerging?.MinAllowedConfidenceScoreForMerging;
      return { autoMergeThreshold: typeof threshold === 'number' ? threshold : undefined, matchingEnabled: out.Matching?.Enabled };
    },

    async getMatchesPage(domain, nextToken, signal): Promise<MatchesPage> {
      // `call`, not `fetchPage`: PotentialMatches and MatchGenerationDate live beside the items. The paging
      // loop itself is the project's iteratePages (see controller.ts).
      const out = await api.call('GetMatches', { DomainName: domain, MaxResults: GET_MATCHES_PAGE_SIZE, NextToken: nextToken }, { abortSignal: signal });
      return {
        items: out.Matches ?? [],
        nextToken: out.NextToken || undefined,
        potentialMatches: out.PotentialMatches,
        matchGenerationDate: out.MatchGenerationDate,
      };
    },

    async batchGetProfiles(domain, profileIds, signal): Promise<BatchProfiles> {
      if (profileIds.length > BATCH_GET_PROFILE_IDS) throw new RangeError(`BatchGetProfile takes at most ${BATCH_GET_PROFILE_IDS} ids`);
      const out = await api.call('BatchGetProfile', { DomainName: domain, ProfileIds: [...profileIds] }, { abortSignal: signal });
      // The SDK's Profile has the same wire members as ProfileRecord (plus FoundByItems, unused here).
      const profiles = (out.Profiles ?? []).filter((p) => typeof p.ProfileId === 'string') as unknown as ProfileRecord[];
      const returned = new Set(profiles.map((p) => p.ProfileId));
      return { profiles, missing: profileIds.filter((id) => !returned.has(id)) };
    },

    async mergeProfiles(request: MergeProfilesRequest): Promise<MergeAnswer> {
      let requestId: string | undefined;
      if (request.ProfileIdsToBeMerged.length > MERGE_IDS_PER_CALL) throw new RangeError(`MergeProfiles takes at most ${MERGE_IDS_PER_CALL} ids`);
      await api.call('MergeProfiles', {
        DomainName: request.DomainName,
        MainProfileId: request.MainProfileId,
        ProfileIdsToBeMerged: [...request.ProfileIdsToBeMerged],
        FieldSourceProfileIds: request.FieldSourceProfileIds,
      }, { onRequestId: (id) => { requestId = id; } });
      return { requestId };
    },
  };
}
