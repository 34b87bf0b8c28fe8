// Moving through the visible (filtered, sorted) groups: next/previous, and the next unreviewed one after a
// decision, so a reviewer can go Merge / Not a match / Skip without reaching for the list.
import type { MatchesStore } from './store';

/** Display index of the group after `matchId` (wrapping around) that is unreviewed and not being merged. */
export function nextUnreviewedIndex(store: MatchesStore, matchId: string): number | undefined {
  const { visible, states, groups } = store;
  const from = visible.findIndex((gi) => groups[gi].matchId === matchId);
  for (let step = 1; step <= visible.length; step++) {
    const i = (Math.max(from, 0) + step - (from < 0 ? 1 : 0)) % visible.length;
    const gi = visible[i];
    if (groups[gi].matchId !== matchId && states[gi] === 'unreviewed' && !store.locked.has(groups[gi].matchId)) return i;
  }
  return undefined;
}

/** Display index one step from the open group (or from the list's selection when none is open). */
export function steppedIndex(store: MatchesStore, openMatchId: string | undefined, activeIndex: number, delta: 1 | -1): number | undefined {
  const count = store.visible.length;
  if (count === 0) return undefined;
  const open = openMatchId === undefined ? -1 : store.visible.findIndex((gi) => store.groups[gi].matchId === openMatchId);
  const from = open >= 0 ? open : activeIndex;
  if (from < 0) return delta > 0 ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, from + delta));
}
