// Wires the store, the host client and the views together and applies host messages.
import * as l10n from '@vscode/l10n';
import type { FieldSourceProfileIds } from '../../src/shared/profile';
import { DEFAULT_FILTER, type GroupFilter, type SortOrder } from '../../src/shared/matches/groupFilter';
import type { SettableReviewState } from '../../src/shared/matches/reviewState';
import { type HostMessage, type MatchesWebviewState } from '../../src/shared/matches/protocol';
import { formatBulkMergeReport, type BulkMergeReport } from '../../src/shared/matches/bulkMerge';
import { showDetached } from './detached';
import { Banner, errorMessage } from './banner';
import { clear, el } from './dom';
import { GroupDetail } from './groupDetail';
import { HelpOverlay } from './helpOverlay';
import { createGroupRow, renderGroupRow, ROW_HEIGHT } from './groupRow';
import { HostClient, HostError } from './hostClient';
import { Overview } from './overview';
import { ProfileRequests } from './profileRequests';
import { nextUnreviewedIndex, steppedIndex } from './reviewNavigation';
import { installShortcuts } from './shortcuts';
import { exportNote } from './exportNote';
import { requestMerge } from './mergeRequest';
import { MergeReportView, reportActions } from './mergeReport';
import { MatchesStore } from './store';
import { VirtualList } from './virtualList';
import type { VsCodeApi } from './vscodeApi';

export class MatchesApp {
  private readonly store = new MatchesStore();
  private readonly client: HostClient;
  private readonly overview: Overview;
  private readonly list: VirtualList;
  private readonly detail: GroupDetail;
  private readonly banner = new Banner();
  private readonly help = new HelpOverlay();
  private overviewCollapsed = false;
  private readonly profileRequests: ProfileRequests;
  private readonly mergeReport: MergeReportView;
  private refilterFrame = 0;
  private statusFrame = 0;
  private lazyTimer = 0;
  private saveTimer = 0;
  private restoredScrollTop: number | undefined;
  /** Set by `init`: the next groupsPage is the first of a load, and the host waits for its `firstPaint`. */
  private firstPagePending = false;
  /** The group that was open before a reload; opened once it arrives again. */
  private pendingOpen: string | undefined;

  constructor(private readonly root: HTMLElement, private readonly api: VsCodeApi) {
    const saved = api.getState();
    this.store.connectionKey = saved?.connectionKey;
    this.store.filter = saved?.filter ?? DEFAULT_FILTER;
    this.store.sort = saved?.sort ?? 'score-desc';
    this.restoredScrollTop = saved?.scrollTop;
    this.client = new HostClient(api, (m) => this.onHostMessage(m));
    this.profileRequests = new ProfileRequests(this.client, (e) => this.showError(e));
    this.overview = new Overview(this.store, {
      filterChanged: (f) => this.setFilter(f),
      sortChanged: (s) => this.setSort(s),
      cancelLoading: () => void this.client.request({ type: 'cancelLoading' }).catch((e) => this.showError(e)),
      reload: () => void this.client.request({ type: 'reload' }).catch((e) => this.showError(e)),
      exportAs: (format, filteredOnly) => this.exportGroups(format, filteredOnly),
      bulkMerge: (minScore) => this.bulkMerge({ minScore }),
      bulkMergeLevel: (maxLevel) => this.bulkMerge({ maxLevel }),
      collapsedChanged: (collapsed) => { this.overviewCollapsed = collapsed; this.saveState(); },
    });
    this.overview.showFilter(this.store.filter, this.store.sort);
    this.overviewCollapsed = saved?.overviewCollapsed === true;
    this.overview.setCollapsed(this.overviewCollapsed);
    installShortcuts(this.overview.root.querySelector('.toolbar')!, {
      help: this.help,
      decide: (state) => this.decideOpenGroup(state),
      merge: () => this.detail.mergeButton()?.click(),
      search: () => this.overview.focusSearch(),
      step: (delta) => {
        const i = steppedIndex(this.store, this.detail.openMatchId, this.list.active, delta);
        if (i !== undefined) this.openAt(i);
      },
    });
    const scroller = el('div', { class: 'vlist', attrs: { 'aria-label': l10n.t('Match groups') } });
    this.list = new VirtualList({
      scroller, rowHeight: ROW_HEIGHT, overscan: 8, idPrefix: 'group-option-',
      createRow: createGroupRow,
      renderRow: (row, i) => renderGroupRow(this.store, row, i),
      onOpen: (i) => this.openGroup(this.store.groups[this.store.visible[i]].matchId),
      onRangeRendered: (first, last) => this.scheduleLazyLoad(first, last),
      onActiveChange: () => this.saveState(),
    });
    this.detail = new GroupDetail(this.store, {
      setReviewState: (matchId, state) => this.setReviewState(matchId, state),
      merge: (matchId, main, ids, sources) => this.merge(matchId, main, ids, sources),
    });
    this.mergeReport = new MergeReportView(reportActions(this.client), (e) => this.showError(e));
    clear(root);
    root.append(this.overview.root, this.banner.root, this.mergeReport.root, el('div', { class: 'main' }, scroller, this.detail.root), this.help.root);
    if (saved?.selectedMatchId) this.pendingOpen = saved.selectedMatchId;
    this.client.ready();
  }

