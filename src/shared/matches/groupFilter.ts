// Filtering and sorting of the group list (webview side, over up to tens of thousands of groups).
import type { ProfileRecord } from '../profile';
import { displayName, primaryEmail } from './exportGroups';
import type { MatchGroup } from './matchGroup';
import type { ReviewState } from './reviewState';

export const SORT_ORDERS = ['score-desc', 'score-asc', 'size-desc', 'size-asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface GroupFilter {
  /** ML groups: ConfidenceScore at least this. */
  readonly minScore: number;
  /** Rule-based groups: RuleLevel at most this (absent = every level; unresolved groups show only then). */
  readonly maxLevel?: number;
  /** 'all' or one review state. */
  readonly state: ReviewState | 'all';
  /** Case-insensitive substring over MatchId, profile ids and loaded names, emails and phone numbers. */
  readonly text: string;
}

export const DEFAULT_FILTER: GroupFilter = { minScore: 0, state: 'all', text: '' };

/** The lower-cased text a group is searched by; extended as its profiles load. */
export function groupSearchText(group: MatchGroup, profiles: readonly ProfileRecord[]): string {
  const parts: string[] = [group.matchId, ...group.profileIds];
  for (const p of profiles) {
    parts.push(displayName(p) ?? '', primaryEmail(p) ?? '');
    for (const v of [p.PersonalEmailAddress, p.BusinessEmailAddress, p.PhoneNumber, p.MobilePhoneNumber, p.HomePhoneNumber, p.BusinessPhoneNumber]) {
      if (v) parts.push(v);
    }
  }
  return parts.join('\n').toLowerCase();
}

const isRuleGroup = (g: MatchGroup): boolean => g.level !== undefined || g.unresolved !== undefined;

export function matchesFilter(group: MatchGroup, state: ReviewState, searchText: string, filter: GroupFilter): boolean {
  if (isRuleGroup(group)) {
    if (filter.maxLevel !== undefined && !(group.level !== undefined && group.unresolved === undefined && group.level <= filter.maxLevel)) return false;
  } else if (group.score < filter.minScore) return false;
  if (filter.state !== 'all' && state !== filter.state) return false;
  const needle = filter.text.trim().toLowerCase();
  return needle === '' || searchText.includes(needle);
}

/**
 * How strong a group's match is, higher = stronger: the ML score, or for a rule-based group its level turned
 * around (level 1 strongest), so "score, high first" lists level 1 first; unresolved groups come last.
 */
export function strength(g: MatchGroup): number {
  if (!isRuleGroup(g)) return g.score;
  return g.unresolved !== undefined || g.level === undefined ? -1000 : -g.level;
}

/** Sorts in place-free fashion; ties keep GetMatches order so the list does not jump. */
export function compareGroups(order: SortOrder): (a: MatchGroup & { index: number }, b: MatchGroup & { index: number }) => number {
  const key = order.startsWith('score') ? strength : (g: MatchGroup) => g.profileIds.length;
  const dir = order.endsWith('desc') ? -1 : 1;
  return (a, b) => (key(a) - key(b)) * dir || a.index - b.index;
}

/** Indices (into `groups`) of the visible groups, in display order. */
export function selectGroups(
  groups: readonly MatchGroup[], stateOf: (i: number) => ReviewState, searchTextOf: (i: number) => string,
  filter: GroupFilter, order: SortOrder,
): number[] {
  const picked: Array<MatchGroup & { index: number }> = [];
  groups.forEach((g, index) => {
    if (matchesFilter(g, stateOf(index), searchTextOf(index), filter)) picked.push({ ...g, index });
  });
  return picked.sort(compareGroups(order)).map((g) => g.index);
}
