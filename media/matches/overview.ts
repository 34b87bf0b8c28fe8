// Top of the panel: loading status, score histogram (AutoMerging threshold marked), counts by review
// state, filters, sort, export and bulk merge.
import { SORT_ORDERS, type GroupFilter, type SortOrder } from '../../src/matches/model/groupFilter';
import { scoreHistogram } from '../../src/matches/model/histogram';
import { countByState, REVIEW_STATES, type ReviewState } from '../../src/matches/model/reviewState';
import type { ExportFormat } from '../../src/matches/model/exportGroups';
import { clear, el, plural } from './dom';
import { STATE_LABEL } from './groupRow';
import type { MatchesStore } from './store';

export interface OverviewActions {
  filterChanged(filter: GroupFilter): void;
  sortChanged(sort: SortOrder): void;
  cancelLoading(): void;
  reload(): void;
  exportAs(format: ExportFormat): void;
  bulkMerge(minScore: number): void;
}

const SORT_LABEL: Record<SortOrder, string> = {
  'score-desc': 'Score, high first', 'score-asc': 'Score, low first', 'size-desc': 'Size, large first', 'size-asc': 'Size, small first',
};
const BUCKETS = 20;

export class Overview {
  readonly root: HTMLElement;
  private readonly title = el('h1', { class: 'title' });
  private readonly status = el('span', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  private readonly cancel = el('button', { class: 'secondary', text: 'Cancel loading' });
  private readonly bars = el('div', { class: 'histogram-bars' });
  private readonly threshold = el('div', { class: 'threshold', attrs: { 'aria-hidden': 'true' } });
  private readonly histogramCaption = el('p', { class: 'caption' });
  private readonly counts = el('div', { class: 'state-counts', attrs: { role: 'group', 'aria-label': 'Groups by review state' } });
  private readonly minScore = el('input', { attrs: { type: 'number', min: '0', max: '1', step: '0.05', value: '0', 'aria-label': 'Minimum score' } });
  private readonly stateSelect = el('select', { attrs: { 'aria-label': 'Review state' } });
  private readonly search = el('input', { attrs: { type: 'search', placeholder: 'Search id, name, email, phone', 'aria-label': 'Search groups' } });
  private readonly sortSelect = el('select', { attrs: { 'aria-label': 'Sort' } });
  private readonly shown = el('span', { class: 'shown' });
  private readonly bulkScore = el('input', { attrs: { type: 'number', min: '0', max: '1', step: '0.01', value: '0.9', 'aria-label': 'Bulk merge minimum score' } });
  private readonly bulkButton = el('button', { text: 'Merge all…' });
  private searchTimer = 0;

  constructor(private readonly store: MatchesStore, private readonly actions: OverviewActions) {
    this.stateSelect.append(el('option', { text: 'All states', attrs: { value: 'all' } }),
      ...REVIEW_STATES.map((s) => el('option', { text: STATE_LABEL[s], attrs: { value: s } })));
    this.sortSelect.append(...SORT_ORDERS.map((s) => el('option', { text: SORT_LABEL[s], attrs: { value: s } })));
    const reload = el('button', { class: 'secondary', text: 'Reload' });
    const csv = el('button', { class: 'secondary', text: 'Export CSV' });
    const json = el('button', { class: 'secondary', text: 'Export JSON' });
    this.cancel.addEventListener('click', () => actions.cancelLoading());
    reload.addEventListener('click', () => actions.reload());
    csv.addEventListener('click', () => actions.exportAs('csv'));
    json.addEventListener('click', () => actions.exportAs('json'));
    this.bulkButton.addEventListener('click', () => {
      const v = Number(this.bulkScore.value);
      if (Number.isFinite(v) && v >= 0 && v <= 1) actions.bulkMerge(v);
    });
    this.minScore.addEventListener('change', () => this.emitFilter());
    this.stateSelect.addEventListener('change', () => this.emitFilter());
    this.search.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.emitFilter(), 150);
    });
    this.sortSelect.addEventListener('change', () => actions.sortChanged(this.sortSelect.value as SortOrder));
    const histogram = el('div', { class: 'histogram', attrs: { role: 'img' } }, this.bars, this.threshold,
      el('div', { class: 'axis', attrs: { 'aria-hidden': 'true' } }, el('span', { text: '0' }), el('span', { text: '0.5' }), el('span', { text: '1' })));
    this.root = el('section', { class: 'overview', attrs: { 'aria-label': 'Overview' } },
      el('div', { class: 'toolbar' }, this.title, this.status, this.cancel, reload, csv, json),
      el('div', { class: 'overview-body' },
        el('div', { class: 'histogram-box' }, histogram, this.histogramCaption),
        el('div', { class: 'controls' },
          this.counts,
          el('div', { class: 'filters' },
            el('label', { text: 'Min score ' }, this.minScore), el('label', { text: 'State ' }, this.stateSelect),
            this.search, el('label', { text: 'Sort ' }, this.sortSelect), this.shown),
          el('div', { class: 'bulk' }, el('label', { text: 'Merge all unreviewed groups with score ≥ ' }, this.bulkScore), this.bulkButton))));
    for (let i = 0; i < BUCKETS; i++) this.bars.appendChild(el('div', { class: 'hbar' }));
  }

  /** Puts restored filter/sort values into the controls. */
  showFilter(filter: GroupFilter, sort: SortOrder): void {
    this.minScore.value = String(filter.minScore);
    this.stateSelect.value = filter.state;
    this.search.value = filter.text;
    this.sortSelect.value = sort;
  }

  setStateFilter(state: ReviewState | 'all'): void {
    this.stateSelect.value = state;
    this.emitFilter();
  }

  private emitFilter(): void {
    const min = Number(this.minScore.value);
    this.actions.filterChanged({
      minScore: Number.isFinite(min) ? Math.max(0, Math.min(1, min)) : 0,
      state: this.stateSelect.value as ReviewState | 'all',
      text: this.search.value,
    });
  }

  update(): void {
    const s = this.store;
    this.title.textContent = `Matches · ${s.domain}`;
    this.title.title = `${s.connectionLabel}${s.matchGenerationDate ? ` · job run ${s.matchGenerationDate}` : ''}`;
    this.updateStatus();
    this.updateHistogram();
    this.updateCounts();
  }

  /** The status line and the "N groups shown" text only: cheap enough for every progress message. */
  updateStatus(): void {
    const s = this.store;
    const st = s.status;
    const of = st.total !== undefined ? `${st.loaded.toLocaleString('en-US')} of ${st.total.toLocaleString('en-US')}` : st.loaded.toLocaleString('en-US');
    this.status.textContent = `${s.connectionLabel} · ${of} groups loaded${st.done ? (st.cancelled ? ' (stopped)' : '') : '…'}` +
      `${profilesLine(s)}${st.unusable ? ` · ${st.unusable} unusable items skipped` : ''}${s.matchGenerationDate ? ` · run of ${s.matchGenerationDate.slice(0, 16).replace('T', ' ')} UTC` : ''}`;
    this.cancel.hidden = st.done;
    // Read by the browser harness and the bench to know when streaming finished.
    this.root.dataset.loaded = String(st.loaded);
    this.root.dataset.done = String(st.done);
    this.shown.textContent = `${plural(s.visible.length, 'group')} shown${searchCoverage(s)}`;
    // Read by tests and the bench: how many groups' profiles the search covers.
    this.root.dataset.profilesFetched = String(s.profilesStatus.groupsFetched);
  }

  private updateHistogram(): void {
    const h = scoreHistogram(this.store.groups.map((g) => g.score), BUCKETS);
    const bars = this.bars.children;
    h.buckets.forEach((b, i) => {
      const bar = bars[i] as HTMLElement;
      bar.style.height = `${h.maxCount ? Math.max(b.count ? 2 : 0, (b.count / h.maxCount) * 100) : 0}%`;
      bar.title = `${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${plural(b.count, 'group')}`;
    });
    const t = this.store.autoMergeThreshold;
    this.threshold.hidden = t === undefined;
    if (t !== undefined) this.threshold.style.left = `${t * 100}%`;
    this.histogramCaption.textContent = `ConfidenceScore of ${plural(h.total, 'group')} (the service's score)` +
      (t !== undefined ? `; line = AutoMerging threshold ${t}` : '; no AutoMerging threshold set');
    this.bars.parentElement!.setAttribute('aria-label', this.histogramCaption.textContent);
  }

  private updateCounts(): void {
    const counts = countByState(this.store.states);
    clear(this.counts);
    for (const state of REVIEW_STATES) {
      const b = el('button', { class: `count state-${state}`, text: `${STATE_LABEL[state]} ${counts[state].toLocaleString('en-US')}` });
      b.setAttribute('aria-pressed', String(this.store.filter.state === state));
      b.addEventListener('click', () => this.setStateFilter(this.store.filter.state === state ? 'all' : state));
      this.counts.appendChild(b);
    }
  }
}

/** " · profiles for N of M groups" while the host fetches profiles in the background (or when some failed). */
function profilesLine(s: MatchesStore): string {
  const p = s.profilesStatus;
  if (p.groupsTotal === 0 || (p.done && p.failedGroups === 0)) return '';
  const n = `${p.groupsFetched.toLocaleString('en-US')} of ${p.groupsTotal.toLocaleString('en-US')}`;
  return p.done ? ` · profiles for ${n} groups (${p.failedGroups.toLocaleString('en-US')} could not be loaded)` : ` · profiles for ${n} groups…`;
}

/** Says plainly when a search ran on incomplete data (names, emails and phones not fetched for every group). */
function searchCoverage(s: MatchesStore): string {
  if (s.filter.text.trim() === '' || !s.searchIncomplete) return '';
  const p = s.profilesStatus;
  return ` (searched ${p.groupsFetched.toLocaleString('en-US')} of ${s.groups.length.toLocaleString('en-US')} groups' profiles${p.done ? '' : ' — still loading'})`;
}
