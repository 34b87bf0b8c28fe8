// The explorer's rule-based parts against a real sandbox through the real SDK client: the Rule-based Matches item
// beside Matches only where rule-based matching is enabled, its bounded count, the informative state while the
// service evaluates (no ListRuleBasedMatches call then), the domain's rule state, and refresh.
import * as assert from 'node:assert/strict';
import type { CustomerProfilesApi } from '../../../src/aws/client';
import { createCustomerProfilesApi } from '../../../src/aws/index';
import { describeError } from '../../../src/shared/describeError';
import * as tooltipText from '../../../src/host/explorer/tooltipText';
import { ExplorerModel } from '../../../src/host/explorer/explorerModel';
import type { DomainNode, ExplorerNode, RuleMatchesNode } from '../../../src/host/explorer/nodes';
import { countRuleBasedMatches } from '../../../src/host/explorer/ruleMatchesSummary';
import { presentNode } from '../../../src/host/explorer/presentation';
import { silentLogger } from '../../../src/shared/logger';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';

const FROZEN = { pendingMs: 600_000, inProgressMs: 600_000, changeLockMs: 600_000 };
const RULES = {
  Enabled: true,
  MatchingRules: [{ Rule: ['EmailAddress'] }, { Rule: ['FirstName', 'LastName'] }],
  AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE' as const, EmailAddress: ['EmailAddress'] },
};

