import * as assert from 'assert';
import { historyRow, isoTime, mergeIds, objectView, prettyJson, PROFILE_MEMBERS, profileName, profileRows } from '../../../src/shared/profiles/presentation';

const ID = 'a'.repeat(32);
const OTHER = 'b'.repeat(32);

describe('profile view: presentation (pure)', () => {
  it('lists every standard member in model order: scalars, address parts, the string enums, EngagementPreferences', () => {
    const rows = profileRows({
      ProfileId: ID, FirstName: 'Ann', LastName: 'Lee', PartyTypeString: 'Customer', GenderString: 'she', ProfileType: 'PROFILE',
      Address: { City: 'Seattle', PostalCode: '98101' }, BillingAddress: { Country: 'US' },
      EngagementPreferences: { Phone: [{ KeyName: '_phone', KeyValue: '+12065550100', ContactType: 'PhoneNumber' }] },
      Attributes: { tier: 'gold', a: '1' }, FoundByItems: [{ KeyName: '_profileId' }],
    });
    assert.deepStrictEqual(rows.standard.map((r) => r.label), [
      'ProfileId', 'FirstName', 'LastName', 'Address.City', 'Address.PostalCode', 'BillingAddress.Country',
      'PartyTypeString', 'GenderString', 'ProfileType', 'EngagementPreferences.Phone',
    ]);
    assert.strictEqual(rows.standard.find((r) => r.label === 'EngagementPreferences.Phone')?.value, '_phone=+12065550100 · PhoneNumber');
    assert.deepStrictEqual(rows.attributes, [{ label: 'a', value: '1' }, { label: 'tier', value: 'gold' }]);
    // Everything without a value is named, so the reader sees all of the Profile shape.
    assert.ok(rows.unset.includes('MiddleName') && rows.unset.includes('ShippingAddress') && !rows.unset.includes('Address'));
    for (const member of PROFILE_MEMBERS.filter((m) => m !== 'Attributes')) {
      const shown = rows.standard.some((r) => r.label === member || r.label.startsWith(`${member}.`));
      assert.notStrictEqual(shown, rows.unset.includes(member), `${member} is either shown or listed as not set`);
    }
    assert.ok(!rows.unset.includes('Attributes'), 'Attributes is its own table');
  });

  it('values stay literal text (markup is not interpreted anywhere in the pipeline)', () => {
    const rows = profileRows({ ProfileId: ID, FirstName: '<img src=x onerror=alert(1)>' });
    assert.strictEqual(rows.standard[1].value, '<img src=x onerror=alert(1)>');
  });

  for (const [profile, name] of [
    [{ FirstName: 'Ann', MiddleName: 'B', LastName: 'Lee' }, 'Ann B Lee'],
    [{ BusinessName: 'Acme' }, 'Acme'],
    [{ EmailAddress: 'a@example.com' }, 'a@example.com'],
    [{}, '(no name)'],
  ] as const) {
    it(`names ${JSON.stringify(profile)} "${name}"`, () => assert.strictEqual(profileName(profile), name));
  }

  it('history rows: action text, ISO time, source, object type; a record without Id is dropped', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    assert.deepStrictEqual(historyRow({ Id: 'r1', ActionType: 'MERGED', CreatedAt: at, PerformedBy: 'arn:aws:iam::1:user/x', ObjectTypeName: '_profile' }), {
      id: 'r1', actionType: 'MERGED', description: 'Other profiles merged into this one', time: '2026-01-02T03:04:05.000Z',
      performedBy: 'arn:aws:iam::1:user/x', objectTypeName: '_profile',
    });
    assert.strictEqual(historyRow({ Id: 'r2', ActionType: 'DELETED_BY_MERGE' })?.description, 'Deleted by a merge into another profile');
    assert.strictEqual(historyRow({ Id: 'r3', ActionType: 'INGESTED', ProfileObjectUniqueKey: 'k1' })?.uniqueKey, 'k1');
    assert.strictEqual(historyRow({ ActionType: 'CREATED' }), undefined);
    assert.strictEqual(isoTime(1767323045), '2026-01-02T03:04:05.000Z');
    assert.strictEqual(isoTime('nonsense'), '');
  });

  it('reads the merge\'s ids from a MERGED / DELETED_BY_MERGE record\'s Content', () => {
    assert.deepStrictEqual(mergeIds(JSON.stringify({ MainProfileId: ID, ProfileIdsToBeMerged: [OTHER, 'not-an-id'], Profile: {} })), { mainProfileId: ID, profileIdsToBeMerged: [OTHER] });
    assert.strictEqual(mergeIds('{"KeyName":"_email"}'), undefined);
    assert.strictEqual(mergeIds('not json'), undefined);
  });

  it('pretty-prints object JSON; non-JSON stays as it came', () => {
    assert.deepStrictEqual(objectView({ ProfileObjectUniqueKey: 'u1', Object: '{"a":1}' }), { uniqueKey: 'u1', json: '{\n  "a": 1\n}' });
    assert.strictEqual(prettyJson('{broken'), '{broken');
  });
});
