// The mapper against the demo's own object types, fetched through the real SDK from the sandbox: every demo
// profile's stored source object maps with nothing missing and nothing extra, and the searches the preview
// names find that very profile (so "attach" is what the sandbox would do), except a LOOKUP_ONLY key, which is not stored. Then a CTR sample from Amazon
// Connect, with the fields a contact record carries beyond the type's mapping, for a known customer's phone.
import {
  GetProfileObjectTypeCommand, ListProfileObjectsCommand, ListProfileObjectTypesCommand, SearchProfilesCommand,
  type CustomerProfilesClient,
} from '@aws-sdk/client-customer-profiles';
import * as assert from 'node:assert/strict';
import { previewMapping } from '../../../src/shared/objectTypes/previewMapping';
import type { ObjectTypeDefinition } from '../../../src/shared/objectTypes/types';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, startSmall } from '../sandbox/helpers';

const DOMAIN = 'demo-retail';

describe('objectTypes/previewMapping: the demo object types (through the SDK)', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  const types = new Map<string, ObjectTypeDefinition>();

  before(async () => {
    sb = await startSmall();
    client = clientFor(sb);
    const list = await client.send(new ListProfileObjectTypesCommand({ DomainName: DOMAIN }));
    for (const item of list.Items ?? []) {
      const name = item.ObjectTypeName as string;
      types.set(name, await client.send(new GetProfileObjectTypeCommand({ DomainName: DOMAIN, ObjectTypeName: name })));
    }
  });
  after(() => sb.stop());

  async function searchIds(keyName: string, value: string): Promise<string[]> {
    const out = await client.send(new SearchProfilesCommand({ DomainName: DOMAIN, KeyName: keyName, Values: [value] }));
    return (out.Items ?? []).map((p) => p.ProfileId as string);
  }

  it('has the four demo types, CTR among them', () => {
    assert.deepEqual([...types.keys()].sort(), ['CTR', 'SalesforceContact', 'ShopifyCustomer', 'ZendeskUser']);
  });

  it('each stored demo object maps fully, and its PROFILE searches find its own profile', async () => {
    const checked = new Map<string, number>();
    let lookupOnlySeen = false;
    for (const stored of sb.state.domains.get(DOMAIN)?.profiles.values() ?? []) {
      const id = stored.profile.ProfileId;
      for (const typeName of stored.objects.keys()) {
        const type = types.get(typeName) as ObjectTypeDefinition;
        if ((checked.get(typeName) ?? 0) >= 8) continue;
        const objects = await client.send(new ListProfileObjectsCommand({ DomainName: DOMAIN, ObjectTypeName: typeName, ProfileId: id }));
        for (const o of objects.Items ?? []) {
          const p = previewMapping(type, JSON.parse(o.Object as string));
          assert.deepEqual(p.unmappedSourcePaths, [], `${typeName} ${id}`);
          assert.deepEqual(p.problems, [], `${typeName} ${id}`);
          assert.ok(p.uniqueKey, `${typeName} has a UNIQUE value`);
          for (const s of p.searches) {
            // A stored key finds its profile; a LOOKUP_ONLY key is "not persisted", so it cannot find it by itself.
            const kept = p.keys.find((k) => k.keyName === s.keyName)?.storedOnCreate === true;
            assert.equal((await searchIds(s.keyName, s.value)).includes(id), kept, `${typeName} ${s.keyName}=${s.value} finds ${id}: ${kept}`);
            lookupOnlySeen ||= !kept;
          }
          checked.set(typeName, (checked.get(typeName) ?? 0) + 1);
        }
      }
    }
    // The demo gives its profiles CTR, Shopify and Salesforce objects (ZendeskUser is a type without objects).
    assert.deepEqual([...checked.keys()].sort(), ['CTR', 'SalesforceContact', 'ShopifyCustomer']);
    assert.ok(lookupOnlySeen, "Salesforce-Contact's LOOKUP_ONLY _salesforceAccountId was among the searches");
  });

  it('a CTR sample for a known customer: fills the profile, keys _ctrContactId (UNIQUE) and _phone (PROFILE), attaches by phone', async () => {
    const customer = [...(sb.state.domains.get(DOMAIN)?.profiles.values() ?? [])].find((p) => p.objects.has('CTR') && p.profile.PhoneNumber);
    assert.ok(customer, 'a demo customer with a CTR and a phone');
    const phone = customer.profile.PhoneNumber as string;
    const sample = {
      ContactId: '9a3394ee-a0c4-448a-a329-9a148e53d8cd',
      CustomerPhone: phone,
      FirstName: customer.profile.FirstName,
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      Agent: { Username: 'jane.doe', RoutingProfile: { Name: 'Basic' } },
      Attributes: { greeting: 'hi' },
      Recordings: [],
    };
    const p = previewMapping(types.get('CTR') as ObjectTypeDefinition, sample);
    assert.deepEqual(p.fields.map((f) => [f.fieldName, f.targetKind, f.profileAttribute, f.status, f.value]), [
      ['ContactId', 'object', undefined, 'written', sample.ContactId],
      ['CustomerPhone', 'standard', 'PhoneNumber', 'written', phone],
      ['FirstName', 'standard', 'FirstName', 'written', customer.profile.FirstName],
      ['LastName', 'standard', 'LastName', 'missing', undefined],
      ['Email', 'standard', 'EmailAddress', 'missing', undefined],
    ]);
    assert.deepEqual(p.keys.map((k) => [k.keyName, k.standardIdentifiers, k.value]), [
      ['_ctrContactId', ['UNIQUE'], sample.ContactId],
      ['_phone', ['PROFILE'], phone],
    ]);
    assert.deepEqual(p.uniqueKey, { keyName: '_ctrContactId', value: sample.ContactId });
    assert.deepEqual(p.searches, [{ keyName: '_phone', value: phone, secondary: false }]);
    assert.equal(p.creation.outcome, 'attachOrCreate');
    assert.deepEqual(p.missingSourcePaths, ['_source.LastName', '_source.Email']);
    assert.deepEqual(p.unmappedSourcePaths, ['Channel', 'InitiationMethod', 'Agent.Username', 'Agent.RoutingProfile.Name', 'Attributes.greeting', 'Recordings']);
    assert.deepEqual(await searchIds('_phone', phone), [customer.profile.ProfileId], 'the search the preview names finds exactly that customer');
  });
});
