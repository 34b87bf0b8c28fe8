// The facade against a real loopback HTTP server through the real SDK: wire paging members, $metadata
// stripped, per-call debug log lines without secrets, loopback dummy credentials, error mapping.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCustomerProfilesApi, type CustomerProfilesApi } from '../../../src/aws/client';
import { describeError } from '../../../src/shared/describeError';
import type { Logger } from '../../../src/shared/logger';

interface Seen {
  url: string;
  authorization: string;
}

const DOMAINS = Array.from({ length: 5 }, (_, i) => `domain-${i}`);

function startServer(seen: Seen[]): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: String(req.headers.authorization ?? '') });
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('x-amzn-RequestId', `req-${seen.length}`);
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/domains') {
      const size = Number(url.searchParams.get('max-results') ?? 100);
      const offset = Number(url.searchParams.get('next-token') ?? 0);
      const items = DOMAINS.slice(offset, offset + size).map((DomainName) => ({ DomainName, CreatedAt: 1700000000, LastUpdatedAt: 1700000000.5 }));
      const next = offset + size < DOMAINS.length ? String(offset + size) : undefined;
      res.end(JSON.stringify({ Items: items, NextToken: next }));
      return;
    }
    res.statusCode = 404;
    res.setHeader('x-amzn-ErrorType', 'ResourceNotFoundException');
    res.end(JSON.stringify({ __type: 'ResourceNotFoundException', Message: 'Domain nope not found' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('aws/client facade (real SDK, loopback server)', function () {
  this.timeout(20_000);
  const seen: Seen[] = [];
  const lines: string[] = [];
  const logger: Logger = {
    trace: (m) => lines.push(`trace ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${String(m)}`),
  };
  let server: http.Server;
  let endpoint: string;
  let api: CustomerProfilesApi;
  const ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_REGION'];
  const saved: Record<string, string | undefined> = {};

  before(async () => {
    for (const k of ENV) saved[k] = process.env[k];
    for (const k of ENV) delete process.env[k];
    // No credentials anywhere: the loopback endpoint must fall back to dummy credentials.
    process.env.AWS_CONFIG_FILE = path.join(os.tmpdir(), 'cpx-no-such-config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(os.tmpdir(), 'cpx-no-such-credentials');
    server = await startServer(seen);
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = await createCustomerProfilesApi({ endpoint }, logger, process.env);
  });

  after(async () => {
    api?.dispose();
    await new Promise((r) => server.close(r));
    for (const k of ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('resolves the connection from the endpoint setting with loopback credentials', () => {
    assert.equal(api.connection.endpoint, endpoint);
    assert.equal(api.connection.endpointSource, 'setting');
    assert.equal(api.connection.credentialSource, 'loopbackFallback');
    assert.equal(api.connection.region, 'us-east-1');
  });

  it('call() returns the output without $metadata and with Date timestamps', async () => {
    const out = await api.call('ListDomains', {});
    assert.equal('$metadata' in out, false);
    assert.equal(out.Items?.length, 5);
    assert.ok(out.Items?.[0].LastUpdatedAt instanceof Date);
    assert.equal(out.Items?.[0].LastUpdatedAt?.toISOString(), '2023-11-14T22:13:20.500Z');
  });

  it('signs with dummy credentials when none exist', () => {
    assert.match(seen[seen.length - 1].authorization, /Credential=AKIDSANDBOXDUMMY\//);
  });

  it('pages() sends max-results/next-token and collects every page', async () => {
    seen.length = 0;
    const names: string[] = [];
    for await (const page of api.pages('ListDomains', {}, { pageSize: 2 })) names.push(...page.items.map((d) => d.DomainName ?? ''));
    assert.deepEqual(names, DOMAINS);
    assert.deepEqual(seen.map((s) => s.url), ['/domains?max-results=2', '/domains?max-results=2&next-token=2', '/domains?max-results=2&next-token=4']);
  });

  it('logs each call at info, a failed one at warn, with operation, domain, duration, request id and attempts — never secrets', async () => {
    lines.length = 0;
    await api.call('ListDomains', {});
    assert.ok(lines.some((l) => /^info ListDomains ok \d+ms requestId=\S+ attempts=1$/.test(l)), lines.join('\n'));
    await assert.rejects(api.call('GetDomain', { DomainName: 'nope' }));
    const line = lines.find((l) => l.startsWith('warn GetDomain nope failed'));
    assert.ok(line, lines.join('\n'));
    assert.match(line, /\d+ms .*requestId=req-\d+ attempts=1/);
    assert.doesNotMatch(lines.join('\n'), /local-sandbox-ignores-signatures|AKIDSANDBOXDUMMY/);
  });

  it('service errors keep their SDK shape for describeError', async () => {
    const err = await api.call('GetDomain', { DomainName: 'nope' }).then(() => undefined, (e: unknown) => e);
    const d = describeError(err);
    assert.equal(d.kind, 'notFound');
    assert.match(d.message, /Domain nope not found/);
  });

  it('an unreachable loopback endpoint is reported as unreachable', async () => {
    const closed = await createCustomerProfilesApi({ endpoint: 'http://127.0.0.1:9' }, logger, process.env);
    try {
      const err = await closed.call('ListDomains', {}).then(() => undefined, (e: unknown) => e);
      assert.equal(describeError(err, { endpoint: 'http://127.0.0.1:9' }).kind, 'unreachable');
    } finally {
      closed.dispose();
    }
  });

  it('sandbox connections always use dummy credentials, even when real ones exist', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDREALUSER';
    process.env.AWS_SECRET_ACCESS_KEY = 'real-secret';
    const sandboxApi = await createCustomerProfilesApi({ sandbox: true, endpoint }, logger, process.env);
    const loopbackApi = await createCustomerProfilesApi({ endpoint }, logger, process.env);
    try {
      await sandboxApi.call('ListDomains', {});
      assert.match(seen[seen.length - 1].authorization, /Credential=AKIDSANDBOXDUMMY\//);
      await loopbackApi.call('ListDomains', {});
      assert.match(seen[seen.length - 1].authorization, /Credential=AKIDREALUSER\//, 'a configured endpoint uses real credentials when present');
    } finally {
      sandboxApi.dispose();
      loopbackApi.dispose();
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
    }
  });
});
