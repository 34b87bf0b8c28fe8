// Domains through the real v3 client: CRUD, stats, matching config round-trip, paging, tokens, validation.
import * as assert from 'assert';
import {
  BadRequestException, CreateDomainCommand, CustomerProfilesClient, DeleteDomainCommand, GetDomainCommand, ListDomainsCommand,
  ResourceNotFoundException, UpdateDomainCommand,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, rejects, startSmall, SMALL_DEMO } from './helpers';

describe('sandbox: domains', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('lists the demo domains with epoch-second timestamps and tags', async () => {
    const out = await client.send(new ListDomainsCommand({}));
    assert.deepStrictEqual(out.Items?.map((d) => d.DomainName), ['demo-empty', 'demo-retail', 'demo-rules']);
    const retail = out.Items?.find((d) => d.DomainName === 'demo-retail');
    assert.ok(retail?.CreatedAt instanceof Date && retail.CreatedAt.getFullYear() > 2000);
    assert.deepStrictEqual(retail?.Tags, { env: 'demo', team: 'retail-crm' });
    assert.strictEqual(out.NextToken, undefined);
    assert.ok(out.$metadata.requestId, 'x-amzn-RequestId reaches $metadata.requestId');
  });

  it('GetDomain returns Stats and the matching configuration', async () => {
    const d = await client.send(new GetDomainCommand({ DomainName: 'demo-retail' }));
    assert.strictEqual(d.Stats?.ProfileCount, SMALL_DEMO.profiles);
    assert.strictEqual(d.Stats?.MeteringProfileCount, SMALL_DEMO.profiles);
    assert.strictEqual(d.Stats?.ObjectCount, SMALL_DEMO.profiles, 'one source object per demo profile');
    assert.ok((d.Stats?.TotalSize ?? 0) > 0);
    assert.strictEqual(d.Matching?.Enabled, true);
    assert.strictEqual(d.Matching?.JobSchedule?.DayOfTheWeek, 'SATURDAY');
    const empty = await client.send(new GetDomainCommand({ DomainName: 'demo-empty' }));
    assert.deepStrictEqual(empty.Stats, { ProfileCount: 0, MeteringProfileCount: 0, ObjectCount: 0, TotalSize: 0 });
    assert.strictEqual(empty.Matching, undefined);
  });

  it('creates, updates and deletes a domain; RuleBasedMatching round-trips with Status', async () => {
    const created = await client.send(new CreateDomainCommand({
      DomainName: 'crud-1', DefaultExpirationDays: 30, DeadLetterQueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/dlq',
      RuleBasedMatching: {
        Enabled: true,
        MatchingRules: [{ Rule: ['EmailAddress'] }, { Rule: ['LastName', 'Address.City'] }],
        AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'] },
        ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
        MaxAllowedRuleLevelForMatching: 2,
      },
      Tags: { owner: 'tests' },
    }));
    assert.strictEqual(created.DefaultExpirationDays, 30);
    assert.strictEqual(created.RuleBasedMatching?.Status, 'IN_PROGRESS', 'a new domain skips PENDING');
    const updated = await client.send(new UpdateDomainCommand({ DomainName: 'crud-1', DefaultExpirationDays: 60, DefaultEncryptionKey: 'arn:aws:kms:us-east-1:123456789012:key/abc' }));
    assert.strictEqual(updated.DefaultExpirationDays, 60);
    assert.strictEqual(updated.DeadLetterQueueUrl, 'https://sqs.us-east-1.amazonaws.com/123456789012/dlq', 'unchanged members kept');
    const got = await client.send(new GetDomainCommand({ DomainName: 'crud-1' }));
    assert.deepStrictEqual(got.RuleBasedMatching?.MatchingRules, [{ Rule: ['EmailAddress'] }, { Rule: ['LastName', 'Address.City'] }]);
    assert.strictEqual(got.RuleBasedMatching?.AttributeTypesSelector?.AttributeMatchingModel, 'ONE_TO_ONE');
    assert.strictEqual(got.Tags?.owner, 'tests');
    assert.ok((got.LastUpdatedAt?.getTime() ?? 0) >= (got.CreatedAt?.getTime() ?? Infinity));
    const del = await client.send(new DeleteDomainCommand({ DomainName: 'crud-1' }));
    assert.match(del.Message ?? '', /crud-1/);
    const err = await rejects(() => client.send(new GetDomainCommand({ DomainName: 'crud-1' })));
    assert.ok(err instanceof ResourceNotFoundException);
    assert.strictEqual(err.$metadata?.httpStatusCode, 404);
  });

  const errorCases: Array<[string, () => Promise<unknown>, string, number, RegExp]> = [
    ['GetDomain of a missing domain', () => client.send(new GetDomainCommand({ DomainName: 'nope' })), 'ResourceNotFoundException', 404, /nope/],
    ['DeleteDomain of a missing domain', () => client.send(new DeleteDomainCommand({ DomainName: 'nope' })), 'ResourceNotFoundException', 404, /nope/],
    ['CreateDomain of an existing domain', () => client.send(new CreateDomainCommand({ DomainName: 'demo-empty', DefaultExpirationDays: 5 })), 'BadRequestException', 400, /exists/],
    ['CreateDomain out of range (model validation)', () => client.send(new CreateDomainCommand({ DomainName: 'bad-1', DefaultExpirationDays: 5000 })), 'BadRequestException', 400, /DefaultExpirationDays/],
    ['CreateDomain with a bad enum (model validation)', () => client.send(new CreateDomainCommand({
      DomainName: 'bad-2', DefaultExpirationDays: 5, Matching: { Enabled: true, JobSchedule: { DayOfTheWeek: 'FUNDAY' as never, Time: '10:00' } },
    })), 'BadRequestException', 400, /DayOfTheWeek/],
    ['CreateDomain with an unknown consolidation attribute', () => client.send(new CreateDomainCommand({
      DomainName: 'bad-3', DefaultExpirationDays: 5,
      Matching: { Enabled: true, AutoMerging: { Enabled: true, Consolidation: { MatchingAttributesList: [['ShoeSize']] } } },
    })), 'BadRequestException', 400, /Consolidation\.MatchingAttributesList\[0\]\[0\]/],
    ['ListDomains MaxResults 0', () => client.send(new ListDomainsCommand({ MaxResults: 0 })), 'BadRequestException', 400, /MaxResults/],
  ];
  for (const [name, call, errName, status, message] of errorCases) {
    it(`error: ${name} -> ${errName} ${status}`, async () => {
      const err = await rejects(call);
      assert.strictEqual(err.name, errName);
      assert.strictEqual(err.$metadata?.httpStatusCode, status);
      assert.match(err.message, message);
    });
  }

  it('pages ListDomains with no domain lost or repeated, and rejects forged tokens', async () => {
    const names = Array.from({ length: 23 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
    for (const n of names) await client.send(new CreateDomainCommand({ DomainName: n, DefaultExpirationDays: 1 }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await client.send(new ListDomainsCommand({ MaxResults: 4, NextToken: token }));
      assert.ok((out.Items?.length ?? 0) <= 4);
      seen.push(...(out.Items ?? []).map((d) => d.DomainName as string));
      token = out.NextToken;
      pages++;
      // A domain deleted mid-listing must not shift the cursor.
      if (pages === 2) await client.send(new DeleteDomainCommand({ DomainName: 'page-00' }));
    } while (token);
    const expected = ['demo-empty', 'demo-retail', 'demo-rules', ...names].sort();
    assert.deepStrictEqual(seen, expected);
    assert.strictEqual(pages, Math.ceil(expected.length / 4));

    const first = await client.send(new ListDomainsCommand({ MaxResults: 2 }));
    const good = first.NextToken as string;
    const [body, mac] = good.split('.');
    const forgedBody = Buffer.from(JSON.stringify(['ListDomains', JSON.parse(Buffer.from(body, 'base64url').toString())[1], 'page-10'])).toString('base64url');
    for (const bad of [`${forgedBody}.${mac}`, good.slice(0, -2), 'garbage', `${good}.x`]) {
      const err = await rejects(() => client.send(new ListDomainsCommand({ NextToken: bad })));
      assert.ok(err instanceof BadRequestException, bad);
      assert.match(err.message, /NextToken/);
    }
  });
});
