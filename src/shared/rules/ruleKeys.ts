// What a profile offers to one rule level, as strings an index can bucket on: two profiles match at a level
// exactly when they share at least one of these keys. A key is one comparison key per attribute of the rule,
// joined; a profile offering several values for an attribute (MANY_TO_MANY or several sub-fields) offers the
// cartesian product, so "for every attribute some value is shared" becomes "some key is shared".
// Pure; used by the sandbox's RuleMatchIndex and by lowestMatchingLevel below.
import type { ProfileRecord } from '../profile';
import { compileAttributeKeys } from './attributeValues';
import type { AttributeSelector, RuleBasedConfig } from './config';

/** Separates the attributes of a key; cannot occur in a comparison key (those join sub-field and value by \u0001). */
const ATTRIBUTE_SEPARATOR = '\u0002';

/** The rule levels actually used for matching: 1..min(MaxAllowedRuleLevelForMatching, number of rules). */
export function usedLevels(config: RuleBasedConfig): number {
  return Math.max(0, Math.min(config.maxMatchingLevel, config.rules.length));
}

/** A reader of the keys a profile offers for `rule` (empty when any attribute is absent, or the rule is empty). */
export function compileRuleLevelKeys(rule: readonly string[], selector: AttributeSelector): (profile: ProfileRecord) => string[] {
  if (rule.length === 0) return () => [];
  const readers = rule.map((a) => compileAttributeKeys(a, selector));
  return (profile) => {
    let keys = readers[0](profile);
    for (let i = 1; i < readers.length && keys.length > 0; i++) {
      const values = readers[i](profile);
      if (values.length === 0) return [];
      if (keys.length === 1 && values.length === 1) {
        keys = [keys[0] + ATTRIBUTE_SEPARATOR + values[0]];
        continue;
      }
      const next: string[] = [];
      for (const prefix of keys) for (const v of values) next.push(prefix + ATTRIBUTE_SEPARATOR + v);
      keys = next;
    }
    // Per-attribute keys are distinct, so their combinations are too.
    return keys;
  };
}

/** The keys `profile` offers for `rule` (empty when any attribute is absent, or the rule is empty). */
export function ruleLevelKeys(profile: ProfileRecord, rule: readonly string[], selector: AttributeSelector): string[] {
  return compileRuleLevelKeys(rule, selector)(profile);
}

/** Do these two profiles match at this level (ignoring the cardinality guard and grouping)? */
export function matchesAtLevel(config: RuleBasedConfig, level: number, a: ProfileRecord, b: ProfileRecord): boolean {
  const rule = config.rules[level - 1];
  if (!rule) return false;
  const keysA = new Set(ruleLevelKeys(a, rule, config.selector));
  return keysA.size > 0 && ruleLevelKeys(b, rule, config.selector).some((k) => keysA.has(k));
}

/** The lowest level ≤ MaxAllowedRuleLevelForMatching at which a and b match, or undefined. */
export function lowestMatchingLevel(config: RuleBasedConfig, a: ProfileRecord, b: ProfileRecord): number | undefined {
  for (let level = 1; level <= usedLevels(config); level++) if (matchesAtLevel(config, level, a, b)) return level;
  return undefined;
}
