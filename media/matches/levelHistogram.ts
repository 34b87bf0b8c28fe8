// The overview's histogram for a rule-based panel: one bar per rule level (the rule in each bar's tooltip).
import { levelHistogram } from '../../src/shared/matches/ruleLevels';
import { clear, el, plural } from './dom';
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
    bar.title = `Level ${b.level}${rule ? ` (${rule.join(' + ')})` : ''}: ${plural(b.count, 'group')}`;
    bar.dataset.level = String(b.level);
    bar.dataset.count = String(b.count);
  });
  const merging = store.ruleConfig?.maxMergingLevel;
  caption.textContent = `Groups per rule level (level 1 = the first, strictest rule) of ${plural(h.total, 'group')}` +
    (h.unresolved ? `; ${plural(h.unresolved, 'MatchId')} no longer resolve` : '') +
    (merging !== undefined ? `; the domain auto-merges levels ≤ ${merging}` : '; match only (no auto-merging)');
  bars.parentElement!.setAttribute('aria-label', caption.textContent);
  return n;
}

/** The level filter's options: all levels, or 1..levels (rebuilt only when the number of levels changed). */
export function fillLevelOptions(select: HTMLSelectElement, levels: number, current: number | undefined): void {
  if (select.options.length === levels + 1) return;
  // A restored filter arrives before the options exist: it is the value to keep.
  const value = current !== undefined ? String(current) : select.value;
  clear(select);
  select.append(el('option', { text: 'All levels', attrs: { value: '' } }),
    ...Array.from({ length: levels }, (_, i) => el('option', { text: String(i + 1), attrs: { value: String(i + 1) } })));
  select.value = Number(value) <= levels ? value : '';
}
