// When a save warns before calling because the service is evaluating the domain's rules (pure decision).
import * as assert from 'node:assert/strict';
import type { ApiCall } from '../../../src/host/domainJson/planSave';
import { ruleLockWarning } from '../../../src/host/domainJson/ruleSaveGuard';

const RBM = { Enabled: true, MatchingRules: [{ Rule: ['EmailAddress'] }] };
const update = (input: Record<string, unknown>): ApiCall => ({ op: 'UpdateDomain', input: { DomainName: 'd', ...input } });
const tag: ApiCall = { op: 'TagResource', input: { resourceArn: 'arn:aws:profile:us-east-1:123456789012:domains/d', tags: { a: 'b' } } };

describe('domainJson/ruleSaveGuard', () => {
  const cases: [string, ApiCall[], string | undefined, boolean][] = [
    ['rules change while IN_PROGRESS', [update({ RuleBasedMatching: RBM })], 'IN_PROGRESS', true],
    ['rules and another member change while IN_PROGRESS', [update({ DefaultExpirationDays: 3, RuleBasedMatching: RBM }), tag], 'IN_PROGRESS', true],
    ['another member only while IN_PROGRESS (UpdateDomain sends changed members only)', [update({ DefaultExpirationDays: 3 })], 'IN_PROGRESS', false],
    ['only tags while IN_PROGRESS', [tag], 'IN_PROGRESS', false],
    ['rules change while ACTIVE (when it became ACTIVE is not knowable)', [update({ RuleBasedMatching: RBM })], 'ACTIVE', false],
    ['rules change while PENDING (not locked by the reference)', [update({ RuleBasedMatching: RBM })], 'PENDING', false],
    ['no rule-based matching yet', [update({ RuleBasedMatching: RBM })], undefined, false],
  ];
  for (const [name, calls, status, warns] of cases) {
    it(`${warns ? 'warns' : 'does not warn'}: ${name}`, () => {
      assert.equal(ruleLockWarning(calls, status, 'd') !== undefined, warns);
    });
  }

  it('says what will happen and how to go on', () => {
    const w = ruleLockWarning([update({ RuleBasedMatching: RBM })], 'IN_PROGRESS', 'demo-rules')!;
    assert.match(w.message, /demo-rules is IN_PROGRESS.*rejects changes to RuleBasedMatching/);
    assert.match(w.detail, /UpdateDomain will most likely fail and nothing will be changed/);
    assert.match(w.detail, /Cancel keeps your text/);
    assert.equal(w.action, 'Send Anyway');
  });
});
