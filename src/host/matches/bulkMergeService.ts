// "Merge all…" with a journal that survives interruption: the run, Resume (unknown calls checked with
// BatchGetProfile first), Retry failed, Export report and Dismiss. The journal lives in globalState under the
// connection + domain (journalStore.ts); every MergeProfiles call is persisted before it is sent and after
// its answer (journaledRun.ts), so a reload or crash leaves at most one unknown call per running group.
import { randomUUID } from 'crypto';
import * as l10n from '@vscode/l10n';
import { journalStorageKey, JournalStore } from './journalStore';
import { runJournaledGroups } from './journaledRun';
import { BATCH_GET_PROFILE_IDS } from '../../shared/matches/limits';
import { chunk } from '../../shared/matches/chunk';
import { bulkMergeConfirmation } from '../../shared/matches/bulkMergeConfirmation';
import { formatBulkMergeReport, planBulkMerge, type BulkMergeReport, type PreparedMerge } from '../../shared/matches/bulkMerge';
import { journalReportCsv, journalReportJson } from '../../shared/matches/journalExport';
import { groupStatus, journalReport, needsAttention, newJournal, type JournalGroup, type JournalReport } from '../../shared/matches/mergeJournal';
import { buildMergeRequests } from '../../shared/matches/mergeRequests';
import { preselectMainProfile } from '../../shared/matches/mainProfile';
import { groupsToResume, idsToVerify, retryFailedEvents, settleUnknownCalls, summarizeResume, unknownCalls } from '../../shared/matches/resumePlan';
import type { MergeContext } from './mergeContext';
import type {
  BulkMergeRequest, DismissMergeReportRequest, ExportMergeReportRequest, ResumeBulkMergeRequest, RetryFailedMergesRequest,
} from '../../shared/matches/protocol';
import type { Validated } from './validateWebviewMessage';

/**
 * Journals with a runner working on them, across panels of this extension host: a journal found without
 * finishedAt and not in here was interrupted (its host died or the window reloaded).
 */
const activeRuns = new Map<string, JournalStore>();

export class BulkMergeService {
  private readonly key: string;
  private crashed = false;
  private running: { readonly abort: AbortController; readonly done: Promise<void> } | undefined;

  constructor(private readonly ctx: MergeContext, private readonly concurrency: number) {
    this.key = journalStorageKey(ctx.connectionId, ctx.domain);
  }

  /** The live journal of a running bulk merge, or the persisted one. */
  private journal(): JournalStore {
    return activeRuns.get(this.key) ?? new JournalStore(this.ctx.store, this.key);
  }

  private report(store = this.journal()): JournalReport | undefined {
    const journal = store.current;
    return journal && journalReport(journal, activeRuns.get(this.key) === store);
  }

  /** After `init`: shows the report of a run that needs attention (interrupted, failures, not started). */
  announce(): void {
    const report = this.report();
    if (report && needsAttention(report)) this.ctx.post({ type: 'mergeReport', report });
  }

  private openJournalFor(runId: string): JournalStore {
    const store = this.journal();
    if (store.current?.runId !== runId) throw new Error(outOfDate());
    if (activeRuns.get(this.key) === store) throw new Error(l10n.t('This bulk merge is still running.'));
    return store;
  }