  // ---- host messages ----------------------------------------------------------------------------------
  private onHostMessage(m: HostMessage): void {
    const s = this.store;
    switch (m.type) {
      case 'init':
        this.mergeReport.show(undefined); // the host follows `init` with the report when one needs attention
        s.init(m);
        this.profileRequests.clear();
        this.client.domain = m.domain;
        this.firstPagePending = true;
        if (s.source === 'rules' && this.pendingOpen) this.client.wantGroups([this.pendingOpen]); // looked up first
        this.saveState();
        // Empty the list now, not on the next frame: a message arriving meanwhile (e.g. profiles) re-renders the
        // rows, which must not point into the groups that reset() just dropped.
        this.refilterNow();
        return;
      case 'groupsPage':
        s.addGroups(m.groups);
        Object.assign(s.status, { loaded: m.loaded, total: m.total ?? s.status.total, done: m.done, cancelled: !!m.cancelled, unusable: m.unusable ?? s.status.unusable });
        if (this.pendingOpen && s.indexOf(this.pendingOpen) !== undefined) {
          this.openGroup(this.pendingOpen);
          this.pendingOpen = undefined;
        }
        // The first rows are painted at once (no frame wait); later pages coalesce into one refilter per frame.
        if (this.list.size === 0 && m.groups.length > 0) this.refilterNow(true);
        else this.scheduleRefilter();
        if (this.firstPagePending) {
          this.firstPagePending = false;
          // rAF runs just before the frame is painted; the task queued from it runs after that paint.
          requestAnimationFrame(() => setTimeout(() => this.client.firstPaint(), 0));
        }
        return;
      case 'selectGroup': // the profile view's "Open in matches panel": open the group now, or once it streams in
        this.pendingOpen = s.indexOf(m.matchId) === undefined ? m.matchId : (this.openGroup(m.matchId), undefined);
        if (this.pendingOpen && s.source === 'rules') this.client.wantGroups([m.matchId]);
        return;
      case 'profiles':
        this.profileRequests.settled([...m.profiles.map((p) => p.ProfileId), ...m.missingIds]);
        s.addProfiles(m.profiles, m.missingIds);
        this.list.refresh();
        this.detail.render();
        return;
      case 'reviewStates':
        s.applyReviewStates(m.states);
        this.scheduleRefilter();
        this.detail.render();
        return;
      case 'searchIndex':
        s.addSearchEntries(m.entries);
        // A search (also one restored after a reload) re-runs as the profiles arrive.
        if (s.filter.text.trim() !== '') this.scheduleRefilter();
        return;
      case 'profilesProgress':
        s.setProfilesProgress(m);
        // Only the status line changes, unless a search is waiting for these profiles (see searchIndex).
        if (s.filter.text.trim() !== '') this.scheduleRefilter();
        else this.scheduleStatus();
        return;
      case 'detached':
        s.detachedReason = m.reason;
        this.client.refusal = m.reason;
        showDetached(this.root, this.banner.root, m.reason);
        return;
      case 'mergeReport': return this.mergeReport.show(m.report);
      case 'matchingSettings': // a setting changed: the open group's highlighting is redrawn with it
        s.defaultPhoneRegion = m.defaultPhoneRegion; return this.detail.render();
      case 'error':
        if (m.requestId === undefined) this.showError(new HostError(m.message, !!m.rejected));
        return;
      default:
        return;
    }
  }

  // ---- actions ----------------------------------------------------------------------------------------
  private openGroup(matchId: string): void {
    const gi = this.store.indexOf(matchId);
    if (gi === undefined) return;
    this.detail.open(matchId);
    this.profileRequests.request(this.store.unknownProfileIds(gi));
    this.saveState();
  }

  private setFilter(filter: GroupFilter): void {
    this.store.filter = filter;
    this.client.wantGroups([this.store.wantedBySearch()].filter((id): id is string => !!id));
    this.scheduleRefilter();
    this.saveState();
  }

  private setSort(sort: SortOrder): void {
    this.store.sort = sort;
    this.scheduleRefilter();
    this.saveState();
  }

  private setReviewState(matchId: string, state: SettableReviewState): void {
    this.store.groupErrors.delete(matchId);
    this.client.request({ type: 'setReviewState', matchId, state }).then(() => {
      if (state !== 'unreviewed') this.openNextUnreviewed(matchId);
    }).catch((e: unknown) => {
      this.store.groupErrors.set(matchId, errorMessage(e));
      this.detail.render();
    });
  }

