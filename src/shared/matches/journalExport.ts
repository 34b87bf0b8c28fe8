// Export of a bulk-merge report (Export report in the panel): one row per group, failures first, as shown.
import { toCsv } from './csv';
import type { JournalReport } from './mergeJournal';

export function journalReportCsv(report: JournalReport): string {
  return toCsv(
    ['MatchId', 'Outcome', 'MainProfileId', 'MergedProfileIds', 'RequestIds', 'CallsDone', 'CallsTotal', 'Detail'],
    report.groups.map((g) => [
      g.matchId, g.outcome, g.mainProfileId, g.deletedIds.join(' '), g.requestIds.join(' '), g.callsDone, g.callsTotal,
      g.verified ? [g.detail, 'outcome verified with BatchGetProfile'].filter(Boolean).join('; ') : g.detail,
    ]),
  );
}

export function journalReportJson(report: JournalReport, exportedAt: Date): string {
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), ...report }, null, 2) + '\n';
}
