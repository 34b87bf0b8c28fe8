import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import {
  agreeingSets, AutoMergePlan, AutoMergingConfig, planAutoMerges, previewAutoMerging,
} from '../../../src/sandbox/identity/autoMerge';
import { consolidationAttributeProblem, consolidationValue } from '../../../src/sandbox/identity/consolidationAttributes';
import type { MatchGroup } from '../../../src/sandbox/identity/matcher';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);
const D = 'd'.repeat(32);

const PROFILES: ProfileRecord[] = [
  { ProfileId: A, FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM', PhoneNumber: '555-010-0000',
    Address: { City: 'Seattle', PostalCode: '98101' }, Attributes: { tier: 'gold' } },
  { ProfileId: B, FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com', PhoneNumber: '+1-555-010-0000',
    Address: { City: 'SEATTLE', PostalCode: '98101' }, Attributes: { tier: 'silver' } },
  { ProfileId: C, FirstName: 'John', LastName: 'Doe', PhoneNumber: '(555) 010-0000', BirthDate: '1980-01-01' },
  { ProfileId: D, FirstName: 'Jane', LastName: 'Roe', EmailAddress: 'jane@example.com' },
];
const BY_ID = new Map(PROFILES.map((p) => [p.ProfileId, p]));
const GROUP: MatchGroup = { MatchId: '0'.repeat(32), ProfileIds: [A, B, C], ConfidenceScore: 0.9 };
const META: Record<string, { lastUpdatedAt: number; sourceObjectTypes: string[] }> = {
  [A]: { lastUpdatedAt: 100, sourceObjectTypes: ['CTR'] },
  [B]: { lastUpdatedAt: 300, sourceObjectTypes: ['ShopifyCustomer'] },
  [C]: { lastUpdatedAt: 200, sourceObjectTypes: ['SalesforceContact'] },
  [D]: { lastUpdatedAt: 50, sourceObjectTypes: [] },
};
const meta = (id: string): { lastUpdatedAt: number; sourceObjectTypes: string[] } => META[id];
/** A, B, C all merged under RECENCY: B (updated last) is main; every disagreeing field names B. */
const ALL_BY_RECENCY: AutoMergePlan[] = [{ MainProfileId: B, ProfileIdsToBeMerged: [C, A],
  FieldSourceProfileIds: { FirstName: B, PhoneNumber: B, EmailAddress: B, Address: B, Attributes: { tier: B } } }];
const cfg = (c: Partial<AutoMergingConfig>): AutoMergingConfig => ({ Enabled: true, ...c });

