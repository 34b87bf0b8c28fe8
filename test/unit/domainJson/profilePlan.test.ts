// The profile save plan: what UpdateProfile is sent for each kind of edit. UpdateProfile keeps an omitted member
// and removes a value sent as "" (the reference), so every removal must appear as "" and every unchanged member
// must be absent. Table-driven.
import * as assert from 'assert';
import type { EditableProfile } from '../../../src/host/domainJson/editableProfile';
import { editableProfile } from '../../../src/host/domainJson/editableProfile';
import { planProfileUpdate } from '../../../src/host/domainJson/profilePlan';
import { planSave, type RemoteSnapshot, type SavePlan } from '../../../src/host/domainJson/planSave';
import { confirmationText } from '../../../src/host/domainJson/saveSummary';
import type { DocumentRef } from '../../../src/host/domainJson/documentUris';

const PROFILE_ID = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
const REF: DocumentRef = { kind: 'profile', connection: 'c', domainName: 'demo-retail', profileId: PROFILE_ID };

const service = (): EditableProfile => ({
  FirstName: 'Jane',
  LastName: 'Doe',
  EmailAddress: 'jane@example.com',
  PartyType: 'INDIVIDUAL',
  Address: { Address1: '1 Main St', City: 'Seattle', PostalCode: '98101' },
  Attributes: { tier: 'gold', 'Loyalty Points': '3000' },
  EngagementPreferences: { Email: [{ KeyName: '_email', KeyValue: 'jane@example.com', ContactType: 'PersonalEmailAddress' }] },
});

type Edit = (doc: Record<string, unknown> & EditableProfile) => void;
interface Row {
  name: string;
  edit: Edit;
  /** The UpdateProfile body members (without DomainName, ProfileId). */
  members: Record<string, unknown>;
  /** `kind path` of each change, in order. */
  changes: string[];
  kept?: RegExp;
}

const rows: Row[] = [
  { name: 'nothing edited', edit: () => undefined, members: {}, changes: [] },
  { name: 'a changed string', edit: (d) => (d.FirstName = 'Janet'), members: { FirstName: 'Janet' }, changes: ['changed FirstName'] },
  { name: 'an added string', edit: (d) => (d.BirthDate = '1980-07-12'), members: { BirthDate: '1980-07-12' }, changes: ['added BirthDate'] },
  { name: 'a deleted string is sent as ""', edit: (d) => delete d.LastName, members: { LastName: '' }, changes: ['removed LastName'] },
  { name: 'a string set to "" is a removal too', edit: (d) => (d.LastName = ''), members: { LastName: '' }, changes: ['removed LastName'] },
  { name: '"" for a member the service does not have sends nothing', edit: (d) => (d.MiddleName = ''), members: {}, changes: [] },
  {
    name: 'an address part changed: only that part is sent (the others are kept)',
    edit: (d) => (d.Address = { ...d.Address, City: 'Tacoma' }),
    members: { Address: { City: 'Tacoma' } },
    changes: ['changed Address.City'],
  },
  {
    name: 'an address part deleted is sent as ""',
    edit: (d) => delete d.Address?.PostalCode,
    members: { Address: { PostalCode: '' } },
    changes: ['removed Address.PostalCode'],
  },
  {
    name: 'the whole address deleted: every part is sent as ""',
    edit: (d) => delete d.Address,
    members: { Address: { Address1: '', City: '', PostalCode: '' } },
    changes: ['removed Address.Address1', 'removed Address.City', 'removed Address.PostalCode'],
  },
  {
    name: 'a new address',
    edit: (d) => (d.ShippingAddress = { City: 'Boston' }),
    members: { ShippingAddress: { City: 'Boston' } },
    changes: ['added ShippingAddress.City'],
  },
  {
    name: 'Attributes: one changed, one removed, one added; the rest kept',
    edit: (d) => (d.Attributes = { tier: 'platinum', segment: 'b2c' }),
    members: { Attributes: { tier: 'platinum', 'Loyalty Points': '', segment: 'b2c' } },
    changes: ['changed Attributes.tier', 'removed Attributes["Loyalty Points"]', 'added Attributes.segment'],
  },
  {
    name: 'Attributes deleted: every entry is sent as ""',
    edit: (d) => delete d.Attributes,
    members: { Attributes: { tier: '', 'Loyalty Points': '' } },
    changes: ['removed Attributes.tier', 'removed Attributes["Loyalty Points"]'],
  },
  { name: 'an enumeration changed', edit: (d) => (d.PartyType = 'BUSINESS'), members: { PartyType: 'BUSINESS' }, changes: ['changed PartyType'] },
  {
    name: 'an enumeration deleted cannot be sent as "": explained, nothing sent',
    edit: (d) => delete d.PartyType,
    members: {},
    changes: [],
    kept: /PartyType was removed from the document, but UpdateProfile cannot remove it.*stays "INDIVIDUAL"/,
  },
  {
    name: 'EngagementPreferences changed: sent whole (UpdateProfile replaces it)',
    edit: (d) => (d.EngagementPreferences = { Phone: [{ KeyName: '_phone', KeyValue: '+15550100' }] }),
    members: { EngagementPreferences: { Phone: [{ KeyName: '_phone', KeyValue: '+15550100' }] } },
    changes: ['changed EngagementPreferences'],
  },
  {
    name: 'several members at once, in the model order',
    edit: (d) => {
      d.EmailAddress = 'j@example.org';
      delete d.FirstName;
      d.GenderString = 'female';
    },
    members: { FirstName: '', EmailAddress: 'j@example.org', GenderString: 'female' },
    changes: ['removed FirstName', 'changed EmailAddress', 'added GenderString'],
  },
];

