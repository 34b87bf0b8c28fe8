// ListProfileHistoryRecords / GetProfileHistoryRecord through the real v3 client: a record for every
// mutation (create, update, key, ingest, merge, delete), filters, paging, 404s, the bounds and a restart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  AddProfileKeyCommand, CreateDomainCommand, CreateProfileCommand, CustomerProfilesClient, DeleteProfileCommand, GetMatchesCommand,
  GetProfileHistoryRecordCommand, ListProfileHistoryRecordsCommand, MergeProfilesCommand, PutProfileObjectCommand,
  PutProfileObjectTypeCommand, SearchProfilesCommand, UpdateProfileCommand, type ListProfileHistoryRecordsCommandInput, type ProfileHistoryRecord,
} from '@aws-sdk/client-customer-profiles';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { CALLER_ARN, MAX_DELETED_PROFILES, MAX_RECORDS_PER_PROFILE, recordDeleted, SERVICE_PRINCIPAL } from '../../../src/sandbox/store/history';
import type { DomainState } from '../../../src/sandbox/store/types';
import { clientFor, rejects, SMALL_DEMO, startSmall } from './helpers';

const D = 'hist';

describe('sandbox: profile history records', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;

  const list = async (input: Omit<ListProfileHistoryRecordsCommandInput, 'DomainName'> & { DomainName?: string }): Promise<ProfileHistoryRecord[]> =>
    (await client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ...input }))).ProfileHistoryRecords ?? [];
  const actions = async (ProfileId: string): Promise<string[]> => (await list({ ProfileId })).map((r) => r.ActionType as string);
  const content = async (ProfileId: string, Id: string | undefined): Promise<Record<string, unknown>> =>
    JSON.parse((await client.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId, Id }))).Content as string) as Record<string, unknown>;
  const create = async (fields: Record<string, string> = {}): Promise<string> =>
    (await client.send(new CreateProfileCommand({ DomainName: D, ...fields }))).ProfileId as string;

  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
    await client.send(new CreateDomainCommand({ DomainName: D, DefaultExpirationDays: 10 }));
    await client.send(new PutProfileObjectTypeCommand({
      DomainName: D, ObjectTypeName: 'crm', Description: 'CRM contacts', AllowProfileCreation: true,
      Fields: { id: { Source: '_source.id', Target: '_profile.Attributes.crmId' }, email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' } },
      Keys: { _crmId: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['id'] }], _email: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['email'] }] },
    }));
  });
  after(() => sb.stop());

  it('CreateProfile writes CREATED (the profile as content, PerformedBy the caller); UpdateProfile UPDATED; AddProfileKey ADDED_PROFILE_KEY', async () => {
    const id = await create({ FirstName: 'Ana' });
    await client.send(new UpdateProfileCommand({ DomainName: D, ProfileId: id, LastName: 'Silva' }));
    await client.send(new AddProfileKeyCommand({ DomainName: D, ProfileId: id, KeyName: 'loyalty', Values: ['L-1'] }));
    const records = await list({ ProfileId: id });
    assert.deepStrictEqual(records.map((r) => [r.ActionType, r.ObjectTypeName, r.PerformedBy]), [
      ['ADDED_PROFILE_KEY', '_profile', CALLER_ARN], ['UPDATED', '_profile', CALLER_ARN], ['CREATED', '_profile', CALLER_ARN],
    ], 'newest first');
    for (const r of records) {
      assert.match(r.Id ?? '', /^[a-f0-9]{32}$/);
      assert.ok(r.CreatedAt instanceof Date && r.LastUpdatedAt instanceof Date);
      assert.strictEqual((r as unknown as Record<string, unknown>).Content, undefined, 'the list carries no Content');
    }
    assert.deepStrictEqual(await content(id, records[2].Id), { ProfileId: id, FirstName: 'Ana' });
    assert.deepStrictEqual(await content(id, records[1].Id), { ProfileId: id, FirstName: 'Ana', LastName: 'Silva' });
    assert.deepStrictEqual(await content(id, records[0].Id), { KeyName: 'loyalty', Values: ['L-1'] });
  });

  it('PutProfileObject writes CREATED + INGESTED for a new profile and INGESTED alone when it attaches; content is the object as sent', async () => {
    const first = '{"id":"c-1","email":"zoe@example.com"}';
    const key = (await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'crm', Object: first }))).ProfileObjectUniqueKey;
    assert.strictEqual(key, 'c-1');
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'crm', Object: '{"id":"c-2","email":"zoe@example.com"}' }));
    const ingested = await list({ ProfileId: await profileOfObject('c-1'), ActionType: 'INGESTED' });
    assert.deepStrictEqual(ingested.map((r) => [r.ObjectTypeName, r.ProfileObjectUniqueKey]), [['crm', 'c-2'], ['crm', 'c-1']]);
    const owner = await profileOfObject('c-1');
    assert.deepStrictEqual(await actions(owner), ['INGESTED', 'INGESTED', 'CREATED']);
    const created = (await list({ ProfileId: owner, ActionType: 'CREATED' }))[0];
    assert.strictEqual(created.ObjectTypeName, 'crm', 'a profile created by ingestion names the object type');
    const got = await client.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId: owner, Id: ingested[1].Id }));
    assert.strictEqual(got.Content, first);
    assert.strictEqual(got.ProfileObjectUniqueKey, 'c-1');
  });

  /** The profile holding the crm object with this unique key (the object type's UNIQUE key is searchable). */
  async function profileOfObject(uniqueKey: string): Promise<string> {
    const out = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: '_crmId', Values: [uniqueKey] }));
    return out.Items?.[0]?.ProfileId as string;
  }

  it('MergeProfiles writes MERGED on the main profile and DELETED_BY_MERGE on each merged one, naming the merge ids', async () => {
    const main = await create({ FirstName: 'Main' });
    const b = await create({ LastName: 'B' });
    const c = await create({ EmailAddress: 'c@example.com' });
    await client.send(new MergeProfilesCommand({ DomainName: D, MainProfileId: main, ProfileIdsToBeMerged: [b, c], FieldSourceProfileIds: { LastName: b } }));
    const [merged] = await list({ ProfileId: main, ActionType: 'MERGED' });
    assert.strictEqual(merged.PerformedBy, CALLER_ARN);
    assert.deepStrictEqual(await content(main, merged.Id), {
      MainProfileId: main, ProfileIdsToBeMerged: [b, c], FieldSourceProfileIds: { LastName: b },
      Profile: { ProfileId: main, FirstName: 'Main', LastName: 'B', EmailAddress: 'c@example.com' },
    });
    for (const [gone, was] of [[b, { ProfileId: b, LastName: 'B' }], [c, { ProfileId: c, EmailAddress: 'c@example.com' }]] as const) {
      assert.deepStrictEqual(await actions(gone), ['DELETED_BY_MERGE', 'CREATED'], 'a merged-away profile keeps its history');
      const [rec] = await list({ ProfileId: gone, ActionType: 'DELETED_BY_MERGE' });
      assert.deepStrictEqual(await content(gone, rec.Id), { MainProfileId: main, ProfileIdsToBeMerged: [b, c], FieldSourceProfileIds: { LastName: b }, Profile: was });
    }
  });

  it('DeleteProfile writes DELETED_BY_CUSTOMER with the profile as it was; the history stays readable', async () => {
    const id = await create({ FirstName: 'Gone' });
    await client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: id }));
    const [rec] = await list({ ProfileId: id });
    assert.strictEqual(rec.ActionType, 'DELETED_BY_CUSTOMER');
    assert.deepStrictEqual(await content(id, rec.Id), { ProfileId: id, FirstName: 'Gone' });
  });

  it('filters by ObjectTypeName, ActionType and PerformedBy (together they AND)', async () => {
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'crm', Object: '{"id":"f-1","email":"filter@example.com"}' }));
    const id = await profileOfObject('f-1');
    await client.send(new UpdateProfileCommand({ DomainName: D, ProfileId: id, FirstName: 'F' }));
    const rows = async (f: Omit<ListProfileHistoryRecordsCommandInput, 'DomainName' | 'ProfileId'>): Promise<string[]> =>
      (await list({ ProfileId: id, ...f })).map((r) => `${r.ActionType}/${r.ObjectTypeName}`);
    assert.deepStrictEqual(await rows({ ObjectTypeName: 'crm' }), ['INGESTED/crm', 'CREATED/crm']);
    assert.deepStrictEqual(await rows({ ObjectTypeName: '_profile' }), ['UPDATED/_profile']);
    assert.deepStrictEqual(await rows({ ActionType: 'CREATED' }), ['CREATED/crm']);
    assert.deepStrictEqual(await rows({ ActionType: 'CREATED', ObjectTypeName: '_profile' }), []);
    assert.strictEqual((await rows({ PerformedBy: CALLER_ARN })).length, 3);
    assert.deepStrictEqual(await rows({ PerformedBy: SERVICE_PRINCIPAL }), []);
  });

  it('pages newest first with NextToken, without repeats; a token is only valid for the same filters', async () => {
    const id = await create({ FirstName: 'P0' });
    for (let i = 1; i <= 6; i++) await client.send(new UpdateProfileCommand({ DomainName: D, ProfileId: id, FirstName: `P${i}` }));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id, MaxResults: 3, NextToken: token }));
      for (const r of out.ProfileHistoryRecords ?? []) seen.push(String((await content(id, r.Id)).FirstName));
      token = out.NextToken;
      pages++;
      if (pages === 1) {
        const err = await rejects(() => client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id, ActionType: 'UPDATED', NextToken: token })));
        assert.strictEqual(err.name, 'BadRequestException');
      }
    } while (token);
    assert.deepStrictEqual(seen, ['P6', 'P5', 'P4', 'P3', 'P2', 'P1', 'P0']);
    assert.strictEqual(pages, 3);
  });

  it('answers ResourceNotFoundException for an unknown record, a profile that never existed and an unknown domain', async () => {
    const id = await create();
    const other = await create();
    const [rec] = await list({ ProfileId: id });
    const cases: Array<() => Promise<unknown>> = [
      () => client.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId: id, Id: 'a'.repeat(32) })),
      () => client.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId: other, Id: rec.Id })),
      () => client.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId: 'b'.repeat(32), Id: rec.Id })),
      () => client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: 'b'.repeat(32) })),
      () => client.send(new ListProfileHistoryRecordsCommand({ DomainName: 'no-such-domain', ProfileId: id })),
    ];
    for (const call of cases) {
      const err = await rejects(call);
      assert.strictEqual(err.name, 'ResourceNotFoundException');
      assert.strictEqual(err.$metadata?.httpStatusCode, 404);
    }
    const bad = await rejects(() => client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id, ActionType: 'EXPLODED' as 'CREATED' })));
    assert.strictEqual(bad.name, 'BadRequestException', 'ActionType is validated against the enum');
  });

  it(`keeps at most ${MAX_RECORDS_PER_PROFILE} records per profile (the oldest go first)`, async () => {
    const id = await create({ FirstName: 'u0' });
    for (let i = 1; i <= MAX_RECORDS_PER_PROFILE; i++) await client.send(new UpdateProfileCommand({ DomainName: D, ProfileId: id, FirstName: `u${i}` }));
    const all: ProfileHistoryRecord[] = [];
    let token: string | undefined;
    do {
      const out = await client.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id, MaxResults: 100, NextToken: token }));
      all.push(...(out.ProfileHistoryRecords ?? []));
      token = out.NextToken;
    } while (token);
    assert.strictEqual(all.length, MAX_RECORDS_PER_PROFILE);
    assert.ok(!all.some((r) => r.ActionType === 'CREATED'), 'the CREATED record was the oldest');
  });

  it(`keeps the history of at most ${MAX_DELETED_PROFILES} deleted profiles per domain (the earliest deleted go first)`, () => {
    const d = { DomainName: 'x', profiles: new Map() } as unknown as DomainState;
    for (let i = 0; i <= MAX_DELETED_PROFILES; i++) recordDeleted(d, { ProfileId: `p${i}` }, 1);
    assert.strictEqual(d.history?.byProfile.size, MAX_DELETED_PROFILES);
    assert.ok(!d.history?.byProfile.has('p0') && d.history?.byProfile.has(`p${MAX_DELETED_PROFILES}`));
  });

  it('the demo profiles have history: CREATED and INGESTED of their source object, by the service', async () => {
    const matches = await client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults: 1 }));
    const id = matches.Matches?.[0]?.ProfileIds?.[0] as string;
    const records = await list({ DomainName: 'demo-retail', ProfileId: id });
    assert.deepStrictEqual(records.map((r) => [r.ActionType, r.PerformedBy]), [['INGESTED', SERVICE_PRINCIPAL], ['CREATED', SERVICE_PRINCIPAL]]);
    assert.ok(records[0].ProfileObjectUniqueKey && records[0].ObjectTypeName === records[1].ObjectTypeName);
    const got = await client.send(new GetProfileHistoryRecordCommand({ DomainName: 'demo-retail', ProfileId: id, Id: records[1].Id }));
    assert.strictEqual((JSON.parse(got.Content as string) as { ProfileId: string }).ProfileId, id);
  });
});

