// Consolidation attribute names must be ones auto-merging understands, or the config would silently
// never merge anything.
import { badRequest } from '../errors';
import { consolidationAttributeProblem } from '../identity/consolidationAttributes';

export function checkConsolidation(path: string, consolidation: unknown): void {
  const lists = (consolidation as { MatchingAttributesList?: unknown } | undefined)?.MatchingAttributesList;
  if (!Array.isArray(lists)) return;
  lists.forEach((list: unknown, i) => {
    if (!Array.isArray(list)) return;
    list.forEach((name: unknown, j) => {
      const problem = typeof name === 'string' ? consolidationAttributeProblem(name) : undefined;
      if (problem) throw badRequest(`${path}.MatchingAttributesList[${i}][${j}]: ${problem}`);
    });
  });
}
