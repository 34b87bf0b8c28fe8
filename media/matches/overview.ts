// Top of the panel: loading status, score histogram (AutoMerging threshold marked), counts by review
// state, filters, sort, export and bulk merge. The body (histogram, filters) folds away so the list keeps
// its height; the toolbar then still says which filter is active.
import * as l10n from '@vscode/l10n';
import { SORT_ORDERS, type GroupFilter, type SortOrder } from '../../src/shared/matches/groupFilter';
import { scoreHistogram } from '../../src/shared/matches/histogram';
import { countByState, REVIEW_STATES, type ReviewState } from '../../src/shared/matches/reviewState';
import type { ExportFormat } from '../../src/shared/matches/exportGroups';
import { clear, el } from './dom';
import { stateLabel } from './groupRow';
import { bucketTitle, filterSummary, noFilterText, scoreHistogramCaption, shownText, statusText, titleText, titleTooltip } from './overviewTexts';
import { ScoreField } from './scoreField';
import { LevelField } from './levelField';
import { sortLabel } from './sortLabels';
import { fillLevelOptions, paintLevelHistogram, setBarCount } from './levelHistogram';
import type { MatchesStore } from './store';

export interface OverviewActions {
  filterChanged(filter: GroupFilter): void;
  sortChanged(sort: SortOrder): void;
  cancelLoading(): void;
  reload(): void;
  /** filteredOnly: export the visible (filtered) groups only. */
  exportAs(format: ExportFormat, filteredOnly: boolean): void;
  bulkMerge(minScore: number): void;
  /** Rule-based panels: "merge all at level ≤ maxLevel". */
  bulkMergeLevel(maxLevel: number): void;
  collapsedChanged(collapsed: boolean): void;
}

const BUCKETS = 20;

