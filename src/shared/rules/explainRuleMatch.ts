// "Why do these match" for a rule-based group: the rule at the group's level and, for each of its attributes,
// every profile's raw and normalized value(s) and whether all profiles agreed on one value. Pure: the matches
// panel renders it (escaping every value); the sandbox never needs it.
//
// A group is a connected set (profile A shares a value with B, B with C), so with several values per
// attribute (MANY_TO_MANY, several sub-fields) the members need not all share ONE value: such an attribute
// shows agreed = false with `linked` = true (every profile shares a value with some other member).
import type { ProfileRecord } from '../profile';
import { comparisonKey, ruleAttributeValues, selectedSubFields, type RuleValue } from './attributeValues';
import type { AttributeMatchingModel, RuleBasedConfig } from './config';
import { attributeTypeOf, type SubField } from './ruleAttributes';

export interface ProfileAttributeValues {
  readonly profileId: string;
  /** Empty when the profile has no value for this attribute (then the rule cannot have matched it). */
  readonly values: readonly RuleValue[];
}

export interface RuleAttributeExplanation {
  readonly attribute: string;
  /** For EmailAddress / PhoneNumber / Address.*: the selected sub-fields (profile fields) that stand for it. */
  readonly subFields?: readonly SubField[];
  readonly profiles: readonly ProfileAttributeValues[];
  /** True when every profile offers one common value (under the matching model). */
  readonly agreed: boolean;
  /** The common normalized value, and per profile the sub-field(s) carrying it (typed attributes). */
  readonly agreedOn?: { readonly value: string; readonly subFields?: readonly (readonly SubField[])[] };
  /** True when every profile shares some value with at least one other profile (a chain, if not agreed). */
  readonly linked: boolean;
}

export interface RuleExplanation {
  readonly level: number;
  /** The rule's attributes; undefined when the config has no rule at that level. */
  readonly rule: readonly string[] | undefined;
  /** False when the level is above MaxAllowedRuleLevelForMatching (the engine would not use it). */
  readonly usedForMatching: boolean;
  readonly matchingModel: AttributeMatchingModel;
  readonly attributes: readonly RuleAttributeExplanation[];
  /** Every attribute agreed on one value across all profiles. */
  readonly allAgreed: boolean;
}

function explainAttribute(config: RuleBasedConfig, attribute: string, profiles: readonly ProfileRecord[]): RuleAttributeExplanation {
  const model = config.selector.matchingModel;
  const rows = profiles.map((p) => ({ profileId: p.ProfileId, values: ruleAttributeValues(p, attribute, config.selector) }));
  const keySets = rows.map((r) => new Set(r.values.map((v) => comparisonKey(v, model))));
  let common = keySets.length ? [...keySets[0]] : [];
  for (const set of keySets.slice(1)) common = common.filter((k) => set.has(k));
  common.sort();
  const type = attributeTypeOf(attribute);
  let agreedOn: RuleAttributeExplanation['agreedOn'];
  if (common.length > 0 && rows.length > 0) {
    const key = common[0];
    const carriers = rows.map((r) => r.values.filter((v) => comparisonKey(v, model) === key));
    agreedOn = { value: carriers[0][0].value, subFields: type ? carriers.map((c) => c.map((v) => v.subField as SubField)) : undefined };
  }
  const linked = rows.length > 1 && keySets.every((set, i) => keySets.some((other, j) => j !== i && [...set].some((k) => other.has(k))));
  return {
    attribute,
    subFields: type ? selectedSubFields(config.selector, type) : undefined,
    profiles: rows,
    agreed: agreedOn !== undefined,
    agreedOn,
    linked,
  };
}

/** Explain why `profiles` match at rule `level` (1-based) of `config`. */
export function explainRuleMatch(config: RuleBasedConfig, level: number, profiles: readonly ProfileRecord[]): RuleExplanation {
  const rule = config.rules[level - 1];
  const attributes = (rule ?? []).map((a) => explainAttribute(config, a, profiles));
  return {
    level,
    rule,
    usedForMatching: rule !== undefined && level <= config.maxMatchingLevel,
    matchingModel: config.selector.matchingModel,
    attributes,
    allAgreed: attributes.length > 0 && attributes.every((a) => a.agreed),
  };
}

/** Re-exported for the panel: the lowest level at which two profiles match (pairwise, no guard). */
export { lowestMatchingLevel } from './ruleKeys';