  async bulkMerge(msg: Validated<BulkMergeRequest>): Promise<void> {
    const { ctx } = this;
    const earlier = this.report();
    if (earlier && (activeRuns.has(this.key) || needsAttention(earlier))) {
      throw new Error(l10n.t('An earlier bulk merge of this domain is unfinished: resume it, retry its failures or dismiss its report first.'));
    }
    const minScore = msg.minScore ?? 0;
    const plan = planBulkMerge(ctx.allGroups().filter((g) => !ctx.mergesInFlight.has(g.matchId)), (id) => ctx.review.stateOf(id), minScore, msg.maxLevel);
    if (plan.candidates.length === 0) {
      throw new Error(msg.maxLevel !== undefined ? l10n.t('No unreviewed group is at rule level {0} or lower.', msg.maxLevel) : l10n.t('No unreviewed group has a score of {0} or more.', minScore));
    }
    const question = bulkMergeConfirmation(plan, ctx.loadStatus());
    const ok = await ctx.ui.confirm(question.message, question.detail, l10n.t('Merge All'));
    if (!ok) return ctx.post({ type: 'bulkMergeResult', requestId: msg.requestId, cancelled: true });
    const store = new JournalStore(ctx.store, this.key);
    await store.begin(newJournal({
      runId: randomUUID(), domain: ctx.domain, matchGenerationDate: ctx.matchGenerationDate(), minScore, maxLevel: msg.maxLevel,
      startedAt: ctx.now().toISOString(), groups: plan.candidates,
    }));
    const cancelled = await this.run(store, plan.candidates.map((g) => g.matchId), plan.candidates.length === 1 ? l10n.t('Merging 1 match group') : l10n.t('Merging {0} match groups', plan.candidates.length));
    if (this.crashed) return;
    const report = bulkReport(this.report(store)!, plan.skipped, cancelled);
    ctx.ui.log(formatBulkMergeReport(report));
    ctx.post({ type: 'bulkMergeResult', requestId: msg.requestId, report });
    this.announce();
  }

  async resume(msg: Validated<ResumeBulkMergeRequest>): Promise<void> {
    const store = this.openJournalFor(msg.runId);
    const summary = summarizeResume(store.current!);
    if (summary.toResume === 0) throw new Error(l10n.t('Nothing to resume: every group of this bulk merge is merged, failed or skipped.'));
    const ok = await this.ctx.ui.confirm(
      summary.toResume === 1
        ? l10n.t('Resume the bulk merge: 1 group not finished? This cannot be undone.')
        : l10n.t('Resume the bulk merge: {0} groups not finished? This cannot be undone.', summary.toResume),
      resumeDetail(summary),
      l10n.t('Resume'),
    );
    if (!ok) return this.ctx.post({ type: 'mergeReport', requestId: msg.requestId, report: this.report(store) });
    await this.settleUnknown(store);
    await this.run(store, groupsToResume(store.current!), l10n.t('Resuming the bulk merge'));
    if (!this.crashed) this.ctx.post({ type: 'mergeReport', requestId: msg.requestId, report: this.report(store) });
  }

  async retryFailed(msg: Validated<RetryFailedMergesRequest>): Promise<void> {
    const store = this.openJournalFor(msg.runId);
    const events = retryFailedEvents(store.current!);
    if (events.length === 0) throw new Error(l10n.t('No group of this bulk merge failed.'));
    const ids = [...new Set(events.map((e) => ('matchId' in e ? e.matchId : '')))];
    const ok = await this.ctx.ui.confirm(
      ids.length === 1 ? l10n.t('Retry 1 failed group? This cannot be undone.') : l10n.t('Retry {0} failed groups? This cannot be undone.', ids.length),
      l10n.t('Each failed {0} call is sent again (the service refused it, so it did not run); calls that succeeded are not. A group whose profiles could not be read is prepared again from its current profiles.', 'MergeProfiles'),
      l10n.t('Retry'),
    );
    if (!ok) return this.ctx.post({ type: 'mergeReport', requestId: msg.requestId, report: this.report(store) });
    for (const e of events) await store.record(e);
    await this.run(store, ids, ids.length === 1 ? l10n.t('Retrying 1 failed group') : l10n.t('Retrying {0} failed groups', ids.length));
    if (!this.crashed) this.ctx.post({ type: 'mergeReport', requestId: msg.requestId, report: this.report(store) });
  }

  async exportReport(msg: Validated<ExportMergeReportRequest>): Promise<void> {
    const store = this.journal();
    if (store.current?.runId !== msg.runId) throw new Error(outOfDate());
    const report = this.report(store)!;
    const content = msg.format === 'csv' ? journalReportCsv(report) : journalReportJson(report, this.ctx.now());
    const target = await this.ctx.ui.saveFile(`${this.ctx.domain}-bulk-merge-report.${msg.format}`, msg.format, content);
    this.ctx.post({ type: 'exportResult', requestId: msg.requestId, saved: target !== undefined, target });
  }

