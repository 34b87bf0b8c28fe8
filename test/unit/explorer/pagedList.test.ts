import * as assert from 'node:assert/strict';
import { PagedList } from '../../../src/host/explorer/pagedList';
import type { Page } from '../../../src/aws/paging';

/** A pager over `items` with `size` per page whose responses resolve only when released. */
function controllablePager(items: readonly string[], size: number) {
  const calls: (string | undefined)[] = [];
  const pending: (() => void)[] = [];
  let failNext: Error | undefined;
  const fetch = (token: string | undefined): Promise<Page<string>> => {
    calls.push(token);
    return new Promise((resolve, reject) => {
      pending.push(() => {
        if (failNext) {
          const e = failNext;
          failNext = undefined;
          reject(e);
          return;
        }
        const offset = token ? Number(token) : 0;
        const next = offset + size;
        resolve({ items: items.slice(offset, next), nextToken: next < items.length ? String(next) : undefined });
      });
    });
  };
  const releaseAll = async (): Promise<void> => {
    while (pending.length) pending.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { fetch, calls, releaseAll, failNextWith: (e: Error) => (failNext = e) };
}

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `d${i}`);

describe('explorer/PagedList ("Load more…")', () => {
  it('loads the first page once, however often the tree asks', async () => {
    const pager = controllablePager(names(5), 2);
    const list = new PagedList(pager.fetch, (s) => s);
    const a = list.ensureLoaded();
    const b = list.ensureLoaded();
    await pager.releaseAll();
    await Promise.all([a, b, list.ensureLoaded()]);
    assert.deepEqual(pager.calls, [undefined]);
    assert.deepEqual(list.items, ['d0', 'd1']);
    assert.equal(list.hasMore, true);
  });

  it('is single-flight: concurrent loadMore calls share one request', async () => {
    const pager = controllablePager(names(5), 2);
    const list = new PagedList(pager.fetch, (s) => s);
    const first = list.ensureLoaded();
    await pager.releaseAll();
    await first;
    const clicks = [list.loadMore(), list.loadMore(), list.loadMore()];
    assert.equal(list.loading, true);
    await pager.releaseAll();
    await Promise.all(clicks);
    assert.deepEqual(pager.calls, [undefined, '2']);
    assert.deepEqual(list.items, ['d0', 'd1', 'd2', 'd3']);
  });

  it('loads everything with no duplicates and stops at the last page', async () => {
    const pager = controllablePager(names(7), 3);
    const list = new PagedList(pager.fetch, (s) => s);
    const first = list.ensureLoaded();
    await pager.releaseAll();
    await first;
    while (list.hasMore) {
      const more = list.loadMore();
      await pager.releaseAll();
      await more;
    }
    await list.loadMore(); // no-op at the end
    assert.deepEqual(list.items, names(7));
    assert.deepEqual(pager.calls, [undefined, '3', '6']);
  });

  it('drops items a later page repeats (list changed between pages)', async () => {
    const pages: Page<string>[] = [{ items: ['a', 'b'], nextToken: 't1' }, { items: ['b', 'c'] }];
    const list = new PagedList(async () => pages.shift()!, (s) => s);
    await list.ensureLoaded();
    await list.loadMore();
    assert.deepEqual(list.items, ['a', 'b', 'c']);
  });

  it('keeps loaded items when a later page fails, and retry() repeats that page', async () => {
    const pager = controllablePager(names(4), 2);
    const list = new PagedList(pager.fetch, (s) => s);
    const first = list.ensureLoaded();
    await pager.releaseAll();
    await first;
    pager.failNextWith(new Error('throttled'));
    const failing = list.loadMore();
    await pager.releaseAll();
    await failing;
    assert.match(String((list.error as Error).message), /throttled/);
    assert.deepEqual(list.items, ['d0', 'd1']);
    const retry = list.retry();
    await pager.releaseAll();
    await retry;
    assert.equal(list.error, undefined);
    assert.deepEqual(list.items, names(4));
    assert.deepEqual(pager.calls, [undefined, '2', '2']);
  });

  it('a failed first page is not retried by ensureLoaded (no request storm on re-render)', async () => {
    let calls = 0;
    const list = new PagedList<string>(async () => {
      calls++;
      throw new Error('down');
    }, (s) => s);
    await list.ensureLoaded();
    await list.ensureLoaded();
    assert.equal(calls, 1);
    assert.equal(list.loaded, false);
    await list.retry();
    assert.equal(calls, 2);
  });

  it('stops when the service repeats a NextToken', async () => {
    const list = new PagedList<string>(async (t) => ({ items: [t ?? 'first'], nextToken: 'loop' }), (s) => s);
    await list.ensureLoaded();
    await list.loadMore();
    assert.equal(list.hasMore, false);
    assert.match(String((list.error as Error).message), /paging token/);
  });
});
