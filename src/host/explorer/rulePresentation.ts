// How rule-based matching looks in the tree: the domain's one-line state (description and tooltip row) and the
// "Rule-based Matches" item. Pure and unit-tested, like presentation.ts.
import type { RuleBasedConfig } from '../../shared/rules/config';
import { escapeMarkdown, formatCount, markdownTable } from './format';
import type { RuleMatchesNode } from './nodes';
import type { NodePresentation } from './presentationTypes';
import { hasRuleResults, type RuleState } from './ruleMatchesSummary';

/** Registered by the matches panel (same argument forms as customerProfiles.reviewMatches: a node or a domain name). */
export const REVIEW_RULE_BASED_MATCHES = { id: 'customerProfiles.reviewRuleBasedMatches', title: 'Review Rule-based Matches…' } as const;

const levels = (n: number): string => `${n} level${n === 1 ? '' : 's'}`;

/** "match only" or "merging up to level 2". */
export function mergingText(config: RuleBasedConfig): string {
  return config.maxMergingLevel === undefined ? 'match only' : `merging up to level ${config.maxMergingLevel}`;
}

/** "ACTIVE · 3 levels · match only" (levels used for matching when fewer than the rules). */
export function ruleStateText(config: RuleBasedConfig): string {
  const used = config.maxMatchingLevel < config.rules.length ? `${levels(config.rules.length)} (matching up to ${config.maxMatchingLevel})` : levels(config.rules.length);
  return [config.status ?? 'status unknown', used, mergingText(config)].join(' · ');
}

/** The domain node's description once its GetDomain answered: "rules ACTIVE · 3 levels · match only". */
export function domainRuleDescription(state: RuleState | undefined): string | undefined {
  if (state?.phase === 'configured') return `rules ${ruleStateText(state.node.config)}`;
  return undefined;
}

const WHILE_EVALUATING: Record<string, string> = {
  PENDING: 'The service has not started evaluating the rules yet (for an existing domain it waits about an hour after the rules were configured).',
  IN_PROGRESS: 'The service is evaluating the existing profiles against the rules; the configuration cannot be changed until it is ACTIVE.',
};

export function ruleMatchesDescription(node: RuleMatchesNode): string {
  const { config } = node;
  if (!hasRuleResults(config)) return `${config.status ?? ''} · no matches yet`;
  if (node.countError !== undefined) return 'unavailable';
  if (!node.count) return 'counting…';
  const { count, more } = node.count;
  const n = `${formatCount(count)}${more ? '+' : ''}`;
  // Short, for a narrow side bar: the levels and merging are on the domain's own line and in the tooltip.
  return `${n} ${count === 1 && !more ? 'group' : 'groups'}`;
}

export function presentRuleMatches(node: RuleMatchesNode): NodePresentation {
  const { config, count } = node;
  const ready = hasRuleResults(config);
  const rules = config.rules.map((r, i) => `${i + 1}. ${r.length ? r.map((a) => escapeMarkdown(a)).join(' + ') : '(empty)'}${i + 1 > config.maxMatchingLevel ? ' (not used: above MaxAllowedRuleLevelForMatching)' : ''}`);
  const countText = count ? `${formatCount(count.count)}${count.more ? '+' : ''}` : undefined;
  const parts = [
    `**Rule-based Matches** of ${escapeMarkdown(node.domainName)}`,
    markdownTable([
      ['Status', config.status],
      ['Match groups', countText],
      ['Rule levels', String(config.rules.length)],
      ['Matching up to level', String(config.maxMatchingLevel)],
      ['Merging', config.maxMergingLevel === undefined ? 'off (match only)' : `automatic up to level ${config.maxMergingLevel}`],
      ['Attribute matching', config.selector.matchingModel],
    ]),
    rules.length ? `**Rules**\n\n${rules.join('\n')}` : '',
    count?.more ? `Counted up to ${formatCount(count.limit)} groups (ListRuleBasedMatches); the domain has more. The review lists them all.` : '',
    node.countError !== undefined ? `ListRuleBasedMatches failed: ${escapeMarkdown(node.countError)}` : '',
    ready
      ? 'Groups of profiles that matched a rule (ListRuleBasedMatches). Click to review them side by side and merge.'
      : `No matches yet. ${WHILE_EVALUATING[config.status ?? ''] ?? ''}`,
  ];
  return {
    label: 'Rule-based Matches',
    description: ruleMatchesDescription(node),
    tooltip: parts.filter(Boolean).join('\n\n'),
    icon: ready ? { id: 'checklist' } : { id: 'watch', color: 'disabledForeground' },
    contextValue: ready ? 'ruleMatches' : 'ruleMatchesPending',
    collapsible: false,
    command: ready ? REVIEW_RULE_BASED_MATCHES : undefined,
  };
}
