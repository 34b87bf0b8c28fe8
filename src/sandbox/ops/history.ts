// ListProfileHistoryRecords / GetProfileHistoryRecord over store/history.ts (which documents what the
// records hold, PerformedBy and the bounds). Records list newest first; the list carries no Content (the
// model's ProfileHistoryRecord has none): GetProfileHistoryRecord is the one place it is read.
// A deleted or merged-away profile's history stays readable (it is the audit trail of the deletion);
// a profile id that never had a record answers ResourceNotFoundException.
import { notFound } from '../errors';
import { sortableNumber } from '../paging';
import { hasHistory, profileHistory } from '../store/history';
import type { DomainState, HistoryRecordState } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable } from './context';

function requireProfileWithHistory(d: DomainState, profileId: string): void {
  if (!d.profiles.has(profileId) && !hasHistory(d, profileId)) throw notFound(`Profile ${profileId} does not exist in domain ${d.DomainName}.`);
}

const wire = (r: HistoryRecordState): Record<string, unknown> => ({
  Id: r.Id,
  ObjectTypeName: r.ObjectTypeName,
  CreatedAt: r.CreatedAt,
  LastUpdatedAt: r.LastUpdatedAt,
  ActionType: r.ActionType,
  ProfileObjectUniqueKey: r.ProfileObjectUniqueKey,
  PerformedBy: r.PerformedBy,
});

// Newest first as an ascending string key, as the pager needs.
const newestFirst = (r: HistoryRecordState): string => sortableNumber(Number.MAX_SAFE_INTEGER - r.seq);

export const historyHandlers: HandlerTable = {
  ListProfileHistoryRecords(input, ctx) {
    const req = as<{ DomainName: string; ProfileId: string; ObjectTypeName?: string; ActionType?: string; PerformedBy?: string }>(input);
    const d = requireDomain(ctx, req.DomainName);
    requireProfileWithHistory(d, req.ProfileId);
    const records = profileHistory(d, req.ProfileId).filter(
      (r) =>
        (req.ObjectTypeName === undefined || r.ObjectTypeName === req.ObjectTypeName) &&
        (req.ActionType === undefined || r.ActionType === req.ActionType) &&
        (req.PerformedBy === undefined || r.PerformedBy === req.PerformedBy),
    );
    const scope = JSON.stringify([d.DomainName, req.ProfileId, req.ObjectTypeName ?? null, req.ActionType ?? null, req.PerformedBy ?? null]);
    const page = ctx.pager.page(records, newestFirst, { op: 'ListProfileHistoryRecords', scope, ...pageArgs(input), defaultMax: 100 });
    return { ProfileHistoryRecords: page.items.map(wire), NextToken: page.nextToken };
  },

  GetProfileHistoryRecord(input, ctx) {
    const req = as<{ DomainName: string; ProfileId: string; Id: string }>(input);
    const d = requireDomain(ctx, req.DomainName);
    requireProfileWithHistory(d, req.ProfileId);
    const record = profileHistory(d, req.ProfileId).find((r) => r.Id === req.Id);
    if (!record) throw notFound(`History record ${req.Id} does not exist for profile ${req.ProfileId} in domain ${d.DomainName}.`);
    return { ...wire(record), Content: record.Content };
  },
};
