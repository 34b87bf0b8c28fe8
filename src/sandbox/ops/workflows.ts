// ListWorkflows / GetWorkflow / GetWorkflowSteps.
import { notFound } from '../errors';
import { sortableNumber } from '../paging';
import type { WorkflowState } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable } from './context';

/** Statuses after which a workflow has ended (its LastUpdatedAt is then its end). */
const ENDED = new Set(['COMPLETE', 'FAILED', 'CANCELLED', 'SPLIT']);

/**
 * The model's words: QueryStartDate "Retrieve workflows started after timestamp", QueryEndDate "Retrieve
 * workflows ended after timestamp". Our reading, where the model is terse: started = CreatedAt (the
 * GetWorkflow StartDate); ended = LastUpdatedAt of a workflow in a final status; a workflow still running
 * has not ended yet, so it ends after any past date and QueryEndDate keeps it. Both bounds inclusive.
 */
function inDates(w: WorkflowState, start: number | undefined, end: number | undefined): boolean {
  if (start !== undefined && w.CreatedAt < start) return false;
  if (end !== undefined && ENDED.has(w.Status) && w.LastUpdatedAt < end) return false;
  return true;
}

const wfKey = (w: WorkflowState): string => `${sortableNumber(1e15 - Math.round(w.CreatedAt * 1000))}|${w.WorkflowId}`;

export const workflowHandlers: HandlerTable = {
  ListWorkflows(input, ctx) {
    const req = as<{ DomainName: string; WorkflowType?: string; Status?: string; QueryStartDate?: number; QueryEndDate?: number }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const matching = [...d.workflows.values()]
      .filter((w) => (req.WorkflowType === undefined || w.WorkflowType === req.WorkflowType) && (req.Status === undefined || w.Status === req.Status))
      .filter((w) => inDates(w, req.QueryStartDate, req.QueryEndDate))
      .sort((a, b) => (wfKey(a) < wfKey(b) ? -1 : 1));
    const scope = JSON.stringify([d.DomainName, req.WorkflowType, req.Status, req.QueryStartDate, req.QueryEndDate]);
    const page = ctx.pager.page(matching, wfKey, { op: 'ListWorkflows', scope, ...pageArgs(input), defaultMax: 100 });
    return {
      Items: page.items.map((w) => ({
        WorkflowType: w.WorkflowType, WorkflowId: w.WorkflowId, Status: w.Status, StatusDescription: w.StatusDescription,
        CreatedAt: w.CreatedAt, LastUpdatedAt: w.LastUpdatedAt,
      })),
      NextToken: page.nextToken,
    };
  },

  GetWorkflow(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const w = d.workflows.get(input.WorkflowId as string);
    if (!w) throw notFound(`Workflow ${String(input.WorkflowId)} does not exist in domain ${d.DomainName}.`);
    return {
      WorkflowId: w.WorkflowId, WorkflowType: w.WorkflowType, Status: w.Status,
      ErrorDescription: w.Status === 'FAILED' ? w.StatusDescription : undefined,
      StartDate: w.CreatedAt, LastUpdatedAt: w.LastUpdatedAt, Attributes: w.Attributes, Metrics: w.Metrics,
    };
  },

  GetWorkflowSteps(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const w = d.workflows.get(input.WorkflowId as string);
    if (!w) throw notFound(`Workflow ${String(input.WorkflowId)} does not exist in domain ${d.DomainName}.`);
    const indexed = w.steps.map((s, i) => ({ s, key: sortableNumber(i) }));
    const page = ctx.pager.page(indexed, (x) => x.key, { op: 'GetWorkflowSteps', scope: `${d.DomainName}|${w.WorkflowId}`, ...pageArgs(input), defaultMax: 100 });
    return {
      WorkflowId: w.WorkflowId, WorkflowType: w.WorkflowType,
      Items: page.items.map((x) => ({ AppflowIntegration: x.s })),
      NextToken: page.nextToken,
    };
  },
};