const cases: { name: string; groups?: MatchGroup[]; config: AutoMergingConfig; expected: AutoMergePlan[] }[] = [
  { name: 'disabled -> nothing', config: cfg({ Enabled: false, Consolidation: { MatchingAttributesList: [['LastName']] } }), expected: [] },
  { name: 'no consolidation criteria -> nothing', config: cfg({}), expected: [] },
  { name: 'all agree; RECENCY: most recent is main, others by recency, conflicts named explicitly',
    config: cfg({ Consolidation: { MatchingAttributesList: [['LastName', 'PhoneNumber']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' } }),
    expected: ALL_BY_RECENCY },
  { name: 'only a subset agrees (EmailAddress normalised): that subset is merged',
    config: cfg({ Consolidation: { MatchingAttributesList: [['EmailAddress']] } }),
    expected: [{ MainProfileId: B, ProfileIdsToBeMerged: [A],
      FieldSourceProfileIds: { FirstName: B, PhoneNumber: B, EmailAddress: B, Address: B, Attributes: { tier: B } } }] },
  { name: 'SOURCE: the named source object type wins, then recency',
    config: cfg({ Consolidation: { MatchingAttributesList: [['EmailAddress'], ['FirstName', 'LastName']] },
      ConflictResolution: { ConflictResolvingModel: 'SOURCE', SourceName: 'CTR' } }),
    expected: [{ MainProfileId: A, ProfileIdsToBeMerged: [B, C],
      FieldSourceProfileIds: { FirstName: A, PhoneNumber: A, EmailAddress: A, Address: A, Attributes: { tier: A } } }] },
  { name: 'SOURCE with no member from that source falls back to RECENCY',
    config: cfg({ Consolidation: { MatchingAttributesList: [['LastName']] },
      ConflictResolution: { ConflictResolvingModel: 'SOURCE', SourceName: 'Zendesk' } }),
    expected: ALL_BY_RECENCY },
  { name: 'address part attribute, compared case-insensitively',
    config: cfg({ Consolidation: { MatchingAttributesList: [['Address.City', 'Address.PostalCode']] } }),
    expected: [{ MainProfileId: B, ProfileIdsToBeMerged: [A],
      FieldSourceProfileIds: { FirstName: B, PhoneNumber: B, EmailAddress: B, Address: B, Attributes: { tier: B } } }] },
  { name: 'below MinAllowedConfidenceScoreForMerging -> skipped',
    config: cfg({ Consolidation: { MatchingAttributesList: [['LastName']] }, MinAllowedConfidenceScoreForMerging: 0.95 }), expected: [] },
  { name: 'at MinAllowedConfidenceScoreForMerging -> merged',
    config: cfg({ Consolidation: { MatchingAttributesList: [['LastName']] }, MinAllowedConfidenceScoreForMerging: 0.9 }),
    expected: ALL_BY_RECENCY },
  { name: 'an attribute only one member has never links anyone',
    config: cfg({ Consolidation: { MatchingAttributesList: [['BirthDate']] } }), expected: [] },
  { name: 'deleted members are ignored; a group left with one member is skipped',
    groups: [{ ...GROUP, ProfileIds: [A, 'f'.repeat(32)] }],
    config: cfg({ Consolidation: { MatchingAttributesList: [['LastName']] } }), expected: [] },
  { name: 'unknown attribute never agrees',
    config: cfg({ Consolidation: { MatchingAttributesList: [['Nickname']] } }), expected: [] },
];

describe('planAutoMerges', () => {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(planAutoMerges(c.groups ?? [GROUP], BY_ID, c.config, meta), c.expected));
  }

  it('never uses a profile in two plans', () => {
    const groups = [GROUP, { ...GROUP, MatchId: '1'.repeat(32), ProfileIds: [C, D] }];
    const plans = planAutoMerges(groups, BY_ID, cfg({ Consolidation: { MatchingAttributesList: [['LastName'], ['FirstName']] } }), meta);
    const used = plans.flatMap((p) => [p.MainProfileId, ...p.ProfileIdsToBeMerged]);
    assert.equal(new Set(used).size, used.length);
  });
});

describe('agreeingSets', () => {
  it('links members agreeing on any list, transitively', () => {
    const sets = agreeingSets(PROFILES, [['EmailAddress'], ['BirthDate'], ['PhoneNumber', 'FirstName']]);
    // A~B by e-mail; A~C by phone+first name; D agrees with nobody.
    assert.deepEqual(sets.map((s) => s.map((p) => p.ProfileId)), [[A, B, C]]);
  });
});

describe('previewAutoMerging', () => {
  it('counts groups, their existing profiles and the profiles that would take part in a merge', () => {
    const groups = [GROUP, { MatchId: '1'.repeat(32), ProfileIds: [D, 'e'.repeat(32)], ConfidenceScore: 0.5 }];
    const preview = previewAutoMerging(groups, BY_ID, cfg({ Enabled: false, Consolidation: { MatchingAttributesList: [['EmailAddress']] } }), meta);
    assert.deepEqual(preview, { NumberOfMatchesInSample: 2, NumberOfProfilesInSample: 4, NumberOfProfilesWillBeMerged: 2 });
  });
});

describe('consolidation attributes', () => {
  const rows: [string, string | undefined][] = [
    ['EmailAddress', 'johndoe@anycompany.com'], ['PhoneNumber', '+15550100000'], ['FirstName', 'john'],
    ['Address.City', 'seattle'], ['Address.PostalCode', '98101'], ['Attributes.tier', 'gold'], ['Attributes.none', undefined],
    ['ShippingAddress.City', undefined], ['Nickname', undefined],
  ];
  for (const [name, expected] of rows) {
    it(`${name} -> ${String(expected)}`, () => assert.equal(consolidationValue(PROFILES[0], name), expected));
  }
  it('validates names', () => {
    for (const ok of ['FirstName', 'BusinessEmailAddress', 'Address.Address', 'BillingAddress.PostalCode', 'Attributes.x']) {
      assert.equal(consolidationAttributeProblem(ok), undefined, ok);
    }
    for (const bad of ['Nickname', 'Address', 'Address.Street', 'Attributes.', 'Address.City.Extra']) {
      assert.match(consolidationAttributeProblem(bad) ?? '', /Unknown matching attribute/, bad);
    }
  });
});
