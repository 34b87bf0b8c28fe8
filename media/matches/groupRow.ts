// One row of the group list: confidence bar, score (rule level for rule-based groups), size, names preview, review state. The row's child
// elements are built once per pooled row and only their text/classes change.
import * as l10n from '@vscode/l10n';
import { displayName } from '../../src/shared/matches/exportGroups';
import { confidenceBand } from '../../src/shared/matches/histogram';
import { el, formatScore, shortId } from './dom';
import { levelLabel } from '../../src/shared/matches/ruleLevels';
import type { MatchesStore } from './store';

export const ROW_HEIGHT = 30;

/** A review state's label in the display language (a function: translated when shown). */
export function stateLabel(state: string): string {
  switch (state) {
    case 'unreviewed': return l10n.t('Unreviewed');
    case 'not-a-match': return l10n.t('Not a match');
    case 'skipped': return l10n.t('Skipped');
    case 'merged': return l10n.t('Merged');
    default: return state;
  }
}

interface RowParts { fill: HTMLElement; score: HTMLElement; size: HTMLElement; names: HTMLElement; state: HTMLElement }
const parts = new WeakMap<HTMLElement, RowParts>();

export function createGroupRow(): HTMLElement {
  const fill = el('div', { class: 'bar-fill' });
  const p: RowParts = {
    fill, score: el('span', { class: 'row-score' }), size: el('span', { class: 'row-size' }),
    names: el('span', { class: 'row-names' }), state: el('span', { class: 'row-state' }),
  };
  const row = el('div', { class: 'group-row' }, el('div', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, fill), p.score, p.size, p.names, p.state);
  parts.set(row, p);
  return row;
}

export function namesPreview(store: MatchesStore, groupIndex: number): string {
  const g = store.groups[groupIndex];
  const names: string[] = [];
  for (const id of g.profileIds) {
    const p = store.profiles.get(id);
    if (p === null) names.push(l10n.t('(gone)'));
    else if (p) names.push(displayName(p) ?? shortId(id));
    else names.push(shortId(id));
  }
  return names.join(' · ');
}

/** The row's tooltip: every profile's full name and id, one per line (the row itself truncates them). */
export function namesTooltip(store: MatchesStore, groupIndex: number): string {
  return store.groups[groupIndex].profileIds.map((id) => {
    const p = store.profiles.get(id);
    if (p === null) return l10n.t('(merged or deleted since the job) {0}', id);
    const name = p ? displayName(p) : undefined;
    return name ? `${name} — ${id}` : p ? l10n.t('(no name) {0}', id) : l10n.t('(not loaded yet) {0}', id);
  }).join('\n');
}

export function renderGroupRow(store: MatchesStore, row: HTMLElement, displayIndex: number): void {
  const p = parts.get(row)!;
  const gi = store.visible[displayIndex];
  const g = store.groups[gi];
  const state = store.states[gi];
  if (store.source === 'rules') return renderRuleRow(store, row, p, gi);
  const band = confidenceBand(g.score, store.autoMergeThreshold);
  p.fill.className = `bar-fill band-${band}`;
  p.fill.style.width = `${Math.round(Math.max(0, Math.min(1, g.score)) * 100)}%`;
  p.score.textContent = formatScore(g.score);
  p.score.classList.remove('row-level');
  p.size.textContent = `${g.profileIds.length}×`;
  p.names.textContent = namesPreview(store, gi);
  row.title = namesTooltip(store, gi);
  p.state.textContent = stateLabel(state);
  p.state.className = `row-state state-${state}`;
  row.classList.toggle('locked', store.locked.has(g.matchId));
  row.classList.remove('unresolved');
  row.dataset.matchId = g.matchId;
  const bandLabel = band === 'review' ? l10n.t('needs review') : band === 'high' ? l10n.t('high') : l10n.t('low');
  row.setAttribute('aria-label', l10n.t('Score {0} ({1}), {2} profiles, {3}: {4}', formatScore(g.score), bandLabel, g.profileIds.length, stateLabel(state), p.names.textContent ?? ''));
}

/** A rule-based group's row: its rule level where an ML row has the score (the bar: level 1 full, the last short). */
function renderRuleRow(store: MatchesStore, row: HTMLElement, p: RowParts, gi: number): void {
  const g = store.groups[gi];
  const state = store.states[gi];
  const levels = Math.max(1, store.ruleLevels());
  const gone = g.unresolved !== undefined;
  p.fill.className = `bar-fill ${gone ? 'band-gone' : 'band-level'}`;
  p.fill.style.width = gone || g.level === undefined ? '0%' : `${Math.round(((levels - g.level + 1) / levels) * 100)}%`;
  p.score.textContent = levelLabel(g);
  p.score.classList.add('row-level');
  p.size.textContent = gone ? '–' : `${g.profileIds.length}×`;
  p.names.textContent = gone ? l10n.t('{0} no longer resolves (merged or changed since listed)', 'MatchId') : namesPreview(store, gi);
  row.title = gone ? `${g.matchId}: ${g.unresolved}` : namesTooltip(store, gi);
  p.state.textContent = stateLabel(state);
  p.state.className = `row-state state-${state}`;
  row.classList.toggle('locked', store.locked.has(g.matchId));
  row.classList.toggle('unresolved', gone);
  row.dataset.matchId = g.matchId;
  if (g.level !== undefined) row.dataset.level = String(g.level);
  else delete row.dataset.level;
  const rule = g.level !== undefined ? store.ruleConfig?.rules[g.level - 1] : undefined;
  row.setAttribute('aria-label', gone
    ? l10n.t('Group {0}: no longer resolves, {1}', g.matchId, stateLabel(state))
    : rule
      ? l10n.t('Rule level {0} ({1}), {2} profiles, {3}: {4}', g.level ?? l10n.t('unknown'), rule.join(' + '), g.profileIds.length, stateLabel(state), p.names.textContent ?? '')
      : l10n.t('Rule level {0}, {1} profiles, {2}: {3}', g.level ?? l10n.t('unknown'), g.profileIds.length, stateLabel(state), p.names.textContent ?? ''));
}