function harness(api: CustomerProfilesApi, polling?: { baseMs: number; capMs: number }): { model: ExplorerModel; calls: string[]; changed: (ExplorerNode | undefined)[] } {
  const calls: string[] = [];
  const changed: (ExplorerNode | undefined)[] = [];
  const counted: CustomerProfilesApi = {
    ...api,
    call: (op, input, options) => { calls.push(op); return api.call(op, input, options); },
    fetchPage: (op, input, token, options) => { calls.push(op); return api.fetchPage(op, input, token, options); },
  };
  const model = new ExplorerModel({
    connectionKey: () => 'conn', api: async () => counted, describe: (err) => describeError(err, {}), tooltipText: () => tooltipText, filter: () => undefined,
    pageSize: () => 100, autoRefreshJobs: () => polling !== undefined, pollTiming: polling, log: silentLogger, changed: (n) => changed.push(n), stateChanged: () => undefined,
  });
  return { model, calls, changed };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const kinds = (nodes: readonly ExplorerNode[]): string[] => nodes.map((n) => (n.kind === 'folder' ? n.folder : n.kind));

describe('explorer: rule-based matching (real sandbox, real SDK)', function () {
  this.timeout(30_000);
  let sandbox: RunningSandbox;
  let api: CustomerProfilesApi;

  before(async () => {
    sandbox = await startSandbox({ port: 0, demo: { profiles: 200, clusters: 20 }, jobStepMs: 0, ruleTimings: FROZEN });
    api = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
    // A new domain with rules skips PENDING and stays IN_PROGRESS under the frozen timings.
    await api.call('CreateDomain', { DomainName: 'rules-evaluating', DefaultExpirationDays: 10, RuleBasedMatching: RULES });
  });

  after(async () => {
    api?.dispose();
    await sandbox?.stop();
  });

  const domainNamed = async (h: ReturnType<typeof harness>, name: string): Promise<DomainNode> =>
    (await h.model.children()).find((n): n is DomainNode => n.kind === 'domain' && n.domainName === name)!;

  /** The domain's children once its rule-based state settled (and its count, when `counted`). */
  const settled = (h: ReturnType<typeof harness>, domain: DomainNode, done: (children: ExplorerNode[]) => boolean): Promise<ExplorerNode[]> =>
    until(async () => { const c = await h.model.children(domain); return done(c) ? c : undefined; }, `${domain.domainName} to settle`);

  it('demo-rules: the Rule-based Matches item beside Matches from the first render, with the count of every group, its levels and merging', async () => {
    const h = harness(api);
    const domain = await domainNamed(h, 'demo-rules');
    const first = await h.model.children(domain);
    assert.deepEqual(kinds(first), ['matches', 'ruleMatches', 'profiles', 'objectTypes', 'identityResolutionJobs', 'uploadJobs', 'workflows'], 'GetDomain answered before the children are shown');
    const item = first[1] as RuleMatchesNode;
    await until(async () => (item.count !== undefined ? true : undefined), 'the count');
    let all = 0;
    for await (const page of api.pages('ListRuleBasedMatches', { DomainName: 'demo-rules' }, { pageSize: 100 })) all += page.items.length;
    assert.ok(all > 0, 'the demo has rule-based groups');
    assert.deepEqual(item.count, { count: Math.min(all, 1000), more: all > 1000, limit: 1000 });
    assert.equal(item.id, `${domain.id}#ruleMatches`);
    assert.equal(presentNode(item).command?.id, 'customerProfiles.reviewRuleBasedMatches');
    assert.equal(presentNode(item).description, `${all.toLocaleString('en-US')} groups · 3 levels · match only`);
    assert.deepEqual(h.calls.filter((c) => c === 'GetDomain'), ['GetDomain'], 'one GetDomain for the state');
    assert.ok(h.calls.filter((c) => c === 'ListRuleBasedMatches').length <= 11, 'at most ten pages of 100 and one probe beyond the bound');
  });

  it('what settles after a domain expands (its Matches summary, the rule count) re-renders only its own item, never the domain', async () => {
    // VS Code forgets the handles of a re-rendered item's descendants until it fetched them again: a command run
    // meanwhile from an object type's context menu got no node and asked for a domain instead (CI, twice).
    const h = harness(api);
    const domain = await domainNamed(h, 'demo-rules');
    const [matches, rules] = await h.model.children(domain);
    await until(async () => (rules.kind === 'ruleMatches' && rules.count !== undefined && matches.kind === 'matches' && matches.summary ? true : undefined), 'both items to settle');
    assert.deepEqual(h.changed.filter((n) => n?.kind === 'domain'), [], 'the domain is not re-rendered');
    assert.ok(h.changed.includes(matches) && h.changed.includes(rules), 'each item re-rendered itself');
    const again = await h.model.children(domain);
    assert.equal(again[0], matches, 'the same Matches item, with its summary');
    assert.equal(again[1], rules, 'the same Rule-based item, counted');
  });

  it('demo-retail (no rule-based matching): no rule item and no ListRuleBasedMatches call', async () => {
    const h = harness(api);
    const domain = await domainNamed(h, 'demo-retail');
    assert.deepEqual(kinds(await h.model.children(domain)), ['matches', 'profiles', 'objectTypes', 'identityResolutionJobs', 'uploadJobs', 'workflows']);
    assert.equal(h.model.ruleState(domain)?.phase, 'none', 'GetDomain answered before the children were shown');
    assert.equal(presentNode(domain).description, undefined);
    assert.ok(!h.calls.includes('ListRuleBasedMatches'));
  });

  it('IN_PROGRESS: an informative item (no matches yet, not clickable) and no ListRuleBasedMatches call', async () => {
    const h = harness(api);
    const domain = await domainNamed(h, 'rules-evaluating');
    const children = await settled(h, domain, (c) => c.some((n) => n.kind === 'ruleMatches'));
    const item = children.find((n): n is RuleMatchesNode => n.kind === 'ruleMatches')!;
    assert.equal(item.config.status, 'IN_PROGRESS');
    const p = presentNode(item);
    assert.equal(p.description, 'IN_PROGRESS · no matches yet');
    assert.equal(p.command, undefined);
    assert.equal(presentNode(domain).description, undefined, 'the state is on the item (a domain re-render would drop its descendants)');
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(!h.calls.includes('ListRuleBasedMatches'));
  });

  it('while IN_PROGRESS the item re-reads GetDomain by itself and becomes the counted item once ACTIVE, then stops', async () => {
    await api.call('CreateDomain', { DomainName: 'rules-settling', DefaultExpirationDays: 10, RuleBasedMatching: RULES });
    const h = harness(api, { baseMs: 20, capMs: 40 });
    const domain = await domainNamed(h, 'rules-settling');
    await settled(h, domain, (c) => c.some((n) => n.kind === 'ruleMatches' && n.config.status === 'IN_PROGRESS'));
    sandbox.advanceRuleBasedMatching('rules-settling'); // the service finished evaluating; nobody presses Refresh
    const item = (await settled(h, domain, (c) => c.some((n) => n.kind === 'ruleMatches' && n.count !== undefined)))
      .find((n): n is RuleMatchesNode => n.kind === 'ruleMatches')!;
    assert.equal(item.config.status, 'ACTIVE');
    await new Promise((r) => setTimeout(r, 150));
    h.calls.length = 0;
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(h.calls, [], 'no more polling once ACTIVE');
    h.model.dispose();
  });

  it('refreshing the item reads GetDomain and counts again; other domains keep their state', async () => {
    const h = harness(api);
    const rules = await domainNamed(h, 'demo-rules');
    const item = (await settled(h, rules, (c) => c.some((n) => n.kind === 'ruleMatches' && n.count !== undefined))).find((n) => n.kind === 'ruleMatches')!;
    h.calls.length = 0;
    h.changed.length = 0;
    h.model.refresh(item);
    assert.equal(h.changed.at(-1), item, 'the item re-renders, not the domain');
    await until(async () => (item.kind === 'ruleMatches' && item.count !== undefined && h.calls.includes('ListRuleBasedMatches') ? true : undefined), 'the count again');
    assert.equal((await h.model.children(rules))[1], item, 'the same item');
    assert.deepEqual(h.changed.filter((n) => n?.kind === 'domain'), []);
    assert.equal(h.calls.filter((c) => c === 'GetDomain').length, 1);
    assert.ok(h.calls.includes('ListRuleBasedMatches'));
    assert.ok(!h.calls.includes('GetMatches'), 'the ML Matches item is not fetched again');
  });

  it('counts up to the bound: "more" only when a group beyond it exists', async () => {
    let all = 0;
    for await (const page of api.pages('ListRuleBasedMatches', { DomainName: 'demo-rules' }, { pageSize: 100 })) all += page.items.length;
    assert.ok(all >= 4, `enough groups to bound (${all})`);
    assert.deepEqual(await countRuleBasedMatches(api, 'demo-rules', 3), { count: 3, more: true, limit: 3 });
    assert.deepEqual(await countRuleBasedMatches(api, 'demo-rules', all), { count: all, more: false, limit: all }, 'exactly at the bound is not "+"');
    assert.deepEqual(await countRuleBasedMatches(api, 'demo-rules', all + 5), { count: all, more: false, limit: all + 5 });
  });
});
