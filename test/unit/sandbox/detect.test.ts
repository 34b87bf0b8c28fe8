// DetectProfileObjectType through the real v3 client, table by table (the rules: src/sandbox/objectTypeDetection.ts).
import * as assert from 'assert';
import {
  CreateDomainCommand, CustomerProfilesClient, DetectProfileObjectTypeCommand, PutProfileObjectCommand, PutProfileObjectTypeCommand,
  SearchProfilesCommand, type DetectedProfileObjectType,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { formatOf } from '../../../src/sandbox/objectTypeDetection';
import { clientFor, rejects, startSmall } from './helpers';

const D = 'detect';

describe('sandbox: DetectProfileObjectType', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
    await client.send(new CreateDomainCommand({ DomainName: D, DefaultExpirationDays: 10 }));
  });
  after(() => sb.stop());

  const detect = async (...objects: unknown[]): Promise<DetectedProfileObjectType> => {
    const out = await client.send(new DetectProfileObjectTypeCommand({ DomainName: D, Objects: objects.map((o) => JSON.stringify(o)) }));
    assert.strictEqual(out.DetectedProfileObjectTypes?.length, 1, 'one mapping');
    return out.DetectedProfileObjectTypes[0];
  };
  const targets = (t: DetectedProfileObjectType): Record<string, string | undefined> =>
    Object.fromEntries(Object.entries(t.Fields ?? {}).map(([name, f]) => [name, f.Target]));

  // [what, sample, field name, expected Target, expected ContentType]
  const fields: Array<[string, Record<string, unknown>, string, string | undefined, string]> = [
    ['e-mail by name', { Email: 'a@example.com' }, 'Email', '_profile.EmailAddress', 'EMAIL_ADDRESS'],
    ['customer-prefixed e-mail', { customer_email: 'a@example.com' }, 'customer_email', '_profile.EmailAddress', 'EMAIL_ADDRESS'],
    ['work e-mail', { workEmail: 'a@corp.example' }, 'workEmail', '_profile.BusinessEmailAddress', 'EMAIL_ADDRESS'],
    ['personal e-mail', { personal_email_address: 'a@example.com' }, 'personal_email_address', '_profile.PersonalEmailAddress', 'EMAIL_ADDRESS'],
    ['e-mail by value', { contactPoint: 'x@example.org' }, 'contactPoint', '_profile.EmailAddress', 'EMAIL_ADDRESS'],
    ['phone', { phone_number: '555-0100' }, 'phone_number', '_profile.PhoneNumber', 'PHONE_NUMBER'],
    ['mobile', { MobilePhone: '555-0100' }, 'MobilePhone', '_profile.MobilePhoneNumber', 'PHONE_NUMBER'],
    ['home phone', { homePhone: '555-0100' }, 'homePhone', '_profile.HomePhoneNumber', 'PHONE_NUMBER'],
    ['work phone', { WorkPhone: '555-0100' }, 'WorkPhone', '_profile.BusinessPhoneNumber', 'PHONE_NUMBER'],
    ['E.164 phone by value', { endpoint: '+12065550100' }, 'endpoint', '_profile.PhoneNumber', 'PHONE_NUMBER'],
    ['first name', { given_name: 'Ana' }, 'given_name', '_profile.FirstName', 'NAME'],
    ['middle name', { MiddleName: 'M' }, 'MiddleName', '_profile.MiddleName', 'NAME'],
    ['last name', { surname: 'Silva' }, 'surname', '_profile.LastName', 'NAME'],
    ['birth date', { dob: '1990-01-02' }, 'dob', '_profile.BirthDate', 'STRING'],
    ['gender', { gender: 'female' }, 'gender', '_profile.GenderString', 'STRING'],
    ['account number', { accountNumber: 'A-1' }, 'accountNumber', '_profile.AccountNumber', 'STRING'],
    ['company', { company: 'AnyCompany' }, 'company', '_profile.BusinessName', 'NAME'],
    ['street', { street: '1 Main St' }, 'street', '_profile.Address.Address1', 'STRING'],
    ['zip', { zip: '98101' }, 'zip', '_profile.Address.PostalCode', 'STRING'],
    ['prefixed billing city', { BillingCity: 'Seattle' }, 'BillingCity', '_profile.BillingAddress.City', 'STRING'],
    ['nested shipping state', { shipping: { state: 'WA' } }, 'shipping.state', '_profile.ShippingAddress.State', 'STRING'],
    ['nested address country', { address: { country: 'US' } }, 'address.country', '_profile.Address.Country', 'STRING'],
    ['a number is NUMBER, unmapped', { orderTotal: 12.5 }, 'orderTotal', undefined, 'NUMBER'],
    ['an unknown string is STRING, unmapped', { favouriteColour: 'blue' }, 'favouriteColour', undefined, 'STRING'],
  ];
  for (const [what, sample, name, target, contentType] of fields) {
    it(`field: ${what}`, async () => {
      const t = await detect(sample);
      const f = t.Fields?.[name];
      assert.ok(f, `field ${name} in ${JSON.stringify(t.Fields)}`);
      assert.strictEqual(f.Source, `_source.${name}`);
      assert.strictEqual(f.Target, target);
      assert.strictEqual(f.ContentType, contentType);
    });
  }

  it('a target is filled once: the first field claiming it wins, later ones stay unmapped', async () => {
    const t = await detect({ email: 'a@example.com', mail: 'b@example.com' });
    assert.deepStrictEqual(targets(t), { email: '_profile.EmailAddress', mail: undefined });
  });

  it('keys: PROFILE _email/_phone/_account from the first such field, UNIQUE from the id field (distinct in every sample)', async () => {
    const t = await detect(
      { customerId: 'c-1', id: 7, email: 'a@example.com', phone: '555-0100', mobile: '555-0101', accountNumber: 'A1', note: 'x' },
      { customerId: 'c-2', id: 8, email: 'b@example.com', phone: '555-0102', accountNumber: 'A2' },
    );
    assert.deepStrictEqual(t.Keys, {
      _email: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['email'] }],
      _phone: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['phone'] }],
      _account: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['accountNumber'] }],
      _id: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['id'] }],
    });
    assert.deepStrictEqual(Object.keys(t.Fields ?? {}), ['customerId', 'id', 'email', 'phone', 'mobile', 'accountNumber', 'note'], 'fields in first-seen order');
  });

  const uniques: Array<[string, unknown[], string | undefined]> = [
    ['a name ending in id when there is no id', [{ ContactId: 'x1' }, { ContactId: 'x2' }], '_contactId'],
    ['top level before nested', [{ meta: { id: 'n1' }, OrderId: 'o1' }], '_orderId'],
    ['not when values repeat', [{ id: 'same' }, { id: 'same' }], undefined],
    ['not when a sample lacks it', [{ id: 'a' }, { other: 1 }], undefined],
  ];
  for (const [what, samples, key] of uniques) {
    it(`UNIQUE key: ${what}`, async () => {
      const t = await detect(...samples);
      const unique = Object.entries(t.Keys ?? {}).filter(([, defs]) => defs.some((k) => k.StandardIdentifiers?.includes('UNIQUE')));
      assert.deepStrictEqual(unique.map(([name]) => name), key ? [key] : []);
    });
  }

  const formats: Array<[unknown, string | undefined]> = [
    ['2024-05-01T10:20:30.123Z', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"],
    ['2024-05-01T10:20:30.123+0000', "yyyy-MM-dd'T'HH:mm:ss.SSSZ"],
    ['2024-05-01T10:20:30-07:00', "yyyy-MM-dd'T'HH:mm:ssXXX"],
    ['2024-05-01 10:20:30', 'yyyy-MM-dd HH:mm:ss'],
    [1714558830123, 'EPOCHMILLI'],
    ['1714558830', 'EPOCHMILLI'],
    ['yesterday', undefined],
  ];
  for (const [value, format] of formats) {
    it(`SourceLastUpdatedTimestampFormat of ${JSON.stringify(value)}: ${String(format)}`, async () => {
      assert.strictEqual(formatOf(value), format);
      const t = await detect({ id: '1', updatedAt: value });
      assert.strictEqual(t.SourceLastUpdatedTimestampFormat, format);
    });
  }

  it('no timestamp format when the samples disagree or no field is named like a last-update time', async () => {
    assert.strictEqual((await detect({ updatedAt: '2024-05-01T10:20:30Z' }, { updatedAt: 1714558830123 })).SourceLastUpdatedTimestampFormat, undefined);
    assert.strictEqual((await detect({ createdOn: '2024-05-01T10:20:30Z' })).SourceLastUpdatedTimestampFormat, undefined);
  });

  it('skips arrays, keeps fields seen in any sample, and names odd characters safely', async () => {
    const t = await detect({ tags: ['a', 'b'], 'first name': 'Ana' }, { extra: true });
    assert.deepStrictEqual(Object.keys(t.Fields ?? {}), ['first_name', 'extra']);
    assert.strictEqual(t.Fields?.first_name.Source, '_source.first name');
    assert.strictEqual(t.Fields?.first_name.Target, '_profile.FirstName');
  });

  const invalid: Array<[string, string[], RegExp]> = [
    ['not JSON', ['{"a":'], /Objects\.1: not valid JSON/],
    ['not an object', ['{"a":1}', '[1,2]'], /Objects\.2: must be a JSON object/],
    ['more than 5 objects', Array.from({ length: 6 }, () => '{}'), /Objects/],
    ['no objects', [], /Objects/],
  ];
  for (const [what, objects, message] of invalid) {
    it(`BadRequestException: ${what}`, async () => {
      const err = await rejects(() => client.send(new DetectProfileObjectTypeCommand({ DomainName: D, Objects: objects })));
      assert.strictEqual(err.name, 'BadRequestException');
      assert.match(err.message, message);
    });
  }

  it('the detected mapping is a usable object type: PutProfileObjectType takes it and ingestion fills the profile', async () => {
    const sample = { id: 'u-1', email: 'round@example.com', firstName: 'Round', address: { city: 'Lyon' }, updatedAt: '2024-05-01T10:20:30Z' };
    const t = await detect(sample, { ...sample, id: 'u-2' });
    await client.send(new PutProfileObjectTypeCommand({
      DomainName: D, ObjectTypeName: 'detected', Description: 'from samples', AllowProfileCreation: true,
      Fields: t.Fields, Keys: t.Keys, SourceLastUpdatedTimestampFormat: t.SourceLastUpdatedTimestampFormat,
    }));
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'detected', Object: JSON.stringify(sample) }));
    const found = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: '_email', Values: ['round@example.com'] }));
    assert.strictEqual(found.Items?.length, 1);
    const [p] = found.Items ?? [];
    assert.deepStrictEqual([p.FirstName, p.EmailAddress, p.Address?.City], ['Round', 'round@example.com', 'Lyon']);
  });

  it('answers no mapping for samples without fields, and ResourceNotFoundException for an unknown domain', async () => {
    const out = await client.send(new DetectProfileObjectTypeCommand({ DomainName: D, Objects: ['{}', '{"list":[1]}'] }));
    assert.deepStrictEqual(out.DetectedProfileObjectTypes, []);
    const err = await rejects(() => client.send(new DetectProfileObjectTypeCommand({ DomainName: 'nope', Objects: ['{"a":1}'] })));
    assert.strictEqual(err.name, 'ResourceNotFoundException');
  });
});