  private merge(matchId: string, mainProfileId: string, profileIdsToBeMerged: string[], fieldSourceProfileIds: FieldSourceProfileIds): void {
    requestMerge(this.client, this.store, { matchId, mainProfileId, profileIdsToBeMerged, fieldSourceProfileIds }, {
      redraw: () => { this.detail.render(); this.list.refresh(); },
      merged: () => this.openNextUnreviewed(matchId),
    });
  }

  private bulkMerge(criterion: { minScore: number } | { maxLevel: number }): void {
    const report = (r: { report?: BulkMergeReport }): void => { if (r.report) this.showError(new Error(formatBulkMergeReport(r.report)), 'info'); };
    this.client.request({ type: 'bulkMerge', ...criterion }).then(report, (e: unknown) => this.showError(e));
  }

  private exportGroups(format: 'csv' | 'json', filteredOnly: boolean): void {
    const s = this.store;
    const matchIds = filteredOnly ? s.visible.map((gi) => s.groups[gi].matchId) : undefined;
    this.client.request({ type: 'export', format, ...(matchIds ? { matchIds } : {}) }).then((r) => { const note = exportNote(r); if (note) this.showError(new Error(note), 'info'); }).catch((e) => this.showError(e));
  }

  // ---- review flow and keyboard ----------------------------------------------------------------------------
  /** After a decision on `matchId` (still open), opens the next unreviewed group of the visible list. */
  private openNextUnreviewed(matchId: string): void {
    if (this.detail.openMatchId !== matchId) return; // the reviewer has moved on meanwhile
    const next = nextUnreviewedIndex(this.store, matchId);
    if (next === undefined) return this.showError(new Error(l10n.t('No unreviewed group left in this list.')), 'info');
    this.openAt(next);
  }

  private openAt(displayIndex: number): void {
    this.list.setActive(displayIndex);
    this.openGroup(this.store.groups[this.store.visible[displayIndex]].matchId);
  }

  private decideOpenGroup(state: SettableReviewState): void {
    const s = this.store;
    const open = this.detail.openMatchId;
    const gi = open === undefined ? undefined : s.indexOf(open);
    if (open === undefined || gi === undefined || s.locked.has(open) || s.states[gi] === 'merged' || s.states[gi] === state) return;
    this.setReviewState(open, state);
  }

  // ---- lazy profile loading -----------------------------------------------------------------------------
  private scheduleLazyLoad(first: number, last: number): void {
    this.saveState(); // the scroll position changed
    clearTimeout(this.lazyTimer);
    this.lazyTimer = window.setTimeout(() => {
      const ids: string[] = [];
      for (let i = first; i <= last && i < this.store.visible.length; i++) ids.push(...this.store.unknownProfileIds(this.store.visible[i]));
      this.profileRequests.request(ids);
    }, 60);
  }

  // ---- rendering --------------------------------------------------------------------------------------
  private scheduleStatus(): void {
    if (this.statusFrame || this.refilterFrame) return;
    this.statusFrame = requestAnimationFrame(() => { this.statusFrame = 0; this.overview.updateStatus(); });
  }

  private scheduleRefilter(): void {
    if (this.refilterFrame) return;
    this.refilterFrame = requestAnimationFrame(() => this.refilterNow());
  }

  private refilterNow(paintNow = false): void {
    if (this.refilterFrame) cancelAnimationFrame(this.refilterFrame);
    this.refilterFrame = 0;
    const s = this.store;
    const activeGroup = this.list.active >= 0 ? s.visible[this.list.active] : undefined;
    s.refilter();
    const active = activeGroup === undefined ? -1 : s.visible.indexOf(activeGroup);
    this.list.setCount(s.visible.length, active);
    if (this.restoredScrollTop !== undefined && s.status.done) {
      this.list.setScrollTop(this.restoredScrollTop);
      this.restoredScrollTop = undefined;
    }
    if (paintNow) this.list.paint();
    this.overview.update();
  }

  private showError(e: unknown, kind: 'error' | 'info' = 'error'): void {
    // A detached panel keeps its reason on screen.
    if (this.store.detachedReason !== undefined) return;
    this.banner.show(e, kind);
  }

  private saveState(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const s = this.store;
      if (!s.domain) return;
      const state: MatchesWebviewState = {
        domain: s.domain, source: s.source, connectionKey: s.connectionKey, connectionLabel: s.connectionLabel || undefined, filter: s.filter, sort: s.sort, selectedMatchId: this.detail.openMatchId, scrollTop: this.list.scrollTop(),
        overviewCollapsed: this.overviewCollapsed,
      };
      this.api.setState(state);
    }, 200);
  }
}
