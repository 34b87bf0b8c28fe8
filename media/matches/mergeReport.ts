// The bulk-merge report from the host's journal: what an interrupted or finished run did, failures first
// (failed with the service's error, unknown, merged with request ids, not started, skipped), with Resume,
// Retry failed, Export and Dismiss. Every value goes in as text (dom.ts).
import * as l10n from '@vscode/l10n';
import type { ExportFormat } from '../../src/shared/matches/exportGroups';
import type { GroupOutcome, GroupStatus, JournalReport } from '../../src/shared/matches/mergeJournal';
import { clear, el, formatCount, shortId } from './dom';
import type { HostClient } from './hostClient';

export interface MergeReportActions {
  resume(runId: string): Promise<unknown>;
  retryFailed(runId: string): Promise<unknown>;
  exportAs(runId: string, format: ExportFormat): Promise<unknown>;
  dismiss(runId: string): Promise<unknown>;
}

function outcomeLabel(o: GroupOutcome): string {
  switch (o) {
    case 'failed': return l10n.t('Failed');
    case 'unknown': return l10n.t('Unknown');
    case 'merged': return l10n.t('Merged');
    case 'not-started': return l10n.t('Not started');
    case 'skipped': return l10n.t('Skipped');
  }
}

/** "3 failed": the count with the outcome, one message per outcome. */
function outcomeCount(o: GroupOutcome, n: number): string {
  const c = formatCount(n);
  switch (o) {
    case 'failed': return l10n.t('{0} failed', c);
    case 'unknown': return l10n.t('{0} unknown', c);
    case 'merged': return l10n.t('{0} merged', c);
    case 'not-started': return l10n.t('{0} not started', c);
    case 'skipped': return l10n.t('{0} skipped', c);
  }
}

function detailText(g: GroupStatus): string {
  switch (g.outcome) {
    case 'merged': {
      const ids = g.requestIds.length ? l10n.t('request id {0}', g.requestIds.join(', ')) : '';
      const verified = g.verified ? l10n.t('answer lost; checked with {0}', 'BatchGetProfile') : '';
      const into = g.deletedIds.length === 1 ? l10n.t('1 profile into {0}', g.mainProfileId ?? '?') : l10n.t('{0} profiles into {1}', formatCount(g.deletedIds.length), g.mainProfileId ?? '?');
      return [into, ids, verified].filter(Boolean).join(' · ');
    }
    case 'unknown': return l10n.t('{0} — Resume checks it with {1} before anything else', g.detail ?? l10n.t('no answer'), 'BatchGetProfile');
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
  readonly root = el('section', { class: 'merge-report', attrs: { 'aria-label': l10n.t('Bulk merge report') } });
  private busy = false;

  constructor(private readonly actions: MergeReportActions, private readonly onError: (e: unknown) => void) {
    this.root.hidden = true;
  }

  show(report: JournalReport | undefined): void {
    clear(this.root);
    this.root.hidden = !report;
    if (!report) return;
    const c = report.counts;
    const title = report.interrupted ? l10n.t('Bulk merge interrupted') : l10n.t('Bulk merge report');
    const started = report.startedAt.replace('T', ' ').slice(0, 19);
    const when = report.maxLevel !== undefined
      ? l10n.t('started {0} UTC, rule level ≤ {1}', started, report.maxLevel)
      : l10n.t('started {0} UTC, score ≥ {1}', started, String(report.minScore));
    const summary = (['failed', 'unknown', 'merged', 'not-started', 'skipped'] as const)
      .map((o) => el('span', { class: `count outcome-${o}`, text: outcomeCount(o, c[o]) }));
    const buttons = el('div', { class: 'merge-report-buttons' });
    const button = (label: string, run: () => Promise<unknown>, secondary = false): void => {
      const b = el('button', { class: secondary ? 'secondary' : '', text: label });
      b.addEventListener('click', () => this.act(run));
      buttons.append(b);
    };
    if (c.unknown + c['not-started'] > 0) button(l10n.t('Resume…'), () => this.actions.resume(report.runId));
    if (c.failed > 0) button(l10n.t('Retry failed…'), () => this.actions.retryFailed(report.runId), c.unknown + c['not-started'] > 0);
    button(l10n.t('Export {0}', 'CSV'), () => this.actions.exportAs(report.runId, 'csv'), true);
    button(l10n.t('Export {0}', 'JSON'), () => this.actions.exportAs(report.runId, 'json'), true);
    button(l10n.t('Dismiss'), () => this.actions.dismiss(report.runId), true);
    const rows = report.groups.map((g) => el('tr', { class: `outcome-${g.outcome}` },
      el('td', { class: 'outcome', text: outcomeLabel(g.outcome) }),
      el('td', { text: g.matchId }),
      el('td', { text: g.mainProfileId ? shortId(g.mainProfileId) : '', attrs: g.mainProfileId ? { title: g.mainProfileId } : {} }),
      el('td', { text: g.callsTotal ? `${g.callsDone}/${g.callsTotal}` : '' }),
      el('td', { class: 'detail-text', text: detailText(g) }),
    ));
    const table = el('table', { class: 'merge-report-table' },
      el('thead', {}, el('tr', {}, ...[l10n.t('Outcome'), l10n.t('Group'), l10n.t('Main profile'), l10n.t('Calls'), l10n.t('What happened')].map((h) => el('th', { text: h })))),
      el('tbody', {}, ...rows));
    this.root.append(
      el('div', { class: 'merge-report-head' },
        el('h2', { text: title }), el('span', { class: 'when', text: when }), buttons),
      el('div', { class: 'merge-report-counts' }, ...summary),
    );
    if (report.interrupted) {
      this.root.append(el('p', { class: 'merge-report-note', text: l10n.t('The run stopped before it finished (window reload or crash). Groups marked merged are done and are never merged again.') }));
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