export class Overview {
  readonly root: HTMLElement;
  private readonly title = el('h1', { class: 'title' });
  private readonly status = el('span', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  private readonly cancel = el('button', { class: 'secondary', text: l10n.t('Cancel loading') });
  private readonly bars = el('div', { class: 'histogram-bars' });
  private readonly threshold = el('div', { class: 'threshold', attrs: { 'aria-hidden': 'true' } });
  private readonly histogramCaption = el('p', { class: 'caption' });
  private readonly counts = el('div', { class: 'state-counts', attrs: { role: 'group', 'aria-label': l10n.t('Groups by review state') } });
  private readonly minScore: ScoreField;
  private readonly stateSelect = el('select', { attrs: { 'aria-label': l10n.t('Review state') } });
  private readonly search = el('input', { attrs: { type: 'search', placeholder: l10n.t('Search id, name, email, phone'), 'aria-label': l10n.t('Search groups') } });
  private readonly sortSelect = el('select', { attrs: { 'aria-label': l10n.t('Sort') } });
  private readonly shown = el('span', { class: 'shown' });
  private readonly filterSummary = el('span', { class: 'filter-summary', attrs: { 'aria-live': 'polite' } });
  private readonly clearFilters = el('button', { class: 'secondary link', text: l10n.t('Clear filters') });
  private readonly bulkScore: ScoreField;
  private readonly bulkButton = el('button', { class: 'bulk-merge bulk-merge-score', text: l10n.t('Merge all…') });
  private readonly bulkLevel: LevelField;
  private readonly bulkLevelButton = el('button', { class: 'bulk-merge bulk-merge-level', text: l10n.t('Merge all…') });
  private readonly levelSelect = el('select', { class: 'level-filter', attrs: { 'aria-label': l10n.t('Maximum rule level') } });
  private readonly levelFilter = el('label', { text: l10n.t('Level ≤') + ' ' }, this.levelSelect);
  private readonly axis = el('div', { class: 'axis', attrs: { 'aria-hidden': 'true' } }, el('span', { text: '0' }), el('span', { text: '0.5' }), el('span', { text: '1' }));
  private readonly levelAxis = el('div', { class: 'axis level-axis', attrs: { 'aria-hidden': 'true' } });
  private readonly mlBulk: HTMLElement; private readonly rulesBulk: HTMLElement;
  private barsMode: 'ml' | number = 'ml';
  private readonly exportFiltered = el('input', { attrs: { type: 'checkbox' } });
  private readonly exportFilteredLabel = el('span');
  private readonly exportButtons: HTMLButtonElement[];
  private readonly body: HTMLElement;
  private readonly collapse = el('button', { class: 'secondary collapse-toggle', attrs: { 'aria-controls': 'overview-body' } });
  private searchTimer = 0;

  constructor(private readonly store: MatchesStore, private readonly actions: OverviewActions) {
    this.minScore = new ScoreField(l10n.t('Min score') + ' ', l10n.t('Minimum score'), 0, '0.05', (r) => { if (r.ok) this.emitFilter(); },
      () => l10n.t('The list still shows score ≥ {0}.', this.store.filter.minScore));
    this.bulkScore = new ScoreField(l10n.t('Merge all unreviewed groups with score ≥') + ' ', l10n.t('Bulk merge minimum score'), 0.9, '0.01',
      (r) => { this.bulkButton.disabled = !r.ok; });
    this.bulkLevel = new LevelField(l10n.t('Merge all unreviewed groups at rule level ≤') + ' ', l10n.t('Bulk merge maximum rule level'),
      (r) => { this.bulkLevelButton.disabled = !r.ok; });
    this.bulkLevelButton.disabled = true;
    this.bulkLevelButton.addEventListener('click', () => {
      // Read again at click time, as for the score: never act on a value the field does not show as valid.
      const r = this.bulkLevel.check();
      this.bulkLevelButton.disabled = !r.ok;
      if (r.ok) actions.bulkMergeLevel(r.value);
    });
    this.levelSelect.addEventListener('change', () => this.emitFilter());
    this.stateSelect.append(el('option', { text: l10n.t('All states'), attrs: { value: 'all' } }),
      ...REVIEW_STATES.map((s) => el('option', { text: stateLabel(s), attrs: { value: s } })));
    this.sortSelect.append(...SORT_ORDERS.map((s) => el('option', { text: sortLabel(s, this.store.source), attrs: { value: s } })));
    const reload = el('button', { class: 'secondary', text: l10n.t('Reload') });
    this.exportButtons = (['csv', 'json'] as const).map((format) => {
      const b = el('button', { class: 'secondary', text: l10n.t('Export {0}', format.toUpperCase()) });
      b.addEventListener('click', () => actions.exportAs(format, this.exportFiltered.checked));
      return b;
    });
    this.cancel.addEventListener('click', () => actions.cancelLoading());
    reload.addEventListener('click', () => actions.reload());
    this.exportFiltered.addEventListener('change', () => this.update());
    this.bulkButton.addEventListener('click', () => {
      // Read again at click time: the button must never act on a value the field does not show as valid.
      const r = this.bulkScore.check();
      this.bulkButton.disabled = !r.ok;
      if (r.ok) actions.bulkMerge(r.value);
    });
    this.stateSelect.addEventListener('change', () => this.emitFilter());
    this.search.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => this.emitFilter(), 150);
    });
    this.sortSelect.addEventListener('change', () => actions.sortChanged(this.sortSelect.value as SortOrder));
    this.clearFilters.addEventListener('click', () => {
      this.minScore.set(0);
      this.levelSelect.value = '';
      this.stateSelect.value = 'all';
      this.search.value = '';
      this.emitFilter();
    });
    this.collapse.addEventListener('click', () => {
      this.setCollapsed(!this.body.hidden);
      actions.collapsedChanged(this.body.hidden);
    });
    const histogram = el('div', { class: 'histogram', attrs: { role: 'img' } }, this.bars, this.threshold, this.axis, this.levelAxis);
    this.mlBulk = el('div', { class: 'bulk' }, this.bulkScore.root, this.bulkButton);
    this.rulesBulk = el('div', { class: 'bulk' }, this.bulkLevel.root, this.bulkLevelButton);
    this.body = el('div', { class: 'overview-body', attrs: { id: 'overview-body' } },
      el('div', { class: 'histogram-box' }, histogram, this.histogramCaption),
      el('div', { class: 'controls' },
        this.counts,
        el('div', { class: 'filters' },
          this.minScore.root, this.levelFilter, el('label', { text: l10n.t('State') + ' ' }, this.stateSelect),
          this.search, el('label', { text: l10n.t('Sort') + ' ' }, this.sortSelect), this.shown),
        this.mlBulk, this.rulesBulk));
    this.root = el('section', { class: 'overview', attrs: { 'aria-label': l10n.t('Overview') } },
      el('div', { class: 'toolbar' }, this.title, this.status, this.cancel, reload,
        el('label', { class: 'export-filtered' }, this.exportFiltered, this.exportFilteredLabel), ...this.exportButtons, this.collapse),
      el('div', { class: 'filter-line' }, this.filterSummary, this.clearFilters),
      this.body);
    this.setBars('ml');
    this.setCollapsed(false);
  }

  /** Puts restored filter/sort values into the controls. */
  showFilter(filter: GroupFilter, sort: SortOrder): void {
    this.minScore.set(filter.minScore);
    this.levelSelect.value = filter.maxLevel !== undefined ? String(filter.maxLevel) : '';
    this.stateSelect.value = filter.state;
    this.search.value = filter.text;
    this.sortSelect.value = sort;
  }

  setCollapsed(collapsed: boolean): void {
    this.body.hidden = collapsed;
    this.collapse.setAttribute('aria-expanded', String(!collapsed));
    this.collapse.textContent = collapsed ? l10n.t('Show overview ▾') : l10n.t('Hide overview ▴');
  }

  setStateFilter(state: ReviewState | 'all'): void {
    this.stateSelect.value = state;
    this.emitFilter();
  }

  /** Focuses the search field (the `/` shortcut). */
  focusSearch(): void {
    if (this.body.hidden) this.setCollapsed(false);
    this.search.focus();
    this.search.select();
  }

  private emitFilter(): void {
    const min = this.minScore.check();
    this.actions.filterChanged({
      // While the field is invalid (and says so) the list keeps the last valid minimum.
      minScore: min.ok ? min.value : this.store.filter.minScore,
      ...(this.levelSelect.value ? { maxLevel: Number(this.levelSelect.value) } : {}),
      state: this.stateSelect.value as ReviewState | 'all',
      text: this.search.value,
    });
  }

  update(): void {
    const s = this.store;
    this.title.textContent = titleText(s);
    this.showSource();
    this.title.title = titleTooltip(s);
    this.updateStatus();
    this.updateHistogram();
    this.updateCounts();
    this.updateFilterMarks();
  }

  /** The status line and the "N groups shown" text only: cheap enough for every progress message. */
  updateStatus(): void {
    const s = this.store;
    const st = s.status;
    this.status.textContent = statusText(s);
    this.cancel.hidden = st.done;
    // Read by the browser harness and the bench to know when streaming finished.
    this.root.dataset.loaded = String(st.loaded);
    this.root.dataset.done = String(st.done);
    this.shown.textContent = shownText(s);
    // Read by tests and the bench: how many groups' profiles the search covers.
    this.root.dataset.profilesFetched = String(s.profilesStatus.groupsFetched);
  }

  private updateFilterMarks(): void {
    const s = this.store;
    const f = s.filter;
    const summary = filterSummary(s);
    const filtered = summary !== undefined;
    this.filterSummary.textContent = summary ?? noFilterText(s);
    this.filterSummary.classList.toggle('active', filtered);
    this.clearFilters.hidden = !filtered;
    this.stateSelect.classList.toggle('filter-active', f.state !== 'all');
    this.minScore.input.classList.toggle('filter-active', f.minScore > 0);
    this.levelSelect.classList.toggle('filter-active', f.maxLevel !== undefined);
    this.search.classList.toggle('filter-active', !!f.text.trim());
    this.exportFiltered.disabled = !filtered;
    if (!filtered) this.exportFiltered.checked = false;
    this.exportFilteredLabel.textContent = ` ${l10n.t('Export filtered groups ({0})', s.visible.length.toLocaleString('en-US'))}`;
    for (const b of this.exportButtons) b.disabled = this.exportFiltered.checked && s.visible.length === 0;
  }

  /** The controls of the panel's source: score fields for ML, level fields for rule-based groups. */
  private showSource(): void {
    const rules = this.store.source === 'rules';
    this.minScore.root.hidden = rules;
    this.levelFilter.hidden = !rules;
    this.mlBulk.hidden = rules;
    this.rulesBulk.hidden = !rules;
    this.axis.hidden = rules;
    this.levelAxis.hidden = !rules;
    for (const option of Array.from(this.sortSelect.options)) option.textContent = sortLabel(option.value as SortOrder, this.store.source);
    if (!rules) return;
    const levels = Math.max(1, this.store.ruleLevels());
    this.bulkLevel.setMax(levels);
    fillLevelOptions(this.levelSelect, levels, this.store.filter.maxLevel);
  }

  private updateLevelHistogram(): void {
    this.barsMode = paintLevelHistogram(this.store, this.bars, this.histogramCaption); // it sizes the bars itself
    this.threshold.hidden = true;
  }

  /** One bar per score bucket (ML) or per rule level. */
  private setBars(mode: 'ml' | number): void {
    if (this.barsMode === mode && this.bars.children.length) return;
    this.barsMode = mode;
    setBarCount(this.bars, this.levelAxis, mode, BUCKETS);
  }

  private updateHistogram(): void {
    if (this.store.source === 'rules') return this.updateLevelHistogram();
    this.setBars('ml');
    const h = scoreHistogram(this.store.groups.map((g) => g.score), BUCKETS);
    const bars = this.bars.children;
    h.buckets.forEach((b, i) => {
      const bar = bars[i] as HTMLElement;
      bar.style.height = `${h.maxCount ? Math.max(b.count ? 2 : 0, (b.count / h.maxCount) * 100) : 0}%`;
      bar.title = bucketTitle(b.from, b.to, b.count);
    });
    const t = this.store.autoMergeThreshold;
    this.threshold.hidden = t === undefined;
    if (t !== undefined) this.threshold.style.left = `${t * 100}%`;
    this.histogramCaption.textContent = scoreHistogramCaption(h, t);
    this.bars.parentElement!.setAttribute('aria-label', this.histogramCaption.textContent);
  }

  private updateCounts(): void {
    const counts = countByState(this.store.states);
    clear(this.counts);
    for (const state of REVIEW_STATES) {
      const active = this.store.filter.state === state;
      const b = el('button', { class: `count state-${state}${active ? ' active' : ''}`, text: `${stateLabel(state)} ${counts[state].toLocaleString('en-US')}` });
      b.setAttribute('aria-pressed', String(active));
      b.title = active ? l10n.t('Showing only {0} groups; click to show all', stateLabel(state)) : l10n.t('Show only {0} groups', stateLabel(state));
      b.addEventListener('click', () => this.setStateFilter(this.store.filter.state === state ? 'all' : state));
      this.counts.appendChild(b);
    }
  }
}

