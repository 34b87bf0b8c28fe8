// ListRuleBasedMatches and GetSimilarProfiles through the real v3 client: the demo-rules domain's levels, both
// MatchTypes, every accepted SearchKey, 404s, validation, paging and tokens, paging while profiles change.
import * as assert from 'assert';
import {
  CreateProfileCommand, DeleteProfileCommand, GetDomainCommand, GetMatchesCommand, GetSimilarProfilesCommand,
  ListRuleBasedMatchesCommand, type CustomerProfilesClient,
} from '@aws-sdk/client-customer-profiles';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { clientFor, rejects, startSmall } from './helpers';
import { allMatchIds, createRulesDomain, RULES_DOMAIN, similar, untilStatus } from './ruleHelpers';

describe('sandbox: ListRuleBasedMatches / GetSimilarProfiles', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall({ ruleTimings: { pendingMs: 0, inProgressMs: 0, changeLockMs: 0 } });
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('demo-rules: ACTIVE, three levels, match only, MANY_TO_MANY; groups at levels 1, 2 and 3', async () => {
    const d = await client.send(new GetDomainCommand({ DomainName: RULES_DOMAIN }));
    const rbm = d.RuleBasedMatching;
    assert.strictEqual(rbm?.Status, 'ACTIVE');
    assert.deepStrictEqual(rbm?.MatchingRules?.map((r) => r.Rule), [
      ['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber'], ['FirstName', 'LastName', 'Address.PostalCode', 'BirthDate'],
    ]);
    assert.strictEqual(rbm?.MaxAllowedRuleLevelForMerging, undefined, 'match only');
    assert.strictEqual(rbm?.AttributeTypesSelector?.AttributeMatchingModel, 'MANY_TO_MANY');
    const { ids } = await allMatchIds(client, RULES_DOMAIN);
    assert.ok(ids.length >= 6, `${ids.length} groups`);
    const levels = new Map<number, number>();
    for (const id of ids) {
      const g = await similar(client, RULES_DOMAIN, '_matchId', id);
      assert.strictEqual(g.MatchId, id);
      assert.strictEqual(g.MatchType, 'RULE_BASED_MATCHING');
      assert.strictEqual(g.ConfidenceScore, undefined, 'no ConfidenceScore for rule-based groups');
      assert.ok((g.ProfileIds?.length ?? 0) >= 2);
      assert.deepStrictEqual(g.ProfileIds, [...(g.ProfileIds ?? [])].sort());
      levels.set(g.RuleLevel as number, (levels.get(g.RuleLevel as number) ?? 0) + 1);
    }
    assert.deepStrictEqual([...levels.keys()].sort(), [1, 2, 3], JSON.stringify([...levels]));
  });

  it('normalization joins e-mail case and spaces across sub-fields, phone formats and name case; another birth date stays apart', async () => {
    const maya = await similar(client, RULES_DOMAIN, '_email', 'maya.okafor@example.com');
    assert.strictEqual(maya.RuleLevel, 1);
    assert.strictEqual(maya.ProfileIds?.length, 2);
    const daniel = await similar(client, RULES_DOMAIN, '_email', 'dreyes@example.net');
    assert.strictEqual(daniel.RuleLevel, 2, '(206) 555-0142 = +1 206 555 0142 = 206.555.0142 across PhoneNumber / Mobile / Home');
    assert.strictEqual(daniel.ProfileIds?.length, 3);
    const priya = await similar(client, RULES_DOMAIN, '_email', 'priya.n@example.com');
    assert.strictEqual(priya.RuleLevel, 3);
    assert.strictEqual(priya.ProfileIds?.length, 2);
    const other = await similar(client, RULES_DOMAIN, '_email', 'priya.natarajan.1994@example.net');
    assert.deepStrictEqual([other.ProfileIds, other.MatchId, other.RuleLevel], [[], undefined, undefined], 'an unmatched profile: empty set');
  });

  it('_profileId and _matchId find the same group; each member finds it', async () => {
    const byEmail = await similar(client, RULES_DOMAIN, '_email', 'dreyes@example.net');
    for (const id of byEmail.ProfileIds ?? []) {
      const g = await similar(client, RULES_DOMAIN, '_profileId', id);
      assert.deepStrictEqual([g.MatchId, g.ProfileIds, g.RuleLevel], [byEmail.MatchId, byEmail.ProfileIds, 2]);
    }
  });

  it('ML_BASED_MATCHING answers the latest job\'s group with its ConfidenceScore and no RuleLevel', async () => {
    const m = (await client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults: 1 }))).Matches?.[0];
    assert.ok(m?.MatchId);
    const byMatch = await similar(client, 'demo-retail', '_matchId', m.MatchId, 'ML_BASED_MATCHING');
    assert.deepStrictEqual(byMatch.ProfileIds, [...(m.ProfileIds ?? [])].sort());
    assert.strictEqual(byMatch.ConfidenceScore, m.ConfidenceScore);
    assert.strictEqual(byMatch.RuleLevel, undefined);
    assert.strictEqual(byMatch.MatchType, 'ML_BASED_MATCHING');
    const byProfile = await similar(client, 'demo-retail', '_profileId', m.ProfileIds?.[0] as string, 'ML_BASED_MATCHING');
    assert.strictEqual(byProfile.MatchId, m.MatchId);
    // demo-retail has no rule-based matching: no group, and no MatchIds.
    const none = await similar(client, 'demo-retail', '_profileId', m.ProfileIds?.[0] as string);
    assert.deepStrictEqual(none.ProfileIds, []);
    assert.deepStrictEqual((await client.send(new ListRuleBasedMatchesCommand({ DomainName: 'demo-retail' }))).MatchIds, []);
  });

  const errorCases: Array<[string, () => Promise<unknown>, string, RegExp]> = [
    ['ListRuleBasedMatches of a missing domain', () => client.send(new ListRuleBasedMatchesCommand({ DomainName: 'nope' })), 'ResourceNotFoundException', /nope/],
    ['GetSimilarProfiles of a missing domain', () => similar(client, 'nope', '_profileId', 'a'.repeat(32)), 'ResourceNotFoundException', /nope/],
    ['an unknown MatchId', () => similar(client, RULES_DOMAIN, '_matchId', 'f'.repeat(32)), 'ResourceNotFoundException', /match f+/],
    ['a missing profile', () => similar(client, RULES_DOMAIN, '_profileId', '0'.repeat(32)), 'ResourceNotFoundException', /Profile 0+ does not exist/],
    ['a value no profile holds', () => similar(client, RULES_DOMAIN, '_email', 'nobody@example.com'), 'ResourceNotFoundException', /_email = nobody/],
    ['a SearchKey we do not accept', () => similar(client, RULES_DOMAIN, 'ShoeSize', '42'), 'BadRequestException', /SearchKey ShoeSize .*_matchId, _profileId, _email/],
    ['a bad MatchType (model validation)', () => similar(client, RULES_DOMAIN, '_matchId', 'x', 'FUZZY' as never), 'BadRequestException', /MatchType/],
    ['ListRuleBasedMatches MaxResults 0', () => client.send(new ListRuleBasedMatchesCommand({ DomainName: RULES_DOMAIN, MaxResults: 0 })), 'BadRequestException', /MaxResults/],
    ['ListRuleBasedMatches MaxResults 101', () => client.send(new ListRuleBasedMatchesCommand({ DomainName: RULES_DOMAIN, MaxResults: 101 })), 'BadRequestException', /MaxResults/],
    ['GetSimilarProfiles MaxResults 101', () => client.send(new GetSimilarProfilesCommand({
      DomainName: RULES_DOMAIN, MatchType: 'RULE_BASED_MATCHING', SearchKey: '_email', SearchValue: 'dreyes@example.net', MaxResults: 101,
    })), 'BadRequestException', /MaxResults/],
  ];
  for (const [name, call, errName, message] of errorCases) {
    it(`error: ${name} -> ${errName}`, async () => {
      const err = await rejects(call);
      assert.strictEqual(err.name, errName);
      assert.strictEqual(err.$metadata?.httpStatusCode, errName === 'BadRequestException' ? 400 : 404);
      assert.match(err.message, message);
    });
  }

  it('pages MatchIds with MaxResults 1..100: the same sorted set, no repeats; forged and foreign tokens fail', async () => {
    const { ids: all, pages: one } = await allMatchIds(client, RULES_DOMAIN, 100);
    assert.strictEqual(one, 1);
    assert.deepStrictEqual(all, [...all].sort());
    for (const max of [1, 4, 99]) {
      const { ids, pages } = await allMatchIds(client, RULES_DOMAIN, max);
      assert.deepStrictEqual(ids, all, `MaxResults ${max}`);
      assert.strictEqual(pages, Math.ceil(all.length / max));
    }
    const first = await client.send(new ListRuleBasedMatchesCommand({ DomainName: RULES_DOMAIN, MaxResults: 2 }));
    const token = first.NextToken as string;
    const fromMatches = (await client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults: 1 }))).NextToken as string;
    for (const bad of [token.slice(0, -2), 'garbage', `${token}.x`, fromMatches]) {
      const err = await rejects(() => client.send(new ListRuleBasedMatchesCommand({ DomainName: RULES_DOMAIN, NextToken: bad })));
      assert.strictEqual(err.name, 'BadRequestException', bad);
      assert.match(err.message, /NextToken/);
    }
    const otherDomain = await rejects(() => client.send(new ListRuleBasedMatchesCommand({ DomainName: 'demo-retail', NextToken: token })));
    assert.strictEqual(otherDomain.name, 'BadRequestException', 'a token of another domain');
  });

  it('pages a group\'s ProfileIds; the token is tied to the search', async () => {
    const whole = await similar(client, RULES_DOMAIN, '_email', 'dreyes@example.net');
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const out = await client.send(new GetSimilarProfilesCommand({
        DomainName: RULES_DOMAIN, MatchType: 'RULE_BASED_MATCHING', SearchKey: '_email', SearchValue: 'dreyes@example.net', MaxResults: 1, NextToken: token,
      }));
      assert.strictEqual(out.RuleLevel, 2);
      ids.push(...(out.ProfileIds ?? []));
      token = out.NextToken;
      if (token) {
        const err = await rejects(() => client.send(new GetSimilarProfilesCommand({
          DomainName: RULES_DOMAIN, MatchType: 'RULE_BASED_MATCHING', SearchKey: '_email', SearchValue: 'maya.okafor@example.com', NextToken: token,
        })));
        assert.strictEqual(err.name, 'BadRequestException');
      }
    } while (token);
    assert.deepStrictEqual(ids, whole.ProfileIds);
  });

  it('paging loses and repeats no MatchId while profiles change between pages', async () => {
    const D = 'paging-rules';
    await createRulesDomain(client, D);
    await untilStatus(client, D, 'ACTIVE');
    const pair = async (i: number): Promise<string[]> => {
      const ids: string[] = [];
      for (const first of ['Ann', 'Bo']) {
        ids.push((await client.send(new CreateProfileCommand({ DomainName: D, FirstName: first, EmailAddress: `pair-${i}@example.com` }))).ProfileId as string);
      }
      return ids;
    };
    const pairs: string[][] = [];
    for (let i = 0; i < 24; i++) pairs.push(await pair(i));
    const before = (await allMatchIds(client, D)).ids;
    assert.strictEqual(before.length, 24);
    let next = 100;
    const { ids: seen } = await allMatchIds(client, D, 5, async (page) => {
      // Dissolve a group (delete one member), and add two new groups, each page.
      await client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: pairs[page * 3][0] }));
      await pair(next++);
      await pair(next++);
    });
    const after = (await allMatchIds(client, D)).ids;
    assert.strictEqual(new Set(seen).size, seen.length, 'no MatchId repeated');
    const stable = before.filter((id) => after.includes(id));
    assert.ok(stable.length >= 18, `${stable.length} stable groups`);
    for (const id of stable) assert.ok(seen.includes(id), `stable group ${id} was listed`);
    assert.ok(after.length > before.length, 'new groups appeared');
  });
});

describe('sandbox: demo-rules size', () => {
  it('follows demo.rules when given (benchmarks size it apart from demo-retail)', async () => {
    const sb = await startSandbox({ demo: { profiles: 50, clusters: 5, seed: 9, rules: { profiles: 30, clusters: 3 } }, jobStepMs: 0 });
    try {
      const client = clientFor(sb);
      const stats = async (name: string): Promise<number | undefined> => (await client.send(new GetDomainCommand({ DomainName: name }))).Stats?.ProfileCount;
      assert.strictEqual(await stats('demo-retail'), 50);
      assert.strictEqual(await stats(RULES_DOMAIN), 38, '30 generated + 8 hand-written');
    } finally {
      await sb.stop();
    }
  });
});
