// The rule checks (src/shared/rules/ruleDiagnostics.ts) placed on a domain document's text, and what a hover over
// one of its MatchingRules says. Parsed leniently, so the checks keep working while the user types (a syntax
// error elsewhere is the JSON service's to report). No vscode: ruleEditing.ts adapts this. Unit-tested.
import { Node, findNodeAtLocation, findNodeAtOffset, getNodeValue, parseTree } from 'jsonc-parser';
import { ruleDiagnostics, type RuleProblem } from '../../shared/rules/ruleDiagnostics';
import type { TextRange } from './parseJsonDocument';
import * as l10n from '@vscode/l10n';

export interface PlacedRuleProblem extends RuleProblem {
  readonly range: TextRange;
}

const parse = (text: string): Node | undefined => parseTree(text, [], { disallowComments: false, allowTrailingComma: true });

/** Every rule problem of the document, on the node it is about (a member's value, a rule, an attribute). */
export function ruleProblemsOf(text: string): PlacedRuleProblem[] {
  const root = parse(text);
  if (!root) return [];
  return ruleDiagnostics(getNodeValue(root)).map((problem) => {
    const node = findNodeAtLocation(root, [...problem.path]) ?? root;
    return { ...problem, range: { offset: node.offset, length: node.length } };
  });
}

export interface RuleAtOffset {
  /** 1-based rule level (MatchingRules index + 1). */
  readonly level: number;
  readonly attributes: readonly string[];
  /** The MatchingRules element's text range. */
  readonly range: TextRange;
}

/** The rule level whose MatchingRules element contains `offset`, or undefined elsewhere. */
export function ruleAtOffset(text: string, offset: number): RuleAtOffset | undefined {
  const root = parse(text);
  const rules = root && findNodeAtLocation(root, ['RuleBasedMatching', 'MatchingRules']);
  if (!rules || rules.type !== 'array') return undefined;
  let node = findNodeAtOffset(root, offset, true);
  while (node && node.parent !== rules) node = node.parent;
  if (!node) return undefined;
  const index = rules.children?.indexOf(node) ?? -1;
  if (index < 0) return undefined;
  const value = getNodeValue(node) as { Rule?: unknown } | undefined;
  const attributes = Array.isArray(value?.Rule) ? value.Rule.filter((a): a is string => typeof a === 'string') : [];
  return { level: index + 1, attributes, range: { offset: node.offset, length: node.length } };
}

/** Groups and profiles one rule level matched in the current rule-based results. */
export interface LevelCount {
  readonly groups: number;
  readonly profiles: number;
}

const number = (n: number): string => n.toLocaleString('en-US');
const profilesCount = (n: number): string => (n === 1 ? l10n.t('1 profile') : l10n.t('{0} profiles', number(n)));
const groupsCount = (n: number): string => (n === 1 ? l10n.t('1 group') : l10n.t('{0} groups', number(n)));

/**
 * Markdown for a hover on a rule. `counts` is the per-level tally of the rule-based results loaded in the
 * Rule-based Matches panel (undefined: none loaded for this domain yet, so the hover says how to get them).
 */
export function ruleHoverMarkdown(rule: RuleAtOffset, domainName: string, counts: ReadonlyMap<number, LevelCount> | undefined): string {
  const attributes = rule.attributes.length ? rule.attributes.map((a) => `\`${a.replace(/`/g, '')}\``).join(' + ') : l10n.t('(no attributes)');
  const head = l10n.t('**Rule level {0}**: {1}', rule.level, attributes);
  if (!counts) {
    return `${head}\n\n${l10n.t('Matches of this rule are not known yet. Open **Rule-based Matches** under {0} in the Customer Profiles explorer to load the current results; this hover then shows how many profiles the rule matched.', domainName.replace(/[\\`*_[\]<>]/g, '\\$&'))}`;
  }
  const level = counts.get(rule.level);
  const body = level && level.groups > 0
    ? l10n.t('Matched {0} in {1} in the current results.', profilesCount(level.profiles), groupsCount(level.groups))
    : l10n.t('Matched no profiles in the current results (a profile counts at the lowest level it matches).');
  return `${head}\n\n${body}\n\n${l10n.t('As loaded in the Rule-based Matches panel; the service\'s results may have changed since.')}`;
}
