// The bulk-merge report from the host's journal: what an interrupted or finished run did, failures first
// (failed with the service's error, unknown, merged with request ids, not started, skipped), with Resume,
// Retry failed, Export and Dismiss. Every value goes in as text (dom.ts).
import type { ExportFormat } from '../../src/shared/matches/exportGroups';
import type { GroupOutcome, GroupStatus, JournalReport } from '../../src/shared/matches/mergeJournal';
import { clear, el, plural, shortId } from './dom';
import type { HostClient } from './hostClient';

export interface MergeReportActions {
  resume(runId: string): Promise<unknown>;
  retryFailed(runId: string): Promise<unknown>;
  exportAs(runId: string, format: ExportFormat): Promise<unknown>;
  dismiss(runId: string): Promise<unknown>;
}

const OUTCOME_LABEL: Record<GroupOutcome, string> = {
  failed: 'Failed', unknown: 'Unknown', merged: 'Merged', 'not-started': 'Not started', skipped: 'Skipped',
};

function detailText(g: GroupStatus): string {
  switch (g.outcome) {
    case 'merged': {
      const ids = g.requestIds.length ? `request id ${g.requestIds.join(', ')}` : '';
      const verified = g.verified ? 'answer lost; checked with BatchGetProfile' : '';
      return [`${plural(g.deletedIds.length, 'profile')} into ${g.mainProfileId ?? '?'}`, ids, verified].filter(Boolean).join(' · ');
    }
    case 'unknown': return `${g.detail ?? 'no answer'} — Resume checks it with BatchGetProfile before anything else`;
    default: return g.detail ?? '';
  }
}

/** The report's buttons, as requests to the host. */
export function reportActions(client: HostClient): MergeReportActions {
  return {
    resume: (runId) => client.request({ type: 'resumeBulkMerge', runId }),
    retryFailed: (runId) => client.request({ type: 'retryFailedMerges', runId }),
    exportAs: (runId, format) => client.request({ type: 'exportMergeReport', runId, format }),
    dismiss: (runId) => client.request({ type: 'dismissMergeReport', runId }),
  };
}

export class MergeReportView {
  readonly root = el('section', { class: 'merge-report', attrs: { 'aria-label': 'Bulk merge report' } });
  private busy = false;

  constructor(private readonly actions: MergeReportActions, private readonly onError: (e: unknown) => void) {
    this.root.hidden = true;
  }

  show(report: JournalReport | undefined): void {
    clear(this.root);
    this.root.hidden = !report;
    if (!report) return;
    const c = report.counts;
    const title = report.interrupted ? 'Bulk merge interrupted' : 'Bulk merge report';
    const when = `started ${report.startedAt.replace('T', ' ').slice(0, 19)} UTC, ${report.maxLevel !== undefined ? `rule level ≤ ${report.maxLevel}` : `score ≥ ${report.minScore}`}`;
    const summary = (['failed', 'unknown', 'merged', 'not-started', 'skipped'] as const)
      .map((o) => el('span', { class: `count outcome-${o}`, text: `${c[o].toLocaleString('en-US')} ${OUTCOME_LABEL[o].toLowerCase()}` }));
    const buttons = el('div', { class: 'merge-report-buttons' });
    const button = (label: string, run: () => Promise<unknown>, secondary = false): void => {
      const b = el('button', { class: secondary ? 'secondary' : '', text: label });
      b.addEventListener('click', () => this.act(run));
      buttons.append(b);
    };
    if (c.unknown + c['not-started'] > 0) button('Resume…', () => this.actions.resume(report.runId));
    if (c.failed > 0) button('Retry failed…', () => this.actions.retryFailed(report.runId), c.unknown + c['not-started'] > 0);
    button('Export CSV', () => this.actions.exportAs(report.runId, 'csv'), true);
    button('Export JSON', () => this.actions.exportAs(report.runId, 'json'), true);
    button('Dismiss', () => this.actions.dismiss(report.runId), true);
    const rows = report.groups.map((g) => el('tr', { class: `outcome-${g.outcome}` },
      el('td', { class: 'outcome', text: OUTCOME_LABEL[g.outcome] }),
      el('td', { text: g.matchId }),
      el('td', { text: g.mainProfileId ? shortId(g.mainProfileId) : '', attrs: g.mainProfileId ? { title: g.mainProfileId } : {} }),
      el('td', { text: g.callsTotal ? `${g.callsDone}/${g.callsTotal}` : '' }),
      el('td', { class: 'detail-text', text: detailText(g) }),
    ));
    const table = el('table', { class: 'merge-report-table' },
      el('thead', {}, el('tr', {}, ...['Outcome', 'Group', 'Main profile', 'Calls', 'What happened'].map((h) => el('th', { text: h })))),
      el('tbody', {}, ...rows));
    this.root.append(
      el('div', { class: 'merge-report-head' },
        el('h2', { text: title }), el('span', { class: 'when', text: when }), buttons),
      el('div', { class: 'merge-report-counts' }, ...summary),
    );
    if (report.interrupted) {
      this.root.append(el('p', { class: 'merge-report-note', text: 'The run stopped before it finished (window reload or crash). Groups marked merged are done and are never merged again.' }));
    }
    this.root.append(el('div', { class: 'merge-report-scroll' }, table));
  }

  private act(run: () => Promise<unknown>): void {
    if (this.busy) return;
    this.busy = true;
    for (const b of this.root.querySelectorAll('button')) b.disabled = true;
    run().catch((e: unknown) => this.onError(e)).finally(() => {
      this.busy = false;
      for (const b of this.root.querySelectorAll('button')) b.disabled = false;
    });
  }
}
