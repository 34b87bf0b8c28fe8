// Sandbox fidelity fixes (issue 11), each through the real v3 client: PutProfileObject attaches to an
// existing profile through standard PROFILE keys, DeleteProfileObjectType scrubs what the type populated,
// the Amazon Connect templates, tag ARNs of any region, ListWorkflows date filters.
import * as assert from 'assert';
import {
  CreateProfileCommand, CustomerProfilesClient, DeleteProfileObjectTypeCommand, ListProfileHistoryRecordsCommand, GetMatchesCommand, GetProfileObjectTypeTemplateCommand,
  ListProfileObjectsCommand, ListProfileObjectTypeTemplatesCommand, ListTagsForResourceCommand, ListWorkflowsCommand, PutProfileObjectCommand,
  PutProfileObjectTypeCommand, SearchProfilesCommand, TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, rejects, startSmall } from './helpers';

const E = 'demo-empty';

describe('sandbox fidelity: object attach, type delete scrub, templates, tag ARNs, workflow dates', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
  });
  after(() => sb.stop());

  const search = async (domain: string, KeyName: string, value: string): Promise<string[]> =>
    ((await client.send(new SearchProfilesCommand({ DomainName: domain, KeyName, Values: [value] }))).Items ?? []).map((p) => p.ProfileId as string);

  it('a CTR for a known customer phone attaches to that customer (standard _phone key), no duplicate', async () => {
    const { ProfileId } = await client.send(new CreateProfileCommand({ DomainName: E, FirstName: 'Ana', PhoneNumber: '+12065550100', EmailAddress: 'ana@example.com' }));
    await client.send(new PutProfileObjectTypeCommand({ DomainName: E, ObjectTypeName: 'CTR', Description: 'CTR', TemplateId: 'CTR-NoInferred' }));
    const ctr = { ContactId: 'c-1', Channel: 'VOICE', CustomerEndpoint: { Address: '+1 206-555-0100', Type: 'TELEPHONE_NUMBER' } };
    const put = await client.send(new PutProfileObjectCommand({ DomainName: E, ObjectTypeName: 'CTR', Object: JSON.stringify(ctr) }));
    assert.strictEqual(put.ProfileObjectUniqueKey, 'c-1');
    // The object's phone overwrites the profile's (object values win); either spelling finds one profile.
    assert.deepStrictEqual(await search(E, '_phone', '+1 206-555-0100'), [ProfileId]);
    assert.deepStrictEqual(await search(E, '_email', 'ana@example.com'), [ProfileId]);
    const objects = await client.send(new ListProfileObjectsCommand({ DomainName: E, ObjectTypeName: 'CTR', ProfileId }));
    assert.deepStrictEqual(objects.Items?.map((o) => o.ProfileObjectUniqueKey), ['c-1']);
    // CTR-NoInferred never creates a profile: an unknown phone is refused, nothing is stored.
    const unknown = await rejects(() => client.send(new PutProfileObjectCommand({
      DomainName: E, ObjectTypeName: 'CTR', Object: JSON.stringify({ ContactId: 'c-2', CustomerEndpoint: { Address: '+12065559999' } }),
    })));
    assert.strictEqual(unknown.name, 'BadRequestException');
    assert.deepStrictEqual(await search(E, '_phone', '+12065559999'), []);
    // The CTR template (inferred profiles): an unknown phone creates a profile holding only the phone.
    await client.send(new PutProfileObjectTypeCommand({ DomainName: E, ObjectTypeName: 'CTRInferred', Description: 'CTR', TemplateId: 'CTR' }));
    await client.send(new PutProfileObjectCommand({ DomainName: E, ObjectTypeName: 'CTRInferred', Object: JSON.stringify({ ContactId: 'c-3', Channel: 'VOICE', CustomerEndpoint: { Address: '+12065558888' } }) }));
    const inferred = (await client.send(new SearchProfilesCommand({ DomainName: E, KeyName: '_phone', Values: ['+12065558888'] }))).Items ?? [];
    assert.strictEqual(inferred.length, 1);
    assert.deepStrictEqual(Object.keys(inferred[0]).filter((k) => !['ProfileId', 'Attributes', 'FoundByItems'].includes(k) && (inferred[0] as Record<string, unknown>)[k] !== undefined).sort(), ['PhoneNumber']);
    // And a second record with that phone joins the inferred profile.
    await client.send(new PutProfileObjectCommand({ DomainName: E, ObjectTypeName: 'CTRInferred', Object: JSON.stringify({ ContactId: 'c-4', CustomerEndpoint: { Address: '+12065558888' } }) }));
    assert.deepStrictEqual(await search(E, '_phone', '+12065558888'), [inferred[0].ProfileId]);
  });

  it("the demo's own CTR type attaches a record for a demo customer's phone to that customer", async () => {
    const matches = await client.send(new GetMatchesCommand({ DomainName: 'demo-retail' }));
    const ids = (matches.Matches ?? []).flatMap((m) => m.ProfileIds ?? []);
    let phone: string | undefined;
    for (const id of ids) {
      const p = (await client.send(new SearchProfilesCommand({ DomainName: 'demo-retail', KeyName: '_profileId', Values: [id] }))).Items?.[0];
      if (p?.PhoneNumber) { phone = p.PhoneNumber; break; }
    }
    assert.ok(phone, 'a demo profile with a PhoneNumber');
    const before = await search('demo-retail', '_phone', phone);
    await client.send(new PutProfileObjectCommand({ DomainName: 'demo-retail', ObjectTypeName: 'CTR', Object: JSON.stringify({ ContactId: 'demo-ctr-1', CustomerPhone: phone }) }));
    const after = await search('demo-retail', '_phone', phone);
    assert.deepStrictEqual(after.sort(), before.sort(), 'no new profile');
  });

  it('DeleteProfileObjectType scrubs the fields and keys that type populated, keeps the rest', async () => {
    await client.send(new PutProfileObjectTypeCommand({ DomainName: E, ObjectTypeName: 'Zd', Description: 'zendesk', TemplateId: 'Zendesk-users' }));
    const { ProfileId } = await client.send(new CreateProfileCommand({ DomainName: E, LastName: 'Kept', EmailAddress: 'zed@example.com' }));
    await client.send(new PutProfileObjectCommand({ DomainName: E, ObjectTypeName: 'Zd', Object: JSON.stringify({ id: 42, name: 'Zed', email: 'zed@example.com', phone: '+12065557777' }) }));
    const before = (await client.send(new SearchProfilesCommand({ DomainName: E, KeyName: '_zendeskUserId', Values: ['42'] }))).Items ?? [];
    assert.deepStrictEqual(before.map((p) => [p.ProfileId, p.FirstName, p.PhoneNumber, p.Attributes?.ZendeskUserId]), [[ProfileId, 'Zed', '+12065557777', '42']]);

    await client.send(new DeleteProfileObjectTypeCommand({ DomainName: E, ObjectTypeName: 'Zd' }));
    const after = (await client.send(new SearchProfilesCommand({ DomainName: E, KeyName: '_profileId', Values: [ProfileId as string] }))).Items?.[0];
    assert.strictEqual(after?.FirstName, undefined);
    assert.strictEqual(after?.PhoneNumber, undefined);
    assert.strictEqual(after?.Attributes?.ZendeskUserId, undefined);
    assert.strictEqual(after?.LastName, 'Kept', 'a field the type did not populate stays');
    assert.deepStrictEqual(await search(E, '_zendeskUserId', '42'), [], 'the type keys are gone');
    assert.deepStrictEqual(await search(E, '_email', 'zed@example.com'), [ProfileId], 'the profile itself stays');
    // The scrub changed the profile, so its history says so (the audit trail covers every change, not only calls on it).
    const history = (await client.send(new ListProfileHistoryRecordsCommand({ DomainName: E, ProfileId: ProfileId as string }))).ProfileHistoryRecords ?? [];
    assert.deepStrictEqual(history.map((r) => [r.ActionType, r.ObjectTypeName]).slice(0, 2), [['UPDATED', 'Zd'], ['INGESTED', 'Zd']], 'newest first');
    assert.strictEqual(history[0].PerformedBy, 'profile.amazonaws.com', 'the service scrubbed, no caller changed the profile');
  });

  it('templates: the Amazon Connect CTR templates exist; an unknown TemplateId is ResourceNotFound everywhere', async () => {
    const ids = (await client.send(new ListProfileObjectTypeTemplatesCommand({}))).Items?.map((t) => t.TemplateId) ?? [];
    assert.ok(ids.includes('CTR') && ids.includes('CTR-NoInferred'), ids.join());
    const noInferred = await client.send(new GetProfileObjectTypeTemplateCommand({ TemplateId: 'CTR-NoInferred' }));
    assert.strictEqual(noInferred.AllowProfileCreation, false);
    assert.deepStrictEqual(noInferred.Keys?._phone, [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['CustomerPhone'] }]);
    assert.strictEqual((await client.send(new GetProfileObjectTypeTemplateCommand({ TemplateId: 'CTR' }))).AllowProfileCreation, true);
    const err = await rejects(() => client.send(new PutProfileObjectTypeCommand({ DomainName: E, ObjectTypeName: 'X', Description: 'x', TemplateId: 'No-Such-Template' })));
    assert.strictEqual(err.name, 'ResourceNotFoundException');
    assert.match(err.message, /No-Such-Template/);
    assert.match(err.message, /ListProfileObjectTypeTemplates/);
  });

  it('tags accept ARNs of any region the sandbox serves (the extension builds them from its region)', async () => {
    const eu = clientFor(sb);
    for (const region of ['eu-west-2', 'ap-southeast-1', 'us-east-1']) {
      const arn = `arn:aws:profile:${region}:123456789012:domains/${E}`;
      await eu.send(new TagResourceCommand({ resourceArn: arn, tags: { [`r-${region}`]: 'x' } }));
      assert.strictEqual((await eu.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags?.[`r-${region}`], 'x');
      await eu.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [`r-${region}`] }));
    }
    const bad = await rejects(() => eu.send(new ListTagsForResourceCommand({ resourceArn: `arn:aws:profile:not_a_region:123456789012:domains/${E}` })));
    assert.strictEqual(bad.name, 'ResourceNotFoundException');
    const otherAccount = await rejects(() => eu.send(new ListTagsForResourceCommand({ resourceArn: `arn:aws:profile:eu-west-2:999999999999:domains/${E}` })));
    assert.strictEqual(otherAccount.name, 'ResourceNotFoundException');
  });

  it('ListWorkflows: QueryStartDate keeps workflows started after it, QueryEndDate those ended after it', async () => {
    const all = (await client.send(new ListWorkflowsCommand({ DomainName: 'demo-retail' }))).Items ?? [];
    assert.strictEqual(all.length, 1);
    const wf = all[0];
    const created = wf.CreatedAt?.getTime() ?? 0;
    const ended = wf.LastUpdatedAt?.getTime() ?? 0;
    assert.ok(ended > created, 'the demo workflow ended after it started');
    const list = async (q: { QueryStartDate?: Date; QueryEndDate?: Date }): Promise<number> =>
      ((await client.send(new ListWorkflowsCommand({ DomainName: 'demo-retail', ...q }))).Items ?? []).length;
    assert.strictEqual(await list({ QueryStartDate: new Date(created - 1000) }), 1);
    assert.strictEqual(await list({ QueryStartDate: new Date(created + 1000) }), 0);
    // "ended after": a date between start and end keeps it (a created-at reading would drop it) ...
    const between = new Date(Math.round((created + ended) / 2));
    assert.strictEqual(await list({ QueryEndDate: between }), 1);
    // ... a date after its end drops it (a created-at "before" reading would keep it).
    assert.strictEqual(await list({ QueryEndDate: new Date(ended + 1000) }), 0);
    assert.strictEqual(await list({ QueryStartDate: new Date(created - 1000), QueryEndDate: between }), 1);
  });
});
