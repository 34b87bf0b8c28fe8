// The items under a domain whose content arrives after it expands: "Matches" (the GetMatches summary) and
// "Rule-based Matches" (GetDomain, then the bounded count). Why they settle in place: VS Code forgets the handles of
// every descendant of a re-rendered item until it has fetched them again, so re-rendering the domain when a summary
// arrived left a command run meanwhile from an object type's context menu without its node (it asked for a domain
// instead; seen twice in CI). So a summary updates its own item object and re-renders that item alone; the domain's
// children wait (briefly) for GetDomain, so the Rule-based item is there from the first render; and the domain
// re-renders only when that item appears or goes afterwards. Pure (no vscode).
import type { ExplorerModelDeps } from './explorerModelDeps';
import { loadMatchesSummary } from './matchesSummary';
import { matchesNodeId } from './nodeIds';
import type { DomainNode, MatchesNode, RuleMatchesNode } from './nodes';
import { settleRuleState, startRuleState, type RuleState } from './ruleMatchesSummary';

/** How long a domain's children wait for GetDomain before they show without the Rule-based item (it follows). */
export const RULE_STATE_WAIT_MS = 2_000;

export interface DomainItemsDeps extends Pick<ExplorerModelDeps, 'api' | 'describe' | 'log' | 'changed'> {
  /** After each settled rule state (the model's rule-status polling follows it). */
  rulesSettled(state: RuleState): void;
}

/** Resolves when `known` does or after `ms`, whichever is first. */
function atMost(known: Promise<void>, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    void known.then(() => {
      clearTimeout(timer);
      done();
    });
  });
}

export class DomainItems {
  readonly matches: MatchesNode;
  private rules: RuleState = { phase: 'loading' };
  private readonly rulesKnown: Promise<void>;
  /** The latest call of each kind: an older one that ends later is ignored. */
  private summaryLoad: Promise<unknown> | undefined;
  private rulesLoad: object | undefined;
  /** Children were handed out: from now on the Rule-based item appearing or going re-renders the domain. */
  private childrenShown = false;
  private disposed = false;

  /** Starts both calls (the domain's children were asked for). */
  constructor(readonly domain: DomainNode, private readonly deps: DomainItemsDeps) {
    this.matches = { kind: 'matches', id: matchesNodeId(domain.id), domainName: domain.domainName };
    this.loadSummary();
    this.rulesKnown = this.loadRules();
  }

  /** What GetDomain said about rule-based matching ('loading' until it answered). */
  get ruleState(): RuleState {
    return this.rules;
  }

  /** The domain's first children: Matches, and Rule-based Matches when configured (waits at most RULE_STATE_WAIT_MS for GetDomain). */
  async items(): Promise<Array<MatchesNode | RuleMatchesNode>> {
    if (this.rules.phase === 'loading') await atMost(this.rulesKnown, RULE_STATE_WAIT_MS);
    this.childrenShown = true;
    return this.rules.phase === 'configured' ? [this.matches, this.rules.node] : [this.matches];
  }

  /** Matches fetches its summary again (shown without one meanwhile, not with a stale one). */
  refreshMatches(): void {
    this.matches.summary = undefined;
    this.matches.summaryError = undefined;
    this.deps.changed(this.matches);
    this.loadSummary();
  }

  /** Rule-based Matches reads GetDomain and counts again ("counting…" meanwhile). */
  refreshRules(): void {
    // A poll while the service evaluates has no count to clear: nothing to redraw until GetDomain answers.
    if (this.rules.phase === 'configured' && (this.rules.node.count !== undefined || this.rules.node.countError !== undefined)) {
      const item = this.rules.node;
      item.count = undefined;
      item.countError = undefined;
      this.deps.changed(item);
    }
    void this.loadRules();
  }

  /** The domain was refreshed or the connection changed: calls still running change nothing. */
  dispose(): void {
    this.disposed = true;
  }

  private loadSummary(): void {
    const load = loadMatchesSummary(this.deps, this.domain.domainName);
    this.summaryLoad = load;
    void load.then((result) => {
      if (this.disposed || this.summaryLoad !== load) return;
      this.matches.summary = result.summary;
      this.matches.summaryError = result.summaryError;
      this.deps.changed(this.matches);
    });
  }

  /** Resolves once GetDomain answered (or failed): the first settled state. */
  private loadRules(): Promise<void> {
    const load = {};
    this.rulesLoad = load;
    return new Promise((known) => {
      startRuleState(this.domain, this.deps, (next) => {
        known();
        if (this.disposed || this.rulesLoad !== load) return;
        const { state, rerender } = settleRuleState(this.rules, next);
        this.rules = state;
        this.deps.rulesSettled(state);
        if (rerender === 'item' && state.phase === 'configured') this.deps.changed(state.node);
        else if (rerender === 'children' && this.childrenShown) this.deps.changed(this.domain);
      });
    });
  }
}
