// CreateUploadJob / GetUploadJob / ListUploadJobs / StartUploadJob / StopUploadJob.
// The sandbox has no S3 to receive CSV data, so a started job stays IN_PROGRESS until stopped
// (GetUploadJobPath is not offered: its URL would lead nowhere).
import { badRequest, notFound } from '../errors';
import { newId } from '../ids';
import { sortableNumber } from '../paging';
import type { DomainState, UploadJobState } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable } from './context';

function requireUploadJob(d: DomainState, id: unknown): UploadJobState {
  const j = typeof id === 'string' ? d.uploadJobs.get(id) : undefined;
  if (!j) throw notFound(`Upload job ${String(id)} does not exist in domain ${d.DomainName}.`);
  return j;
}

const listItem = (j: UploadJobState): Record<string, unknown> => ({
  JobId: j.JobId, DisplayName: j.DisplayName, Status: j.Status, StatusReason: j.StatusReason,
  CreatedAt: j.CreatedAt, CompletedAt: j.CompletedAt, DataExpiry: j.DataExpiry,
});

// Newest first.
const uploadKey = (j: UploadJobState): string => `${sortableNumber(1e15 - Math.round(j.CreatedAt * 1000))}|${j.JobId}`;

export const uploadHandlers: HandlerTable = {
  CreateUploadJob(input, ctx) {
    const req = as<{ DomainName: string; DisplayName: string; Fields: Record<string, unknown>; UniqueKey: string; DataExpiry?: number }>(input);
    const d = requireDomain(ctx, req.DomainName);
    if (!Object.prototype.hasOwnProperty.call(req.Fields, req.UniqueKey)) throw badRequest(`UniqueKey: ${req.UniqueKey} is not one of the Fields.`);
    const job: UploadJobState = {
      JobId: newId(), DisplayName: req.DisplayName, Status: 'CREATED', CreatedAt: ctx.now(),
      Fields: structuredClone(req.Fields), UniqueKey: req.UniqueKey, DataExpiry: req.DataExpiry ?? d.DefaultExpirationDays,
    };
    d.uploadJobs.set(job.JobId, job);
    return { JobId: job.JobId };
  },

  GetUploadJob(input, ctx) {
    const j = requireUploadJob(requireDomain(ctx, input.DomainName), input.JobId);
    return { ...listItem(j), Fields: j.Fields, UniqueKey: j.UniqueKey, ResultsSummary: j.ResultsSummary };
  },

  ListUploadJobs(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const sorted = [...d.uploadJobs.values()].sort((a, b) => (uploadKey(a) < uploadKey(b) ? -1 : 1));
    const page = ctx.pager.page(sorted, uploadKey, { op: 'ListUploadJobs', scope: d.DomainName, ...pageArgs(input), defaultMax: 100 });
    return { Items: page.items.map(listItem), NextToken: page.nextToken };
  },

  // Wrong-state calls: the API reference (StartUploadJob / StopUploadJob, "Errors") lists BadRequestException (400,
  // "The input you provided is invalid") and ResourceNotFoundException (404) and says nothing more specific about
  // states, so a job that is not CREATED (start) or no longer running (stop) is a BadRequestException here and an
  // unknown JobId a ResourceNotFoundException. The message wording is the sandbox's own.
  StartUploadJob(input, ctx) {
    const j = requireUploadJob(requireDomain(ctx, input.DomainName), input.JobId);
    if (j.Status !== 'CREATED') throw badRequest(`Upload job ${j.JobId} is ${j.Status}; only a CREATED job can be started.`);
    j.Status = 'IN_PROGRESS';
    return {};
  },

  StopUploadJob(input, ctx) {
    const j = requireUploadJob(requireDomain(ctx, input.DomainName), input.JobId);
    if (j.Status !== 'CREATED' && j.Status !== 'IN_PROGRESS') throw badRequest(`Upload job ${j.JobId} is ${j.Status}; it cannot be stopped.`);
    j.Status = 'STOPPED';
    j.CompletedAt = ctx.now();
    return {};
  },
};