  async dismiss(msg: Validated<DismissMergeReportRequest>): Promise<void> {
    await this.openJournalFor(msg.runId).clear();
    this.ctx.post({ type: 'mergeReport', requestId: msg.requestId });
  }

  /**
   * TEST-ONLY: behaves as if the extension host died right after the next MergeProfiles call went out. Nothing
   * more reaches the journal's storage, nothing more is sent, and this resolves once the calls in flight have
   * come back (their answers lost).
   */
  async simulateCrash(): Promise<void> {
    this.crashed = true;
    const store = activeRuns.get(this.key);
    const running = this.running;
    // Die while a MergeProfiles call is out (or at once when the run ends first).
    if (store && running) await Promise.race([store.freezeAtNextCall(), running.done.catch(() => undefined)]);
    store?.freeze();
    if (store && activeRuns.get(this.key) === store) activeRuns.delete(this.key);
    running?.abort.abort();
    await running?.done.catch(() => undefined);
  }

  /** Unknown calls: merged ids all gone ⇒ it ran; all present ⇒ not sent; partly ⇒ the rest is sent again. */
  private async settleUnknown(store: JournalStore): Promise<void> {
    const calls = unknownCalls(store.current!);
    if (calls.length === 0) return;
    const stillExist = new Set<string>();
    for (const ids of chunk(idsToVerify(calls), BATCH_GET_PROFILE_IDS)) {
      const { profiles } = await this.ctx.backend.batchGetProfiles(this.ctx.domain, ids);
      for (const p of profiles) stillExist.add(p.ProfileId);
    }
    for (const event of settleUnknownCalls(calls, stillExist)) {
      const journal = await store.record(event);
      // A call that turned out to have run may have finished its group: mark it merged like the runner does.
      if (event.type !== 'merged') continue;
      const group = journal.groups.find((g) => g.matchId === event.matchId);
      if (group && groupStatus(group).outcome === 'merged') await this.markMerged(store, event.matchId);
    }
    this.ctx.ui.log(`Bulk merge (${this.ctx.domain}): checked ${calls.length} MergeProfiles call(s) whose answer was lost with BatchGetProfile.`);
  }

  /** Runs groups of the journal under the progress notification; resolves true when cancelled. */
  private async run(store: JournalStore, matchIds: readonly string[], title: string): Promise<boolean> {
    const { ctx } = this;
    const abort = new AbortController();
    activeRuns.set(this.key, store);
    for (const id of matchIds) ctx.mergesInFlight.add(id);
    let mergedAny = false;
    let cancelled = false;
    const work = store.record({ type: 'started' }).then(() => ctx.ui.withProgress(title, (progress, signal) => {
      signal.addEventListener('abort', () => { cancelled = true; abort.abort(); });
      return runJournaledGroups(matchIds, {
        journal: store, concurrency: this.concurrency, signal: abort.signal, now: () => ctx.now().toISOString(),
        prepare: (group) => this.prepare(group),
        merge: (request) => ctx.backend.mergeProfiles(request),
        onGroupDone: (status, done, total) => {
          progress(l10n.t('{0} of {1} groups done', done, total));
          if (this.crashed) return;
          if (status.callsDone > 0) mergedAny = true;
          if (status.outcome === 'merged') void this.markMerged(store, status.matchId);
        },
      });
    }));
    this.running = { abort, done: work };
    try {
      await work;
      if (!this.crashed) await store.record({ type: 'finished', at: ctx.now().toISOString() });
    } finally {
      if (activeRuns.get(this.key) === store) activeRuns.delete(this.key);
      for (const id of matchIds) ctx.mergesInFlight.delete(id);
      this.running = undefined;
      if (mergedAny && !this.crashed) ctx.onMerged?.();
    }
    return cancelled;
  }

