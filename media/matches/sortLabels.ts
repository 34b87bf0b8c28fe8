// The sort menu's words. A rule-based panel sorts by the same key as an ML one, turned around (level 1 is the
// strongest, see strength() in groupFilter.ts), so "score" would be the wrong word there.
import * as l10n from '@vscode/l10n';
import type { SortOrder } from '../../src/shared/matches/groupFilter';
import type { MatchSource } from '../../src/shared/matches/matchGroup';

// Functions, not tables: the words are translated when the menu is built.
const ML = (): Record<SortOrder, string> => ({
  'score-desc': l10n.t('Score, high first'), 'score-asc': l10n.t('Score, low first'), 'size-desc': l10n.t('Size, large first'), 'size-asc': l10n.t('Size, small first'),
});
const RULES = (): Record<SortOrder, string> => ({ ...ML(), 'score-desc': l10n.t('Rule level, 1 first'), 'score-asc': l10n.t('Rule level, highest first') });

export const sortLabel = (order: SortOrder, source: MatchSource): string => (source === 'rules' ? RULES() : ML())[order];
