// The overview's histogram for a rule-based panel: one bar per rule level (the rule in each bar's tooltip).
import * as l10n from '@vscode/l10n';
import { levelHistogram } from '../../src/shared/matches/ruleLevels';
import { clear, el, formatCount } from './dom';
import type { MatchesStore } from './store';

/** Makes `bars` hold one bar per score bucket ('ml') or per level, and the level axis its labels. */
export function setBarCount(bars: HTMLElement, levelAxis: HTMLElement, mode: 'ml' | number, buckets: number): void {
  clear(bars);
  clear(levelAxis);
  const n = mode === 'ml' ? buckets : mode;
  for (let i = 0; i < n; i++) bars.appendChild(el('div', { class: mode === 'ml' ? 'hbar' : 'hbar level-bar' }));
  if (mode !== 'ml') for (let i = 1; i <= n; i++) levelAxis.appendChild(el('span', { text: `L${i}` }));
}

/**
 * Paints the counts per level into `bars` (which must hold the returned number of bars: the caller ensures it
 * first with setBarCount when it changed) and the caption. Returns the number of levels shown.
 */
export function paintLevelHistogram(store: MatchesStore, bars: HTMLElement, caption: HTMLElement): number {
  const h = levelHistogram(store.groups, store.ruleLevels());
  const n = Math.max(1, h.buckets.length);
  if (bars.children.length !== n || !bars.firstElementChild?.classList.contains('level-bar')) {
    setBarCount(bars, bars.parentElement!.querySelector('.level-axis')!, n, 0);
  }
  h.buckets.forEach((b, i) => {
    const bar = bars.children[i] as HTMLElement;
    bar.style.height = `${h.maxCount ? Math.max(b.count ? 2 : 0, (b.count / h.maxCount) * 100) : 0}%`;
    const rule = store.ruleConfig?.rules[b.level - 1];
    const groups = b.count === 1 ? l10n.t('1 group') : l10n.t('{0} groups', formatCount(b.count));
    bar.title = rule ? l10n.t('Level {0} ({1}): {2}', b.level, rule.join(' + '), groups) : l10n.t('Level {0}: {1}', b.level, groups);
    bar.dataset.level = String(b.level);
    bar.dataset.count = String(b.count);
  });
  const merging = store.ruleConfig?.maxMergingLevel;
  // Clauses of one caption joined by '; ', each a whole message.
  caption.textContent = [
    h.total === 1 ? l10n.t('Groups per rule level (level 1 = the first, strictest rule) of 1 group') : l10n.t('Groups per rule level (level 1 = the first, strictest rule) of {0} groups', formatCount(h.total)),
    h.unresolved === 1 ? l10n.t('1 {0} no longer resolve', 'MatchId') : h.unresolved ? l10n.t('{0} {1}s no longer resolve', formatCount(h.unresolved), 'MatchId') : '',
    merging !== undefined ? l10n.t('the domain auto-merges levels ≤ {0}', merging) : l10n.t('match only (no auto-merging)'),
  ].filter(Boolean).join('; ');
  bars.parentElement!.setAttribute('aria-label', caption.textContent);
  return n;
}

/** The level filter's options: all levels, or 1..levels (rebuilt only when the number of levels changed). */
export function fillLevelOptions(select: HTMLSelectElement, levels: number, current: number | undefined): void {
  if (select.options.length === levels + 1) return;
  // A restored filter arrives before the options exist: it is the value to keep.
  const value = current !== undefined ? String(current) : select.value;
  clear(select);
  select.append(el('option', { text: l10n.t('All levels'), attrs: { value: '' } }),
    ...Array.from({ length: levels }, (_, i) => el('option', { text: String(i + 1), attrs: { value: String(i + 1) } })));
  select.value = Number(value) <= levels ? value : '';
}
