// How rule-based matching looks in the tree (pure): the domain's tooltip line and the Rule-based Matches item in
// each state (counting, counted, counted to the bound, failed, PENDING / IN_PROGRESS).
import * as assert from 'node:assert/strict';
import { presentNode } from '../../../src/host/explorer/presentation';
import { domainTooltip } from '../../../src/host/explorer/tooltipText';
import type { DomainNode, RuleMatchesNode } from '../../../src/host/explorer/nodes';
import { parseRuleBasedConfig } from '../../../src/shared/rules/config';

const RBM = {
  Enabled: true,
  MatchingRules: [{ Rule: ['EmailAddress'] }, { Rule: ['FirstName', 'LastName', 'PhoneNumber'] }, { Rule: ['FirstName', 'LastName', 'Address.PostalCode', 'BirthDate'] }],
  MaxAllowedRuleLevelForMatching: 3,
  AttributeTypesSelector: { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress'], PhoneNumber: ['PhoneNumber'] },
  Status: 'ACTIVE',
};
const config = (extra: Record<string, unknown> = {}) => parseRuleBasedConfig({ ...RBM, ...extra })!;
const node = (extra: Partial<RuleMatchesNode> = {}, cfg = config()): RuleMatchesNode => ({ kind: 'ruleMatches', id: 'c::d#ruleMatches', domainName: 'demo-rules', config: cfg, ...extra });
const domain: DomainNode = { kind: 'domain', id: 'c::demo-rules', domainName: 'demo-rules', item: { DomainName: 'demo-rules', CreatedAt: new Date(0), LastUpdatedAt: new Date(0) } };

describe('explorer/rulePresentation', () => {
  const cases: [string, RuleMatchesNode, string, boolean][] = [
    ['counting', node(), 'counting…', true],
    ['counted', node({ count: { count: 42, more: false, limit: 1000 } }), '42 groups · 3 levels · match only', true],
    ['one group', node({ count: { count: 1, more: false, limit: 1000 } }), '1 group · 3 levels · match only', true],
    ['bounded', node({ count: { count: 1000, more: true, limit: 1000 } }), '1,000+ groups · 3 levels · match only', true],
    ['merging', node({ count: { count: 0, more: false, limit: 1000 } }, config({ MaxAllowedRuleLevelForMerging: 2 })), '0 groups · 3 levels · merging up to level 2', true],
    ['failed count', node({ countError: 'Throttled' }), 'unavailable', true],
    ['PENDING', node({}, config({ Status: 'PENDING' })), 'PENDING · no matches yet', false],
    ['IN_PROGRESS', node({}, config({ Status: 'IN_PROGRESS' })), 'IN_PROGRESS · no matches yet', false],
  ];
  for (const [name, n, description, clickable] of cases) {
    it(`Rule-based Matches, ${name}: "${description}"${clickable ? ', opens the review' : ', informative only'}`, () => {
      const p = presentNode(n);
      assert.equal(p.label, 'Rule-based Matches');
      assert.equal(p.description, description);
      assert.equal(p.collapsible, false);
      assert.equal(p.command?.id, clickable ? 'customerProfiles.reviewRuleBasedMatches' : undefined);
      assert.equal(p.contextValue, clickable ? 'ruleMatches' : 'ruleMatchesPending');
    });
  }

  it('the tooltip lists the rules, the levels, merging, and says when the count stopped at the bound', () => {
    const bounded = presentNode(node({ count: { count: 1000, more: true, limit: 1000 } }, config({ MaxAllowedRuleLevelForMatching: 2 }))).tooltip!;
    assert.match(bounded, /1\. EmailAddress\n2\. FirstName \+ LastName \+ PhoneNumber\n3\. FirstName \+ LastName \+ Address\\\.PostalCode \+ BirthDate \(not used: above MaxAllowedRuleLevelForMatching\)/);
    assert.match(bounded, /\| Match groups \| 1,000\\\+ \|/);
    assert.match(bounded, /\| Merging \| off \\\(match only\\\) \|/);
    assert.match(bounded, /Counted up to 1,000 groups/);
    const exact = presentNode(node({ count: { count: 1000, more: false, limit: 1000 } })).tooltip!;
    assert.doesNotMatch(exact, /Counted up to/);
    assert.match(presentNode(node({}, config({ Status: 'IN_PROGRESS' }))).tooltip!, /No matches yet\. The service is evaluating/);
    assert.match(presentNode(node({}, config({ MaxAllowedRuleLevelForMerging: 2 }))).tooltip!, /\| Merging \| automatic up to level 2 \|/);
  });

  it('the levels used for matching show when fewer than the rules; the domain says its rule state in its tooltip, not its description', () => {
    assert.equal(presentNode(node({ count: { count: 7, more: false, limit: 1000 } }, config({ MaxAllowedRuleLevelForMatching: 2 }))).description, '7 groups · 3 levels (matching up to 2) · match only');
    assert.equal(presentNode(domain).description, undefined, 'a domain re-render once GetDomain answered would drop its descendants');
    assert.match(domainTooltip(domain, { RuleBasedMatching: { ...RBM, Status: 'IN_PROGRESS' } } as never), /\| Rule\\-based matching \| on · IN\\_PROGRESS · 3 levels · match only \|/);
    assert.match(domainTooltip(domain, { RuleBasedMatching: { Enabled: false } } as never), /\| Rule\\-based matching \| off \|/);
  });
});
