// The domain's rule-based matching state and its "Rule-based Matches" item: one GetDomain for the configuration
// (parseRuleBasedConfig, the same parse the engine, panel and diagnostics use), then, only when the service is
// not PENDING / IN_PROGRESS, ListRuleBasedMatches paged until RULE_MATCH_COUNT_LIMIT groups are counted: a domain
// with a million groups costs ten calls, not ten thousand, and the item says "1,000+". No vscode.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import { parseRuleBasedConfig, type RuleBasedConfig } from '../../shared/rules/config';
import { ruleMatchesNodeId } from './nodeIds';
import type { DomainNode, RuleMatchesCount, RuleMatchesNode } from './nodes';

export const RULE_MATCH_COUNT_LIMIT = 1000;
/** ListRuleBasedMatches MaxResults is 1..100. */
const PAGE = 100;

/** Counts MatchIds up to `limit`; `more` only when a group beyond the limit exists (checked with one MaxResults 1 call). */
export async function countRuleBasedMatches(api: CustomerProfilesApi, domainName: string, limit = RULE_MATCH_COUNT_LIMIT): Promise<RuleMatchesCount> {
  let count = 0;
  let token: string | undefined;
  do {
    const page = await api.fetchPage('ListRuleBasedMatches', { DomainName: domainName }, token, { pageSize: Math.min(PAGE, limit - count) });
    count += page.items.length;
    token = page.nextToken;
  } while (token !== undefined && count < limit);
  if (token === undefined) return { count, more: false, limit };
  const beyond = await api.fetchPage('ListRuleBasedMatches', { DomainName: domainName }, token, { pageSize: 1 });
  return { count, more: beyond.items.length > 0, limit };
}

/** Whether the service has rule-based results to list (it has none while PENDING or IN_PROGRESS). */
export const hasRuleResults = (config: RuleBasedConfig): boolean => config.status !== 'PENDING' && config.status !== 'IN_PROGRESS';

/** What the domain's GetDomain said about rule-based matching, as the model keeps it. */
export type RuleState =
  | { readonly phase: 'loading' }
  /** Not configured or not enabled: no item. */
  | { readonly phase: 'none'; readonly config?: RuleBasedConfig }
  | { readonly phase: 'error'; readonly message: string }
  | { readonly phase: 'configured'; readonly node: RuleMatchesNode };

interface SummaryDeps {
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  readonly log: Logger;
}

/**
 * Starts GetDomain (and the count) for a domain; `settle` is called with each new state: 'configured' without
 * a count first (the item appears), then with its count or countError.
 */
export function startRuleState(domain: DomainNode, deps: SummaryDeps, settle: (next: RuleState) => void): void {
  const fail = (what: string) => (err: unknown): void => {
    const message = deps.describe(err).message;
    deps.log.warn(`${what} failed for ${domain.domainName}: ${message}`);
    settle({ phase: 'error', message });
  };
  void (async () => {
    let api: CustomerProfilesApi;
    let config: RuleBasedConfig | undefined;
    try {
      api = await deps.api();
      config = parseRuleBasedConfig((await api.call('GetDomain', { DomainName: domain.domainName })).RuleBasedMatching);
    } catch (err) {
      return fail('GetDomain (rule-based matching)')(err);
    }
    if (!config?.enabled) return settle({ phase: 'none', config });
    const node: RuleMatchesNode = { kind: 'ruleMatches', id: ruleMatchesNodeId(domain.id), domainName: domain.domainName, config };
    settle({ phase: 'configured', node });
    if (!hasRuleResults(config)) return;
    try {
      settle({ phase: 'configured', node: { ...node, count: await countRuleBasedMatches(api, domain.domainName) } });
    } catch (err) {
      const message = deps.describe(err).message;
      deps.log.warn(`ListRuleBasedMatches (count) failed for ${domain.domainName}: ${message}`);
      settle({ phase: 'configured', node: { ...node, countError: message } });
    }
  })();
}

/**
 * `next` settled over `current`. A configured item stays the same object with its fields updated ('item': only it
 * re-renders); 'children' when the item appears or goes (the domain must re-render); else 'none'.
 */
export function settleRuleState(current: RuleState, next: RuleState): { state: RuleState; rerender: 'item' | 'children' | 'none' } {
  if (current.phase === 'configured' && next.phase === 'configured') {
    const item = current.node;
    item.config = next.node.config;
    item.count = next.node.count;
    item.countError = next.node.countError;
    return { state: current, rerender: 'item' };
  }
  return { state: next, rerender: current.phase === 'configured' || next.phase === 'configured' ? 'children' : 'none' };
}
