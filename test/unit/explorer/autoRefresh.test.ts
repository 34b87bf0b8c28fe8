import * as assert from 'node:assert/strict';
import { AutoRefresh } from '../../../src/host/explorer/autoRefresh';
import { isRunningIdentityResolutionStatus, pollDelayMs, statusIcon } from '../../../src/host/explorer/jobStatus';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('explorer/auto-refresh of running jobs', () => {
  it('backoff doubles from 2 s and is capped at 60 s', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 50].map((a) => pollDelayMs(a)), [2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('running statuses', () => {
    assert.deepEqual(
      ['PENDING', 'PREPROCESSING', 'FIND_MATCHING', 'MERGING', 'COMPLETED', 'PARTIAL_SUCCESS', 'FAILED', undefined].map(isRunningIdentityResolutionStatus),
      [true, true, true, true, false, false, false, false],
    );
    assert.equal(statusIcon('UNHEARD_OF').id, 'circle-outline');
  });

  it('reloads while running with growing delays, and stops when nothing runs', async () => {
    const reloads: number[] = [];
    const started = Date.now();
    const poller = new AutoRefresh(() => reloads.push(Date.now() - started), { baseMs: 10, capMs: 40 });
    poller.update('jobs', true);
    poller.update('jobs', true); // already scheduled: no second timer
    await tick(25);
    assert.equal(reloads.length, 1);
    poller.update('jobs', true); // reload saw a running job again: next delay is 20 ms
    await tick(8);
    assert.equal(reloads.length, 1, 'the second delay is longer than the first');
    await tick(30);
    assert.equal(reloads.length, 2);
    poller.update('jobs', false);
    assert.equal(poller.isPolling('jobs'), false);
    await tick(60);
    assert.equal(reloads.length, 2, 'no reload once nothing runs');
  });

  it('cancelAll stops every list', async () => {
    let reloads = 0;
    const poller = new AutoRefresh(() => reloads++, { baseMs: 5 });
    poller.update('a', true);
    poller.update('b', true);
    poller.cancelAll();
    await tick(20);
    assert.equal(reloads, 0);
  });

  it('paused (view hidden): nothing reloads; resumed: the lists that were polling reload at once', async () => {
    const reloads: string[] = [];
    const poller = new AutoRefresh((key) => reloads.push(key), { baseMs: 10 });
    poller.update('a', true);
    poller.setPaused(true);
    poller.update('b', true); // a render while hidden asks for polling: remembered, not scheduled
    assert.equal(poller.isPolling('a') || poller.isPolling('b'), false);
    await tick(30);
    assert.deepEqual(reloads, [], 'no reload while hidden');
    poller.setPaused(false);
    assert.deepEqual(reloads.sort(), ['a', 'b']);
    poller.cancelAll();
  });
});