  private async markMerged(store: JournalStore, matchId: string): Promise<void> {
    const { ctx } = this;
    const fromJournal = store.current?.groups.find((g) => g.matchId === matchId);
    const group = ctx.group(matchId) ?? (fromJournal && { matchId, profileIds: fromJournal.profileIds, score: 0 });
    if (!group) return;
    ctx.profiles.forget(group.profileIds);
    ctx.post({ type: 'reviewStates', states: { [matchId]: 'merged' } });
    await ctx.review.set(group, 'merged').catch((e: unknown) => ctx.ui.log(`Could not record review state: ${String(e)}`));
  }

  private async prepare(group: JournalGroup): Promise<PreparedMerge> {
    const { ctx } = this;
    // Re-check at run time: the reviewer may have changed the state since the plan was made.
    const state = ctx.review.stateOf(group.matchId);
    if (state !== 'unreviewed') return { skip: l10n.t('state changed to {0}', state) };
    ctx.profiles.forget(group.profileIds);
    const { profiles, missingIds } = await ctx.profiles.load(group.profileIds);
    const present = group.profileIds.map((id) => profiles.find((p) => p.ProfileId === id)).filter((p) => p !== undefined);
    if (present.length < 2) {
      return { skip: l10n.t('only {0} of its {1} profiles still exist ({2} merged or deleted since the job)', present.length, group.profileIds.length, missingIds.length) };
    }
    const main = preselectMainProfile(present)!;
    const others = present.map((p) => p.ProfileId).filter((id) => id !== main.profileId);
    return { requests: buildMergeRequests(ctx.domain, main.profileId, others) };
  }
}

/** The report of one finished run in the shape the panel has always shown (bulkMergeResult). */
function bulkReport(report: JournalReport, planSkipped: BulkMergeReport['skipped'], cancelled: boolean): BulkMergeReport {
  const of = (o: string) => report.groups.filter((g) => g.outcome === o);
  return {
    merged: of('merged').map((g) => ({ matchId: g.matchId, mainProfileId: g.mainProfileId!, deleted: g.deletedIds.length })),
    failed: of('failed').map((g) => ({ matchId: g.matchId, error: g.detail ?? l10n.t('failed'), callsDone: g.callsDone, callsTotal: g.callsTotal })),
    skipped: [
      ...planSkipped,
      ...of('skipped').map((g) => ({ matchId: g.matchId, reason: g.detail ?? l10n.t('skipped') })),
      ...of('not-started').map((g) => ({ matchId: g.matchId, reason: l10n.t('cancelled before it started') })),
    ],
    cancelled,
  };
}

const outOfDate = (): string => l10n.t('This bulk-merge report is out of date; reopen the panel to see the current one.');

/** What Resume will do, in whole sentences (one message for 1 and one for n wherever a count is spelled out). */
function resumeDetail(s: ReturnType<typeof summarizeResume>): string {
  const verify = s.toVerify === 1
    ? l10n.t('First 1 {0} call whose answer was lost is checked with {1}: if its merged profiles are gone it ran and is not sent again; if they all exist it is sent again.', 'MergeProfiles', 'BatchGetProfile')
    : s.toVerify
      ? l10n.t('First {0} {1} calls whose answer was lost are checked with {2}: if its merged profiles are gone it ran and is not sent again; if they all exist it is sent again.', s.toVerify, 'MergeProfiles', 'BatchGetProfile')
      : '';
  const alreadyMerged = s.failedLeftAlone === 1
    ? l10n.t('Groups already merged are never sent again; 1 failed group is left alone (Retry failed).')
    : s.failedLeftAlone
      ? l10n.t('Groups already merged are never sent again; {0} failed groups are left alone (Retry failed).', s.failedLeftAlone)
      : l10n.t('Groups already merged are never sent again.');
  return [verify, l10n.t('Up to {0} profiles will be deleted.', s.atMostDeleted), alreadyMerged].filter(Boolean).join(' ');
}
