// Rule levels as the matches panel shows and filters them (pure). RuleLevel is 1..15 (MatchingRules holds at
// most 15 rules); level 1 is the first, strictest rule, so a lower level is the stronger match.
import * as l10n from '@vscode/l10n';
import type { MatchGroup } from './matchGroup';

export const MAX_RULE_LEVEL = 15;

export type LevelReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: string };

/**
 * A level the reviewer typed ("merge all at level ≤ N", the level filter). Taken literally or refused: an empty
 * field is never read as a default, and an out-of-range one is never clamped (either would silently widen
 * what a bulk merge touches). `max` is the domain's number of rules when known.
 */
export function readLevel(text: string, badInput = false, max = MAX_RULE_LEVEL): LevelReading {
  const trimmed = text.trim();
  if (badInput) return { ok: false, error: l10n.t('Not a number: enter a rule level from 1 to {0}.', max) };
  if (trimmed === '') return { ok: false, error: l10n.t('Enter a rule level from 1 to {0}.', max) };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: l10n.t('"{0}" is not a whole number: enter a rule level from 1 to {1}.', trimmed, max) };
  const value = Number(trimmed);
  if (value < 1 || value > max) return { ok: false, error: l10n.t('{0} is out of range: enter a rule level from 1 to {1}.', trimmed, max) };
  return { ok: true, value };
}

export interface LevelBucket { readonly level: number; readonly count: number }
export interface LevelHistogram {
  /** One bucket per level 1..levels (zero counts included, so the chart keeps its axis). */
  readonly buckets: readonly LevelBucket[];
  readonly maxCount: number;
  /** Groups with a level. */
  readonly total: number;
  /** Groups whose MatchId did not resolve. */
  readonly unresolved: number;
}

/** Counts of groups per rule level; `levels` = the domain's number of rules (extended if a group says more). */
export function levelHistogram(groups: Iterable<Pick<MatchGroup, 'level' | 'unresolved'>>, levels: number): LevelHistogram {
  const counts = new Map<number, number>();
  let total = 0;
  let unresolved = 0;
  let top = Math.max(0, Math.min(MAX_RULE_LEVEL, levels));
  for (const g of groups) {
    if (g.level === undefined || g.unresolved !== undefined) { unresolved++; continue; }
    counts.set(g.level, (counts.get(g.level) ?? 0) + 1);
    top = Math.max(top, g.level);
    total++;
  }
  const buckets: LevelBucket[] = [];
  for (let level = 1; level <= top; level++) buckets.push({ level, count: counts.get(level) ?? 0 });
  return { buckets, maxCount: Math.max(0, ...buckets.map((b) => b.count)), total, unresolved };
}

/** "Level 2", or why a group has none. */
export function levelLabel(g: Pick<MatchGroup, 'level' | 'unresolved'>): string {
  if (g.unresolved !== undefined) return l10n.t('Gone');
  return g.level === undefined ? l10n.t('Level ?') : l10n.t('Level {0}', g.level);
}

export interface RuleLevelCount {
  readonly groups: number;
  readonly profiles: number;
}

/** Counts per rule level from loaded groups (each group counted once, its profiles added to its level). */
export function countByLevel(groups: Iterable<Pick<MatchGroup, 'level' | 'unresolved' | 'profileIds'>>): Map<number, RuleLevelCount> {
  const out = new Map<number, RuleLevelCount>();
  for (const g of groups) {
    if (g.level === undefined || g.unresolved !== undefined) continue;
    const c = out.get(g.level) ?? { groups: 0, profiles: 0 };
    out.set(g.level, { groups: c.groups + 1, profiles: c.profiles + g.profileIds.length });
  }
  return out;
}
