// How rule-based matching looks in the tree: its one-line state (the domain tooltip row) and the "Rule-based Matches"
// item, whose description also carries the levels and merging. Pure and unit-tested, like presentation.ts.
import * as l10n from '@vscode/l10n';
import type { RuleBasedConfig } from '../../shared/rules/config';
import { escapeMarkdown, formatCount, markdownTable } from './format';
import type { RuleMatchesNode } from './nodes';
import type { NodePresentation } from './presentationTypes';
import { hasRuleResults } from './ruleMatchesSummary';

/** Registered by the matches panel (same argument forms as customerProfiles.reviewMatches: a node or a domain name). */
export const REVIEW_RULE_BASED_MATCHES = { id: 'customerProfiles.reviewRuleBasedMatches', get title() { return l10n.t('Review Rule-based Matches…'); } } as const;

const levels = (n: number): string => (n === 1 ? l10n.t('1 level') : l10n.t('{0} levels', n));

/** "match only" or "merging up to level 2". */
export function mergingText(config: RuleBasedConfig): string {
  return config.maxMergingLevel === undefined ? l10n.t('match only') : l10n.t('merging up to level {0}', config.maxMergingLevel);
}

/** "3 levels · match only" (levels used for matching when fewer than the rules). */
export function ruleLevelsText(config: RuleBasedConfig): string {
  const used = config.maxMatchingLevel < config.rules.length ? l10n.t('{0} (matching up to {1})', levels(config.rules.length), config.maxMatchingLevel) : levels(config.rules.length);
  return [used, mergingText(config)].join(' · ');
}

/** "ACTIVE · 3 levels · match only". */
export function ruleStateText(config: RuleBasedConfig): string {
  return [config.status ?? l10n.t('status unknown'), ruleLevelsText(config)].join(' · ');
}

const whileEvaluating = (status: string | undefined): string => {
  if (status === 'PENDING') return l10n.t('The service has not started evaluating the rules yet (for an existing domain it waits about an hour after the rules were configured).');
  if (status === 'IN_PROGRESS') return l10n.t('The service is evaluating the existing profiles against the rules; the configuration cannot be changed until it is {0}.', 'ACTIVE');
  return '';
};

export function ruleMatchesDescription(node: RuleMatchesNode): string {
  const { config } = node;
  if (!hasRuleResults(config)) return l10n.t('{0} · no matches yet', config.status ?? '');
  if (node.countError !== undefined) return l10n.t('unavailable');
  if (!node.count) return l10n.t('counting…');
  const { count, more } = node.count;
  const n = `${formatCount(count)}${more ? '+' : ''}`;
  const groups = count === 1 && !more ? l10n.t('1 group') : l10n.t('{0} groups', n);
  return [groups, ruleLevelsText(config)].join(' · ');
}

export function presentRuleMatches(node: RuleMatchesNode): NodePresentation {
  const { config, count } = node;
  const ready = hasRuleResults(config);
  const rules = config.rules.map((r, i) => `${i + 1}. ${r.length ? r.map((a) => escapeMarkdown(a)).join(' + ') : l10n.t('(empty)')}${i + 1 > config.maxMatchingLevel ? ` ${l10n.t('(not used: above {0})', 'MaxAllowedRuleLevelForMatching')}` : ''}`);
  const countText = count ? `${formatCount(count.count)}${count.more ? '+' : ''}` : undefined;
  const parts = [
    l10n.t('**Rule-based Matches** of {0}', escapeMarkdown(node.domainName)),
    markdownTable([
      [l10n.t('Status'), config.status],
      [l10n.t('Match groups'), countText],
      [l10n.t('Rule levels'), String(config.rules.length)],
      [l10n.t('Matching up to level'), String(config.maxMatchingLevel)],
      [l10n.t('Merging'), config.maxMergingLevel === undefined ? l10n.t('off (match only)') : l10n.t('automatic up to level {0}', config.maxMergingLevel)],
      [l10n.t('Attribute matching'), config.selector.matchingModel],
    ]),
    rules.length ? `**${l10n.t('Rules')}**\n\n${rules.join('\n')}` : '',
    count?.more ? l10n.t('Counted up to {0} groups ({1}); the domain has more. The review lists them all.', formatCount(count.limit) ?? '', 'ListRuleBasedMatches') : '',
    node.countError !== undefined ? l10n.t('{0} failed: {1}', 'ListRuleBasedMatches', escapeMarkdown(node.countError)) : '',
    ready
      ? l10n.t('Groups of profiles that matched a rule ({0}). Click to review them side by side and merge.', 'ListRuleBasedMatches')
      : l10n.t('No matches yet. {0}', whileEvaluating(config.status)),
  ];
  return {
    label: l10n.t('Rule-based Matches'),
    description: ruleMatchesDescription(node),
    tooltip: parts.filter(Boolean).join('\n\n'),
    icon: ready ? { id: 'checklist' } : { id: 'watch', color: 'disabledForeground' },
    contextValue: ready ? 'ruleMatches' : 'ruleMatchesPending',
    collapsible: false,
    command: ready ? REVIEW_RULE_BASED_MATCHES : undefined,
  };
}