describe('sandbox: profile history survives a restart', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-history-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the same records and contents after a restart, and keeps writing after it', async () => {
    const file = path.join(dir, 'state.json');
    const first = await startSandbox({ demo: SMALL_DEMO, jobStepMs: 0, dataFile: file });
    let id: string;
    let before: ProfileHistoryRecord[];
    try {
      const c1 = clientFor(first);
      await c1.send(new CreateDomainCommand({ DomainName: D, DefaultExpirationDays: 3 }));
      id = (await c1.send(new CreateProfileCommand({ DomainName: D, FirstName: 'Kept' }))).ProfileId as string;
      await c1.send(new UpdateProfileCommand({ DomainName: D, ProfileId: id, LastName: 'Too' }));
      before = (await c1.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id }))).ProfileHistoryRecords ?? [];
    } finally {
      await first.stop();
    }
    const second = await startSandbox({ demo: SMALL_DEMO, jobStepMs: 0, dataFile: file });
    try {
      const c2 = clientFor(second);
      const after = (await c2.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id }))).ProfileHistoryRecords ?? [];
      assert.deepStrictEqual(after, before);
      const got = await c2.send(new GetProfileHistoryRecordCommand({ DomainName: D, ProfileId: id, Id: before[0].Id }));
      assert.deepStrictEqual(JSON.parse(got.Content as string), { ProfileId: id, FirstName: 'Kept', LastName: 'Too' });
      await c2.send(new DeleteProfileCommand({ DomainName: D, ProfileId: id }));
      const now = (await c2.send(new ListProfileHistoryRecordsCommand({ DomainName: D, ProfileId: id }))).ProfileHistoryRecords ?? [];
      assert.deepStrictEqual(now.map((r) => r.ActionType), ['DELETED_BY_CUSTOMER', 'UPDATED', 'CREATED'], 'the order continues after the restart');
    } finally {
      await second.stop();
    }
  });
});
