// Injected faults as the SDK sees them, retries included.
import * as assert from 'assert';
import { GetDomainCommand, InternalServerException, ListDomainsCommand, ThrottlingException } from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, raw, rejects, startSmall } from './helpers';

describe('sandbox: faults', () => {
  let sb: RunningSandbox;
  let requests = 0;
  before(async () => {
    sb = await startSmall({ demo: { profiles: 10, clusters: 1 }, log: () => requests++ });
  });
  afterEach(() => sb.setFaults({}));
  after(() => sb.stop());

  it('throttle-rate 1: ThrottlingException 429 after the SDK retried (3 attempts)', async () => {
    sb.setFaults({ throttleRate: 1 });
    requests = 0;
    const err = await rejects(() => clientFor(sb).send(new ListDomainsCommand({})));
    assert.ok(err instanceof ThrottlingException);
    assert.strictEqual(err.$metadata?.httpStatusCode, 429);
    assert.strictEqual(err.$metadata?.attempts, 3);
    assert.strictEqual(requests, 3, 'three requests reached the server');
  });

  it('fail-rate 1: InternalServerException 500 after 3 attempts, $fault server', async () => {
    sb.setFaults({ failRate: 1 });
    const err = await rejects(() => clientFor(sb).send(new GetDomainCommand({ DomainName: 'demo-retail' })));
    assert.ok(err instanceof InternalServerException);
    assert.strictEqual(err.$metadata?.httpStatusCode, 500);
    assert.strictEqual(err.$metadata?.attempts, 3);
    assert.strictEqual((err as unknown as { $fault: string }).$fault, 'server');
  });

  it('access-denied rate 1: AccessDeniedException 403, not retried', async () => {
    sb.setFaults({ accessDeniedRate: 1 });
    const err = await rejects(() => clientFor(sb).send(new ListDomainsCommand({})));
    assert.strictEqual(err.name, 'AccessDeniedException');
    assert.strictEqual(err.$metadata?.httpStatusCode, 403);
    assert.strictEqual(err.$metadata?.attempts, 1);
  });

  it('a partial throttle rate is absorbed by retries and is reproducible for a seed', async () => {
    const outcomes = async (): Promise<string> => {
      sb.setFaults({ throttleRate: 0.3, seed: 42 });
      const c = clientFor(sb, 1);
      let s = '';
      for (let i = 0; i < 20; i++) s += await c.send(new ListDomainsCommand({})).then(() => '.', () => 'T');
      return s;
    };
    const a = await outcomes();
    assert.strictEqual(await outcomes(), a, 'same seed, same fault sequence');
    assert.ok(a.includes('T') && a.includes('.'), a);
    sb.setFaults({ throttleRate: 0.3, seed: 42 });
    const out = await clientFor(sb, 10).send(new ListDomainsCommand({}));
    assert.strictEqual(out.Items?.length, 3, 'retries get through');
  });

  it('latency is added (measured, not asserted exactly) and control routes are never faulted', async () => {
    sb.setFaults({ latencyMs: 40, throttleRate: 1 });
    const started = Date.now();
    const res = await raw(sb, 'GET', '/_sandbox/faults');
    assert.strictEqual(res.status, 200, 'control route unaffected by throttle-rate 1');
    sb.setFaults({ latencyMs: 40 });
    const t0 = Date.now();
    await clientFor(sb).send(new ListDomainsCommand({}));
    const withLatency = Date.now() - t0;
    assert.ok(withLatency >= 35, `request took ${withLatency} ms with 40 ms latency`);
    assert.ok(Date.now() - started >= 0);
  });

  it('setFaults rejects out-of-range rates', () => {
    assert.throws(() => sb.setFaults({ failRate: 1.5 }), RangeError);
    assert.throws(() => sb.setFaults({ latencyMs: -1 }), RangeError);
  });
});
