// Export of a panel's groups (all loaded ones, or the webview's filtered list) from the host's profile cache.
// Every row gets its names and emails: the background profile fetch is awaited and completed first; rows whose
// profiles still could not be fetched are counted, and so are the groups left out when loading stopped before
// PotentialMatches. Writing, the default name and the notification are exportService.ts's.
import { exportMatchGroups, type ExportUi } from './exportService';
import type { ExportContext, ExportFormat } from '../../shared/matches/exportGroups';
import type { ProfilePrefetch } from './profilePrefetch';
import type { ExportResultMessage } from '../../shared/matches/protocol';
import type { StreamStatus } from './matchesStream';

export interface ExportRun {
  readonly format: ExportFormat;
  readonly context: ExportContext;
  readonly prefetcher: ProfilePrefetch;
  readonly status: StreamStatus;
  readonly now: Date;
  readonly ui: ExportUi;
  log(line: string): void;
}

/** Writes the export and returns the answer's fields (without type and requestId). */
export async function exportMatches(run: ExportRun): Promise<Omit<ExportResultMessage, 'type' | 'requestId'>> {
  const { context: ctx, format } = run;
  const incomplete = await run.prefetcher.ensure(ctx.groups);
  const outcome = await exportMatchGroups(ctx, format, run.now, run.ui);
  if (incomplete.length) run.log(`Matches (${ctx.domain}): exported ${incomplete.length} group(s) without every profile's name (BatchGetProfile failed).`);
  return {
    ...outcome,
    ...(incomplete.length ? { incompleteRows: incomplete.length } : {}),
    ...(!run.status.complete ? { rows: ctx.groups.length, potentialMatches: run.status.potentialMatches } : {}),
  };
}
