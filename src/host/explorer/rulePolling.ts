// While the service evaluates a domain's rules (PENDING / IN_PROGRESS: no matches yet), the "Rule-based Matches"
// item re-reads GetDomain with the job folders' backoff (2 s, 4 s, … capped), so it becomes the counted item by
// itself once the Status is ACTIVE, and stops polling then. Same switch as the job lists' auto-refresh. Pure.
import { AutoRefresh } from './autoRefresh';
import { hasRuleResults, type RuleState } from './ruleMatchesSummary';

export class RuleStatusPolling {
  private readonly polls: AutoRefresh;

  /** `reload` re-reads the domain's rule state (the model drops it and re-renders the domain). */
  constructor(reload: (domainId: string) => void, timing?: { baseMs?: number; capMs?: number }) {
    this.polls = new AutoRefresh(reload, timing);
  }

  /** After each settled state of a domain: keep polling while its rules are configured but still evaluating. */
  update(domainId: string, state: RuleState, enabled: boolean): void {
    this.polls.update(domainId, enabled && state.phase === 'configured' && !hasRuleResults(state.node.config));
  }

  setPaused(paused: boolean): void {
    this.polls.setPaused(paused);
  }

  cancelAll(): void {
    this.polls.cancelAll();
  }
}
