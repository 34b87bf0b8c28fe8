// What is wrong with a RuleBasedMatching configuration beyond its schema, as the domain-JSON editor shows it:
// each problem names the JSON member path it belongs to, so the editor can put it on the exact text range.
// The schema already checks types, lengths (1..15 rules of 1..15 attributes) and the 1..15 level ranges; these
// checks are the ones the schema cannot express. Pure: input is the document's parsed value (wire member names).

import { attributeTypeOf, isRuleAttributeName } from './ruleAttributes';

export type RuleProblemCode =
  | 'unknownAttribute'
  | 'noSubFieldsSelected'
  | 'mergingAboveMatching'
  | 'mergingAboveRules'
  | 'matchingAboveRules'
  | 'duplicateRule'
  | 'duplicateAttribute';

export interface RuleProblem {
  readonly code: RuleProblemCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Member path from the document root, e.g. ['RuleBasedMatching', 'MatchingRules', 2, 'Rule', 0]. */
  readonly path: readonly (string | number)[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

const SELECTOR_HINT: Record<'EmailAddress' | 'PhoneNumber' | 'Address', string> = {
  EmailAddress: 'e.g. ["EmailAddress", "BusinessEmailAddress", "PersonalEmailAddress"]',
  PhoneNumber: 'e.g. ["PhoneNumber", "HomePhoneNumber", "MobilePhoneNumber"]',
  Address: 'e.g. ["Address", "ShippingAddress", "MailingAddress"]',
};

const hasSelection = (selector: Record<string, unknown> | undefined, member: string): boolean => {
  const value = selector?.[member];
  return Array.isArray(value) && value.some((s) => typeof s === 'string' && s.length > 0);
};

/** The problems of `document.RuleBasedMatching` (none when the domain has no rule-based matching). */
export function ruleDiagnostics(document: unknown): RuleProblem[] {
  if (!isRecord(document) || !isRecord(document.RuleBasedMatching)) return [];
  const base = ['RuleBasedMatching'];
  const rbm = document.RuleBasedMatching;
  const problems: RuleProblem[] = [];
  const rules = Array.isArray(rbm.MatchingRules) ? rbm.MatchingRules : undefined;
  const selector = isRecord(rbm.AttributeTypesSelector) ? rbm.AttributeTypesSelector : undefined;
  const seenRules = new Map<string, number>(); // sorted attribute set -> first level
  rules?.forEach((rule, index) => {
    const level = index + 1;
    const attributes = isRecord(rule) && Array.isArray(rule.Rule) ? rule.Rule : undefined;
    if (!attributes) return; // the schema reports the shape
    const rulePath = [...base, 'MatchingRules', index, 'Rule'];
    const seenAttributes = new Set<string>();
    attributes.forEach((attribute, position) => {
      if (typeof attribute !== 'string') return;
      const at = [...rulePath, position];
      if (seenAttributes.has(attribute)) {
        problems.push({ code: 'duplicateAttribute', severity: 'warning', path: at, message: `Rule level ${level} lists "${attribute}" twice; once is enough.` });
        return;
      }
      seenAttributes.add(attribute);
      if (!isRuleAttributeName(attribute)) {
        problems.push({
          code: 'unknownAttribute',
          severity: 'error',
          path: at,
          message: `"${attribute}" cannot be used in a matching rule. Use a standard profile attribute (AccountNumber, Address.*, BirthDate, BusinessName, EmailAddress, FirstName, Gender, LastName, MiddleName, PhoneNumber) or a custom attribute "Attributes.<name>".`,
        });
        return;
      }
      const member = attributeTypeOf(attribute);
      if (member && !hasSelection(selector, member)) {
        problems.push({
          code: 'noSubFieldsSelected',
          severity: 'warning',
          path: at,
          message: `Rule level ${level} uses "${attribute}", but AttributeTypesSelector.${member} selects no fields, so this rule can never match. List the fields that stand for it, ${SELECTOR_HINT[member]}.`,
        });
      }
    });
    const key = JSON.stringify([...seenAttributes].sort());
    const first = seenRules.get(key);
    if (first !== undefined && seenAttributes.size > 0) {
      problems.push({
        code: 'duplicateRule',
        severity: 'warning',
        path: rulePath,
        message: `Rule level ${level} has the same attributes as level ${first} (order does not matter), so it never matches anything level ${first} has not already matched.`,
      });
    } else if (first === undefined) {
      seenRules.set(key, level);
    }
  });

  const count = rules?.length ?? 0;
  const matching = rbm.MaxAllowedRuleLevelForMatching;
  const merging = rbm.MaxAllowedRuleLevelForMerging;
  const plural = (n: number): string => `${n} rule${n === 1 ? '' : 's'}`;
  if (isLevel(matching) && rules && matching > count) {
    problems.push({
      code: 'matchingAboveRules',
      severity: 'error',
      path: [...base, 'MaxAllowedRuleLevelForMatching'],
      message: `MaxAllowedRuleLevelForMatching is ${matching}, but MatchingRules has only ${plural(count)}.`,
    });
  }
  if (isLevel(merging)) {
    if (rules && merging > count) {
      problems.push({
        code: 'mergingAboveRules',
        severity: 'error',
        path: [...base, 'MaxAllowedRuleLevelForMerging'],
        message: `MaxAllowedRuleLevelForMerging is ${merging}, but MatchingRules has only ${plural(count)}.`,
      });
    }
    if (isLevel(matching) && merging > matching) {
      problems.push({
        code: 'mergingAboveMatching',
        severity: 'error',
        path: [...base, 'MaxAllowedRuleLevelForMerging'],
        message: `MaxAllowedRuleLevelForMerging (${merging}) is above MaxAllowedRuleLevelForMatching (${matching}): only matched levels can be merged.`,
      });
    }
  }
  return problems;
}
