// The sort menu's words. A rule-based panel sorts by the same key as an ML one, turned around (level 1 is the
// strongest, see strength() in groupFilter.ts), so "score" would be the wrong word there.
import type { SortOrder } from '../../src/shared/matches/groupFilter';
import type { MatchSource } from '../../src/shared/matches/matchGroup';

const ML: Record<SortOrder, string> = {
  'score-desc': 'Score, high first', 'score-asc': 'Score, low first', 'size-desc': 'Size, large first', 'size-asc': 'Size, small first',
};
const RULES: Record<SortOrder, string> = { ...ML, 'score-desc': 'Rule level, 1 first', 'score-asc': 'Rule level, highest first' };

export const sortLabel = (order: SortOrder, source: MatchSource): string => (source === 'rules' ? RULES : ML)[order];
