// The wire format seen by a raw HTTP client: headers, error bodies, malformed requests, control routes.
import * as assert from 'assert';
import type { RunningSandbox } from '../../../src/sandbox';
import { raw, startSmall } from './helpers';

function assertModeledError(res: { status: number; headers: Record<string, unknown>; json(): Record<string, unknown> }, name: string, status: number): void {
  assert.strictEqual(res.status, status);
  assert.strictEqual(res.headers['x-amzn-errortype'], name);
  assert.strictEqual(res.headers['content-type'], 'application/json');
  assert.ok(res.headers['x-amzn-requestid']);
  const body = res.json();
  assert.strictEqual(body.__type, name);
  assert.strictEqual(typeof body.Message, 'string');
  assert.strictEqual(body.message, body.Message);
}

describe('sandbox: wire format', () => {
  let sb: RunningSandbox;
  const lines: string[] = [];
  before(async () => {
    sb = await startSmall({ log: (l) => lines.push(l) });
  });
  after(() => sb.stop());

  it('answers JSON with x-amzn-RequestId, epoch-second timestamps and no nulls', async () => {
    const res = await raw(sb, 'GET', '/domains/demo-empty');
    assert.strictEqual(res.status, 200);
    assert.match(String(res.headers['x-amzn-requestid']), /^[0-9a-f-]{36}$/);
    const body = res.json();
    assert.strictEqual(typeof body.CreatedAt, 'number');
    assert.ok((body.CreatedAt as number) > 1e9 && (body.CreatedAt as number) < 1e11, 'seconds, not milliseconds');
    assert.ok(!res.text.includes('null'));
    assert.ok(!('DeadLetterQueueUrl' in body), 'absent members are omitted');
  });

  it('decodes percent-encoded labels and reads max-results/next-token', async () => {
    const res = await raw(sb, 'GET', '/domains?max-results=1');
    const body = res.json();
    assert.strictEqual((body.Items as unknown[]).length, 1);
    const next = await raw(sb, 'GET', `/domains?max-results=1&next-token=${encodeURIComponent(body.NextToken as string)}`);
    assert.strictEqual(((next.json().Items as Array<{ DomainName: string }>)[0]).DomainName, 'demo-retail');
    const encoded = await raw(sb, 'GET', '/domains/demo%2Dempty');
    assert.strictEqual(encoded.json().DomainName, 'demo-empty');
  });

  const cases: Array<[string, string, string, string | undefined, string, number]> = [
    ['unknown route', 'GET', '/no/such/thing', undefined, 'ResourceNotFoundException', 404],
    ['known path, wrong method', 'PATCH', '/domains/demo-empty', undefined, 'ResourceNotFoundException', 404],
    ['bad JSON', 'POST', '/domains/x-bad-json', '{"DefaultExpirationDays": ', 'BadRequestException', 400],
    ['JSON that is not an object', 'POST', '/domains/x-array', '[1,2]', 'BadRequestException', 400],
    ['malformed percent-encoding', 'GET', '/domains/%E0%A4%A', undefined, 'BadRequestException', 400],
    ['unknown body member', 'POST', '/domains/x-unknown', '{"DefaultExpirationDays": 3, "NotInModel": 1}', 'BadRequestException', 400],
    ['non-integer max-results', 'GET', '/domains?max-results=ten', undefined, 'BadRequestException', 400],
    ['operation in the model the sandbox does not implement', 'GET', '/domains/demo-empty/event-streams', undefined, 'BadRequestException', 400],
    ['empty domain label', 'GET', '/domains/', undefined, 'BadRequestException', 400],
  ];
  for (const [name, method, path, body, errName, status] of cases) {
    it(`${name} -> ${errName}`, async () => {
      assertModeledError(await raw(sb, method, path, body), errName, status);
    });
  }

  it('rejects an oversized body with a modeled error and keeps serving', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 'a');
    const res = await raw(sb, 'POST', '/domains/x-big', big);
    assertModeledError(res, 'BadRequestException', 400);
    assert.match(String(res.json().Message), /exceeds/);
    assert.strictEqual((await raw(sb, 'GET', '/domains/demo-empty')).status, 200);
  });

  it('logs one line per request without credentials', async () => {
    lines.length = 0;
    await raw(sb, 'GET', '/domains/demo-empty', undefined, { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDSECRETLOOKING/20250101/us-east-1/profile/aws4_request' });
    assert.strictEqual(lines.length, 1);
    assert.match(lines[0], /^GET \/domains\/demo-empty 200 GetDomain [\d.]+ms [0-9a-f-]{36}$/);
    assert.ok(!lines.join('\n').includes('AKID'));
  });

  it('control routes: health, faults get/set and validation', async () => {
    assert.deepStrictEqual((await raw(sb, 'GET', '/_sandbox/health')).json(), { ok: true });
    const set = await raw(sb, 'POST', '/_sandbox/faults', JSON.stringify({ latencyMs: 1, seed: 3 }));
    assert.deepStrictEqual(set.json(), { latencyMs: 1, seed: 3 });
    assert.deepStrictEqual((await raw(sb, 'GET', '/_sandbox/faults')).json(), { latencyMs: 1, seed: 3 });
    assertModeledError(await raw(sb, 'POST', '/_sandbox/faults', JSON.stringify({ throttleRate: 2 })), 'BadRequestException', 400);
    assertModeledError(await raw(sb, 'POST', '/_sandbox/faults', JSON.stringify({ bogus: 1 })), 'BadRequestException', 400);
    assertModeledError(await raw(sb, 'POST', '/_sandbox/nothing'), 'ResourceNotFoundException', 404);
    assertModeledError(await raw(sb, 'POST', '/_sandbox/domains/nope/identity-resolution-jobs'), 'ResourceNotFoundException', 404);
    await raw(sb, 'POST', '/_sandbox/faults', '{}');
  });
});
