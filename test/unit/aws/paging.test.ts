import * as assert from 'node:assert/strict';
import { collectAll, iteratePages, RepeatedNextTokenError, toPage, type Page } from '../../../src/aws/paging';

/** An in-memory pager over `items`, `size` per page, tokens "t<offset>"; records the tokens it got. */
function fakePager<T>(items: readonly T[], size: number): { fetch: (token: string | undefined) => Promise<Page<T>>; calls: (string | undefined)[] } {
  const calls: (string | undefined)[] = [];
  return {
    calls,
    fetch: async (token) => {
      calls.push(token);
      const offset = token ? Number(token.slice(1)) : 0;
      const next = offset + size;
      return { items: items.slice(offset, next), nextToken: next < items.length ? `t${next}` : undefined };
    },
  };
}

describe('aws/paging', () => {
  describe('toPage', () => {
    const cases: { name: string; op: Parameters<typeof toPage>[0]; output: object; items: unknown[]; nextToken?: string }[] = [
      { name: 'ListDomains Items + NextToken', op: 'ListDomains', output: { Items: [{ DomainName: 'a' }], NextToken: 'x' }, items: [{ DomainName: 'a' }], nextToken: 'x' },
      { name: 'jobs list member', op: 'ListIdentityResolutionJobs', output: { IdentityResolutionJobsList: [{ JobId: '1' }] }, items: [{ JobId: '1' }] },
      { name: 'GetMatches Matches', op: 'GetMatches', output: { Matches: [{ MatchId: 'm' }], NextToken: 'n' }, items: [{ MatchId: 'm' }], nextToken: 'n' },
      { name: 'missing list = empty page', op: 'ListWorkflows', output: {}, items: [] },
      { name: 'empty-string token = last page', op: 'ListUploadJobs', output: { Items: [], NextToken: '' }, items: [] },
      { name: 'rule-based match ids', op: 'ListRuleBasedMatches', output: { MatchIds: ['a', 'b'] }, items: ['a', 'b'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const page = toPage(c.op, c.output as never);
        assert.deepEqual(page.items, c.items);
        assert.equal(page.nextToken, c.nextToken);
      });
    }
  });

  describe('iteratePages', () => {
    it('follows NextToken until the last page, passing each token back', async () => {
      const pager = fakePager([...Array(7).keys()], 3);
      const pages: number[][] = [];
      for await (const page of iteratePages(pager.fetch)) pages.push([...page.items]);
      assert.deepEqual(pages, [[0, 1, 2], [3, 4, 5], [6]]);
      assert.deepEqual(pager.calls, [undefined, 't3', 't6']);
    });

    it('stops after maxPages', async () => {
      const pager = fakePager([...Array(10).keys()], 2);
      assert.deepEqual(await collectAll(pager.fetch, { maxPages: 2 }), [0, 1, 2, 3]);
      assert.equal(pager.calls.length, 2);
    });

    it('makes one call for an empty list', async () => {
      const pager = fakePager([], 5);
      assert.deepEqual(await collectAll(pager.fetch), []);
      assert.deepEqual(pager.calls, [undefined]);
    });

    it('throws instead of looping when the service repeats a token', async () => {
      let calls = 0;
      const looping = async (): Promise<Page<number>> => ({ items: [calls++], nextToken: 'same' });
      await assert.rejects(collectAll(looping), RepeatedNextTokenError);
      assert.equal(calls, 2);
    });

    it('propagates a failing page', async () => {
      const failing = async (token: string | undefined): Promise<Page<number>> => {
        if (token) throw new Error('boom');
        return { items: [1], nextToken: 'n' };
      };
      await assert.rejects(collectAll(failing), /boom/);
    });
  });
});
