// Identity resolution: ListIdentityResolutionJobs / GetIdentityResolutionJob / GetMatches /
// MergeProfiles / GetAutoMergingPreview.
import type { FieldSourceProfileIds, ProfileRecord } from '../../shared/profile';
import { notFound } from '../errors';
import { previewAutoMerging, type AutoMergingConfig } from '../identity/autoMerge';
import { sortableNumber } from '../paging';
import { CALLER_ARN } from '../store/history';
import { mergeProfilesInDomain } from '../store/merge';
import type { IdentityJobState, MatchGroupState } from '../store/types';
import { checkConsolidation } from './consolidation';
import { as, pageArgs, requireDomain, type HandlerTable } from './context';

const jobListItem = (domainName: string, j: IdentityJobState): Record<string, unknown> => ({
  DomainName: domainName,
  JobId: j.JobId,
  Status: j.Status,
  JobStartTime: j.JobStartTime,
  JobEndTime: j.JobEndTime,
  JobStats: j.JobStats,
  ExportingLocation: j.ExportingLocation,
  Message: j.Message,
});

// Newest first (the model: "sorts the list by JobStartTime"); the key inverts the start time.
const jobKey = (j: IdentityJobState): string => `${sortableNumber(1e15 - Math.round(j.JobStartTime * 1000))}|${j.JobId}`;

export const identityHandlers: HandlerTable = {
  ListIdentityResolutionJobs(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const sorted = [...d.jobs].sort((a, b) => (jobKey(a) < jobKey(b) ? -1 : 1));
    const page = ctx.pager.page(sorted, jobKey, { op: 'ListIdentityResolutionJobs', scope: d.DomainName, ...pageArgs(input), defaultMax: 100 });
    return { IdentityResolutionJobsList: page.items.map((j) => jobListItem(d.DomainName, j)), NextToken: page.nextToken };
  },

  GetIdentityResolutionJob(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const j = d.jobs.find((x) => x.JobId === input.JobId);
    if (!j) throw notFound(`Identity resolution job ${String(input.JobId)} does not exist in domain ${d.DomainName}.`);
    return {
      ...jobListItem(d.DomainName, j),
      LastUpdatedAt: j.LastUpdatedAt,
      JobExpirationTime: j.JobExpirationTime,
      AutoMerging: j.AutoMerging,
    };
  },

  GetMatches(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const result = d.matches;
    // Matching never ran (or never completed): an empty result, as for a domain without duplicates.
    if (!result) {
      // Still validate a token: one from another domain or an older result must not pass silently.
      if (input.NextToken !== undefined) ctx.pager.page([], String, { op: 'GetMatches', scope: `${d.DomainName}|none`, ...pageArgs(input), defaultMax: 100 });
      return { Matches: [], PotentialMatches: 0 };
    }
    const key = (g: MatchGroupState): string => sortableNumber(g.seq);
    const page = ctx.pager.page(result.groups, key, { op: 'GetMatches', scope: `${d.DomainName}|${result.jobId}`, ...pageArgs(input), defaultMax: 100 });
    return {
      MatchGenerationDate: result.generatedAt,
      PotentialMatches: result.groups.length,
      Matches: page.items.map((g) => ({ MatchId: g.MatchId, ProfileIds: g.ProfileIds, ConfidenceScore: g.ConfidenceScore })),
      NextToken: page.nextToken,
    };
  },

  MergeProfiles(input, ctx) {
    const req = as<{ DomainName: string; MainProfileId: string; ProfileIdsToBeMerged: string[]; FieldSourceProfileIds?: FieldSourceProfileIds }>(input);
    const d = requireDomain(ctx, req.DomainName);
    mergeProfilesInDomain(d, req.MainProfileId, req.ProfileIdsToBeMerged, req.FieldSourceProfileIds, ctx.now(), CALLER_ARN);
    return { Message: `Merged ${new Set(req.ProfileIdsToBeMerged).size} profile(s) into ${req.MainProfileId}.` };
  },

  GetAutoMergingPreview(input, ctx) {
    const req = as<Omit<AutoMergingConfig, 'Enabled'> & { DomainName: string }>(input);
    const d = requireDomain(ctx, req.DomainName);
    checkConsolidation('Consolidation', req.Consolidation);
    const groups = d.matches?.groups ?? [];
    const byId = new Map<string, ProfileRecord>();
    for (const [id, p] of d.profiles) byId.set(id, p.profile);
    const meta = (id: string): { lastUpdatedAt: number; sourceObjectTypes: string[] } => {
      const p = d.profiles.get(id);
      return { lastUpdatedAt: p?.lastUpdatedAt ?? 0, sourceObjectTypes: p?.sourceObjectTypes ?? [] };
    };
    const config: AutoMergingConfig = {
      Enabled: true,
      Consolidation: req.Consolidation,
      ConflictResolution: req.ConflictResolution,
      MinAllowedConfidenceScoreForMerging: req.MinAllowedConfidenceScoreForMerging,
    };
    return { DomainName: d.DomainName, ...previewAutoMerging(groups, byId, config, meta) };
  },
};
