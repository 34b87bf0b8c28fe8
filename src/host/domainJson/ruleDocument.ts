// The rule checks (src/shared/rules/ruleDiagnostics.ts) placed on a domain document's text, and what a hover over
// one of its MatchingRules says. Parsed leniently, so the checks keep working while the user types (a syntax
// error elsewhere is the JSON service's to report). No vscode: ruleEditing.ts adapts this. Unit-tested.
import { Node, findNodeAtLocation, findNodeAtOffset, getNodeValue, parseTree } from 'jsonc-parser';
import { ruleDiagnostics, type RuleProblem } from '../../shared/rules/ruleDiagnostics';
import type { TextRange } from './parseJsonDocument';

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

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Markdown for a hover on a rule. `counts` is the per-level tally of the rule-based results loaded in the
 * Rule-based Matches panel (undefined: none loaded for this domain yet, so the hover says how to get them).
 */
export function ruleHoverMarkdown(rule: RuleAtOffset, domainName: string, counts: ReadonlyMap<number, LevelCount> | undefined): string {
  const attributes = rule.attributes.length ? rule.attributes.map((a) => `\`${a.replace(/`/g, '')}\``).join(' + ') : '(no attributes)';
  const head = `**Rule level ${rule.level}**: ${attributes}`;
  if (!counts) {
    return `${head}\n\nMatches of this rule are not known yet. Open **Rule-based Matches** under ${domainName.replace(/[\\`*_[\]<>]/g, '\\$&')} in the Customer Profiles explorer to load the current results; this hover then shows how many profiles the rule matched.`;
  }
  const level = counts.get(rule.level);
  const body = level && level.groups > 0
    ? `Matched ${count(level.profiles, 'profile', 'profiles')} in ${count(level.groups, 'group', 'groups')} in the current results.`
    : 'Matched no profiles in the current results (a profile counts at the lowest level it matches).';
  return `${head}\n\n${body}\n\nAs loaded in the Rule-based Matches panel; the service's results may have changed since.`;
}
