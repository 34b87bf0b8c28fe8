// Profiles, keys, search, object types, templates and objects through the real v3 client.
import * as assert from 'assert';
import {
  AddProfileKeyCommand, BatchGetProfileCommand, CreateDomainCommand, CreateProfileCommand, CustomerProfilesClient, DeleteProfileCommand,
  DeleteProfileObjectTypeCommand, GetProfileObjectTypeCommand, GetProfileObjectTypeTemplateCommand, ListProfileObjectsCommand,
  ListProfileObjectTypesCommand, ListProfileObjectTypeTemplatesCommand, PutProfileObjectCommand, PutProfileObjectTypeCommand,
  SearchProfilesCommand, UpdateProfileCommand,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, rejects, startSmall } from './helpers';

const D = 'people';

describe('sandbox: profiles, search and objects', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  let ana: string;
  let bob: string;
  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
    await client.send(new CreateDomainCommand({ DomainName: D, DefaultExpirationDays: 10 }));
    ana = (await client.send(new CreateProfileCommand({
      DomainName: D, FirstName: 'Ana', LastName: 'Silva', EmailAddress: 'Ana.Silva@Example.com', PhoneNumber: '+1-206-555-0101',
      Address: { City: 'Seattle', PostalCode: '98101' }, Attributes: { tier: 'gold', note: 'vip' },
    }))).ProfileId as string;
    bob = (await client.send(new CreateProfileCommand({ DomainName: D, FirstName: 'Bob', LastName: 'Silva', AccountNumber: 'A-2' }))).ProfileId as string;
  });
  after(() => sb.stop());

  it('CreateProfile returns a 32-hex id; BatchGetProfile returns profiles and Errors for missing ids', async () => {
    assert.match(ana, /^[a-f0-9]{32}$/);
    const missing = 'f'.repeat(32);
    const out = await client.send(new BatchGetProfileCommand({ DomainName: D, ProfileIds: [ana, missing, bob] }));
    assert.deepStrictEqual(out.Profiles?.map((p) => p.FirstName), ['Ana', 'Bob']);
    assert.strictEqual(out.Profiles?.[0].Address?.City, 'Seattle');
    assert.deepStrictEqual(out.Errors?.map((e) => [e.ProfileId, e.Code]), [[missing, 'ResourceNotFoundException']]);
  });

  it('UpdateProfile replaces given values and removes fields set to ""', async () => {
    await client.send(new UpdateProfileCommand({
      DomainName: D, ProfileId: ana, MiddleName: 'M', PhoneNumber: '', Address: { City: '', Country: 'US' }, Attributes: { note: '' },
    }));
    const [p] = (await client.send(new BatchGetProfileCommand({ DomainName: D, ProfileIds: [ana] }))).Profiles ?? [];
    assert.strictEqual(p.MiddleName, 'M');
    assert.strictEqual(p.PhoneNumber, undefined);
    assert.deepStrictEqual(p.Address, { PostalCode: '98101', Country: 'US' });
    assert.deepStrictEqual(p.Attributes, { tier: 'gold' });
    assert.strictEqual(p.EmailAddress, 'Ana.Silva@Example.com');
  });

  const searches: Array<[string, () => { KeyName: string; Values: string[]; AdditionalSearchKeys?: Array<{ KeyName: string; Values: string[] }>; LogicalOperator?: 'AND' | 'OR' }, () => string[]]> = [
    ['_profileId', () => ({ KeyName: '_profileId', Values: [bob] }), () => [bob]],
    ['_email is case-insensitive', () => ({ KeyName: '_email', Values: ['ana.silva@example.com'] }), () => [ana]],
    ['_fullName', () => ({ KeyName: '_fullName', Values: ['Bob Silva'] }), () => [bob]],
    ['_account', () => ({ KeyName: '_account', Values: ['A-2'] }), () => [bob]],
    ['OR (default) across keys', () => ({ KeyName: '_account', Values: ['A-2'], AdditionalSearchKeys: [{ KeyName: '_email', Values: ['ana.silva@example.com'] }] }), () => [ana, bob].sort()],
    ['AND across keys', () => ({ KeyName: '_fullName', Values: ['Bob Silva', 'Ana M Silva'], AdditionalSearchKeys: [{ KeyName: '_account', Values: ['A-2'] }], LogicalOperator: 'AND' }), () => [bob]],
    ['no match', () => ({ KeyName: '_email', Values: ['nobody@example.com'] }), () => []],
  ];
  for (const [name, req, expected] of searches) {
    it(`SearchProfiles: ${name}`, async () => {
      const out = await client.send(new SearchProfilesCommand({ DomainName: D, ...req() }));
      assert.deepStrictEqual(out.Items?.map((p) => p.ProfileId), expected());
      for (const item of out.Items ?? []) assert.ok((item.FoundByItems?.length ?? 0) >= 1);
    });
  }

  it('AddProfileKey makes a custom key searchable; unknown profile -> ResourceNotFound', async () => {
    const out = await client.send(new AddProfileKeyCommand({ DomainName: D, ProfileId: bob, KeyName: 'loyaltyId', Values: ['L-9', 'L-10'] }));
    assert.deepStrictEqual(out, { KeyName: 'loyaltyId', Values: ['L-9', 'L-10'], $metadata: out.$metadata });
    const found = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: 'loyaltyId', Values: ['L-10'] }));
    assert.deepStrictEqual(found.Items?.map((p) => [p.ProfileId, p.FoundByItems]), [[bob, [{ KeyName: 'loyaltyId', Values: ['L-10'] }]]]);
    const err = await rejects(() => client.send(new AddProfileKeyCommand({ DomainName: D, ProfileId: 'a'.repeat(32), KeyName: 'k', Values: ['v'] })));
    assert.strictEqual(err.name, 'ResourceNotFoundException');
    assert.strictEqual(err.$metadata?.httpStatusCode, 404);
  });

  it('SearchProfiles pages with no profile lost or repeated (default 20) and binds the token to the criteria', async () => {
    // Demo profiles carry _phone keys from their source objects: page through one shared value set.
    const profiles = [...(sb.state.domains.get('demo-retail')?.profiles.values() ?? [])];
    const phones = [...new Set(profiles.map((p) => p.profile.PhoneNumber).filter((x): x is string => !!x))].slice(0, 45);
    const holds = (p: (typeof profiles)[number], ph: string): boolean =>
      [p.profile.PhoneNumber, p.profile.MobilePhoneNumber, p.profile.HomePhoneNumber, p.profile.BusinessPhoneNumber].includes(ph) || !!p.keys.get('_phone')?.includes(ph);
    const expected = new Set(profiles.filter((p) => phones.some((ph) => holds(p, ph))).map((p) => p.profile.ProfileId));
    const seen: string[] = [];
    let token: string | undefined;
    let firstToken: string | undefined;
    do {
      const out = await client.send(new SearchProfilesCommand({ DomainName: 'demo-retail', KeyName: '_phone', Values: phones, NextToken: token }));
      assert.ok((out.Items?.length ?? 0) <= 20);
      seen.push(...(out.Items ?? []).map((p) => p.ProfileId as string));
      token = out.NextToken;
      firstToken ??= token;
    } while (token);
    assert.strictEqual(seen.length, new Set(seen).size, 'no repeats');
    assert.deepStrictEqual(new Set(seen), expected);
    assert.ok(seen.length > 20, 'more than one page');
    const err = await rejects(() => client.send(new SearchProfilesCommand({ DomainName: 'demo-retail', KeyName: '_phone', Values: phones.slice(1), NextToken: firstToken })));
    assert.strictEqual(err.name, 'BadRequestException');
  });

  it('object types: template-based put, get, list, delete; templates list and get', async () => {
    const templates = await client.send(new ListProfileObjectTypeTemplatesCommand({}));
    const ids = templates.Items?.map((t) => t.TemplateId) ?? [];
    assert.ok(ids.includes('Salesforce-Contact') && ids.includes('Zendesk-users') && ids.length >= 4);
    const tpl = await client.send(new GetProfileObjectTypeTemplateCommand({ TemplateId: 'Salesforce-Contact' }));
    assert.strictEqual(tpl.SourceName, 'Salesforce');
    assert.deepStrictEqual(tpl.Fields?.Email, { Source: '_source.Email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' });
    assert.deepStrictEqual(tpl.Keys?._salesforceContactId, [{ StandardIdentifiers: ['PROFILE', 'UNIQUE'], FieldNames: ['Id'] }]);
    const missingTpl = await rejects(() => client.send(new GetProfileObjectTypeTemplateCommand({ TemplateId: 'Nope' })));
    assert.strictEqual(missingTpl.name, 'ResourceNotFoundException');

    const put = await client.send(new PutProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'SfContact', Description: 'contacts', TemplateId: 'Salesforce-Contact', Tags: { a: 'b' } }));
    assert.strictEqual(put.Fields?.FirstName?.Target, '_profile.FirstName');
    assert.strictEqual(put.AllowProfileCreation, true);
    const got = await client.send(new GetProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'SfContact' }));
    assert.strictEqual(got.TemplateId, 'Salesforce-Contact');
    assert.deepStrictEqual(got.Tags, { a: 'b' });
    const list = await client.send(new ListProfileObjectTypesCommand({ DomainName: D }));
    assert.deepStrictEqual(list.Items?.map((i) => [i.ObjectTypeName, i.Description]), [['SfContact', 'contacts']]);

    const badKeys = await rejects(() => client.send(new PutProfileObjectTypeCommand({
      DomainName: D, ObjectTypeName: 'Broken', Description: 'x', Fields: { a: { Source: '_source.a', Target: '_profile.FirstName' } },
      Keys: { k: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['missing'] }] },
    })));
    assert.strictEqual(badKeys.name, 'BadRequestException');
    assert.match(badKeys.message, /missing/);

    await client.send(new PutProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'Temp', Description: 'temp', TemplateId: 'Zendesk-users' }));
    await client.send(new DeleteProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'Temp' }));
    const gone = await rejects(() => client.send(new GetProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'Temp' })));
    assert.strictEqual(gone.name, 'ResourceNotFoundException');
  });

  it('PutProfileObject creates a profile from field mappings, then updates it through its keys; ListProfileObjects', async () => {
    const obj = { Id: '003A', FirstName: 'Carla', LastName: 'Mendes', Email: 'carla@example.com', MailingCity: 'Porto' };
    const first = await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify(obj) }));
    assert.strictEqual(first.ProfileObjectUniqueKey, '003A');
    const found = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: '_salesforceContactId', Values: ['003A'] }));
    assert.strictEqual(found.Items?.length, 1);
    const carla = found.Items?.[0];
    assert.strictEqual(carla?.FirstName, 'Carla');
    assert.deepStrictEqual(carla?.MailingAddress, { City: 'Porto' });

    // Same unique key: same profile, updated.
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify({ ...obj, Phone: '555-0000' }) }));
    // Another contact with the same e-mail (a PROFILE key): attached to the same profile.
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify({ Id: '003B', Email: 'carla@example.com' }) }));
    const again = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: '_email', Values: ['carla@example.com'] }));
    assert.deepStrictEqual(again.Items?.map((p) => [p.ProfileId, p.PhoneNumber]), [[carla?.ProfileId, '555-0000']]);

    const objects = await client.send(new ListProfileObjectsCommand({ DomainName: D, ObjectTypeName: 'SfContact', ProfileId: carla?.ProfileId }));
    assert.deepStrictEqual(objects.Items?.map((o) => o.ProfileObjectUniqueKey), ['003A', '003B']);
    assert.strictEqual(JSON.parse(objects.Items?.[0].Object as string).Phone, '555-0000');
    const filtered = await client.send(new ListProfileObjectsCommand({
      DomainName: D, ObjectTypeName: 'SfContact', ProfileId: carla?.ProfileId, ObjectFilter: { KeyName: '_salesforceContactId', Values: ['003B'] },
    }));
    assert.deepStrictEqual(filtered.Items?.map((o) => o.ProfileObjectUniqueKey), ['003B']);
    const paged = await client.send(new ListProfileObjectsCommand({ DomainName: D, ObjectTypeName: 'SfContact', ProfileId: carla?.ProfileId, MaxResults: 1 }));
    const rest = await client.send(new ListProfileObjectsCommand({ DomainName: D, ObjectTypeName: 'SfContact', ProfileId: carla?.ProfileId, MaxResults: 1, NextToken: paged.NextToken }));
    assert.deepStrictEqual([...(paged.Items ?? []), ...(rest.Items ?? [])].map((o) => o.ProfileObjectUniqueKey), ['003A', '003B']);
    assert.strictEqual(rest.NextToken, undefined);

    const badJson = await rejects(() => client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: '{oops' })));
    assert.strictEqual(badJson.name, 'BadRequestException');
    const noType = await rejects(() => client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'NoSuchType', Object: '{}' })));
    assert.strictEqual(noType.name, 'ResourceNotFoundException');
  });

  it('DeleteProfile removes the profile; a second delete is ResourceNotFound', async () => {
    const id = (await client.send(new CreateProfileCommand({ DomainName: D, FirstName: 'Tmp' }))).ProfileId as string;
    const out = await client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: id }));
    assert.match(out.Message ?? '', new RegExp(id));
    const err = await rejects(() => client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: id })));
    assert.strictEqual(err.name, 'ResourceNotFoundException');
    const bad = await rejects(() => client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: 'not-an-id' })));
    assert.strictEqual(bad.name, 'BadRequestException', 'ProfileId pattern is validated');
  });
});