describe('profile save plan: UpdateProfile members (changed / removed as "" / unchanged)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const edited = JSON.parse(JSON.stringify(service())) as Record<string, unknown> & EditableProfile;
      row.edit(edited);
      const plan = planProfileUpdate(service(), edited);
      assert.deepStrictEqual(plan.members, row.members);
      assert.deepStrictEqual(plan.changes.map((c) => `${c.kind} ${c.path}`), row.changes);
      for (const change of plan.changes) assert.strictEqual(change.sentAs, change.kind === 'removed' ? '' : undefined, change.path);
      if (row.kept) assert.match(plan.kept.join('\n'), row.kept);
      else assert.deepStrictEqual(plan.kept, []);
    });
  }
});

describe('editableProfile: the document from a SearchProfiles item', () => {
  it('keeps the UpdateProfile members only (no ProfileId, no FoundByItems), without "" and empty objects', () => {
    const item = {
      ProfileId: PROFILE_ID,
      FirstName: 'Jane',
      MiddleName: '',
      Address: { City: '' },
      Attributes: {},
      FoundByItems: [{ KeyName: '_profileId', Values: [PROFILE_ID] }],
      BillingAddress: { City: 'Austin', County: undefined },
    };
    assert.deepStrictEqual(editableProfile(item), { FirstName: 'Jane', BillingAddress: { City: 'Austin' } });
    assert.deepStrictEqual(editableProfile(editableProfile(item)), editableProfile(item), 'idempotent');
  });
});

describe('planSave: profiles', () => {
  const remote: RemoteSnapshot = { mtime: 0, editable: service() };
  const plan = (value: unknown, base: RemoteSnapshot = remote, confirmBeforeSave = true): SavePlan =>
    planSave({ ref: REF, validation: { ok: true, value }, base, remote, confirmBeforeSave });
  const applied = (p: SavePlan): Extract<SavePlan, { outcome: 'apply' }> => {
    assert.strictEqual(p.outcome, 'apply', JSON.stringify(p));
    return p as Extract<SavePlan, { outcome: 'apply' }>;
  };

  it('unchanged: nothing to send', () => {
    assert.deepStrictEqual(plan(service()), { outcome: 'unchanged' });
  });

  it('a change: one UpdateProfile with DomainName, ProfileId and just the changed member', () => {
    const p = applied(plan({ ...service(), FirstName: 'Janet' }, remote, false));
    assert.deepStrictEqual(p.calls, [{ op: 'UpdateProfile', input: { DomainName: 'demo-retail', ProfileId: PROFILE_ID, FirstName: 'Janet' } }]);
    assert.strictEqual(p.confirm, false, 'the setting may skip the confirmation of a plain change');
    assert.strictEqual(p.conflict, false);
  });

  it('a removal is destructive: always confirmed, shown as "remove X" with what is sent', () => {
    const edited = service();
    delete edited.LastName;
    const p = applied(plan(edited, remote, false));
    assert.strictEqual(p.confirm, true);
    assert.strictEqual(p.summary.destructive, true);
    const text = confirmationText(p.summary, p.calls);
    assert.strictEqual(text.message, `Save profile ${PROFILE_ID} in demo-retail on the service?`);
    assert.match(text.detail, /− remove LastName \(was "Doe"; sent as ""\)/);
    assert.match(text.detail, /⚠ LastName is sent as "": UpdateProfile deletes that value on the service\./);
    assert.match(text.detail, /Calls: UpdateProfile\./);
  });

  it('a removal UpdateProfile cannot make: confirmed, nothing sent', () => {
    const edited = service();
    delete edited.PartyType;
    const p = applied(plan(edited, remote, false));
    assert.deepStrictEqual(p.calls, []);
    assert.strictEqual(p.confirm, true);
    assert.match(confirmationText(p.summary, p.calls).detail, /Nothing will be sent\./);
  });

  it('a remote change since the document was opened is a conflict (seen in the content: profiles have no LastUpdatedAt)', () => {
    const base: RemoteSnapshot = { mtime: 0, editable: { ...service(), FirstName: 'Old' } };
    assert.strictEqual(applied(plan({ ...service(), LastName: 'Roe' }, base)).conflict, true);
  });

  it('a profile that no longer exists', () => {
    const p = planSave({ ref: REF, validation: { ok: true, value: service() }, base: remote, remote: undefined, confirmBeforeSave: true });
    assert.deepStrictEqual(p, { outcome: 'missing', message: `Profile ${PROFILE_ID} no longer exists in demo-retail.` });
  });
});
