// After ACTIVE, every profile mutation updates the rule matches at once (CreateProfile, UpdateProfile,
// PutProfileObject, MergeProfiles, DeleteProfile), and groups at a level ≤ MaxAllowedRuleLevelForMerging are
// auto-merged with ConflictResolution RECENCY or SOURCE. Through the real v3 client.
import * as assert from 'assert';
import {
  BatchGetProfileCommand, CreateProfileCommand, DeleteProfileCommand, MergeProfilesCommand, PutProfileObjectCommand,
  PutProfileObjectTypeCommand, SearchProfilesCommand, UpdateProfileCommand, type CreateProfileCommandInput, type CustomerProfilesClient,
} from '@aws-sdk/client-customer-profiles';
import type { RunningSandbox } from '../../../src/sandbox';
import { clientFor, raw, startSmall } from './helpers';
import { allMatchIds, createRulesDomain, rules, similar } from './ruleHelpers';

const FROZEN = { pendingMs: 600000, inProgressMs: 600000, changeLockMs: 600000 };
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('sandbox: rule matches follow profile changes; rule-based auto-merge', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  const create = async (DomainName: string, fields: Omit<CreateProfileCommandInput, 'DomainName'>): Promise<string> =>
    (await client.send(new CreateProfileCommand({ DomainName, ...fields }))).ProfileId as string;
  const groupOf = async (domain: string, id: string): Promise<[number | undefined, string[]]> => {
    const g = await similar(client, domain, '_profileId', id);
    return [g.RuleLevel, g.ProfileIds ?? []];
  };
  const sorted = (...ids: string[]): string[] => [...ids].sort();
  const active = async (domain: string, rbm = rules()): Promise<void> => {
    await createRulesDomain(client, domain, rbm);
    sb.advanceRuleBasedMatching(domain);
  };

  before(async () => {
    sb = await startSmall({ ruleTimings: FROZEN });
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('CreateProfile / UpdateProfile / PutProfileObject / MergeProfiles / DeleteProfile update the groups incrementally', async () => {
    const D = 'inc';
    await active(D);
    await client.send(new PutProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'SfContact', Description: 'contacts', TemplateId: 'Salesforce-Contact' }));
    // CreateProfile + UpdateProfile: level 1 appears when B takes A's mailbox (in other case).
    const a = await create(D, { FirstName: 'Ann', LastName: 'Lee', EmailAddress: 'a@example.com' });
    const b = await create(D, { FirstName: 'Ann', LastName: 'Lee', EmailAddress: 'b@example.com' });
    assert.deepStrictEqual(await groupOf(D, a), [undefined, []]);
    await client.send(new UpdateProfileCommand({ DomainName: D, ProfileId: b, EmailAddress: ' A@Example.com' }));
    assert.deepStrictEqual(await groupOf(D, a), [1, sorted(a, b)]);

    // PutProfileObject: creates C, then (same unique key) gives it the phone D has in another format: level 2.
    const contact = { Id: '003C', FirstName: 'Bo', LastName: 'Kim', Email: 'c@example.com' };
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify(contact) }));
    const c = (await similar(client, D, '_email', 'c@example.com')).ProfileIds;
    assert.deepStrictEqual(c, [], 'C exists and is unmatched');
    const d = await create(D, { FirstName: 'Bo', LastName: 'Kim', PhoneNumber: '206-555-0100' });
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify({ ...contact, Phone: '(206) 555-0100' }) }));
    const [level, members] = await groupOf(D, d);
    assert.strictEqual(level, 2);
    assert.strictEqual(members.length, 2);
    const cId = members.find((id) => id !== d) as string;

    // MergeProfiles: a merged pair is one profile (its group goes); a merge survivor can form a new group.
    await client.send(new MergeProfilesCommand({ DomainName: D, MainProfileId: a, ProfileIdsToBeMerged: [b] }));
    assert.deepStrictEqual(await groupOf(D, a), [undefined, []]);
    const f = await create(D, { FirstName: 'Cy', LastName: 'Park', EmailAddress: 'f@example.com' });
    const e = await create(D, { FirstName: 'Cy', LastName: 'Park', PhoneNumber: '206-555-0199' });
    const g = await create(D, { FirstName: 'Cy', LastName: 'Park', PhoneNumber: '+12065550199', EmailAddress: 'g@example.com' });
    assert.deepStrictEqual(await groupOf(D, g), [2, sorted(e, g)]);
    await client.send(new MergeProfilesCommand({ DomainName: D, MainProfileId: f, ProfileIdsToBeMerged: [e] }));
    assert.deepStrictEqual(await groupOf(D, g), [2, sorted(f, g)], 'F took E\'s phone and now matches G');

    // DeleteProfile: the group dissolves.
    await client.send(new DeleteProfileCommand({ DomainName: D, ProfileId: g }));
    assert.deepStrictEqual(await groupOf(D, f), [undefined, []]);
    assert.deepStrictEqual((await allMatchIds(client, D)).ids.length, 1, 'only C + D are left matched');
    assert.deepStrictEqual((await groupOf(D, cId))[1], sorted(cId, d));
  });

  it('auto-merge RECENCY: a group at level ≤ MaxAllowedRuleLevelForMerging merges into the newest profile; higher levels stay matched', async () => {
    const D = 'am-recency';
    await active(D, rules({ MaxAllowedRuleLevelForMerging: 1, ConflictResolution: { ConflictResolvingModel: 'RECENCY' } }));
    const old = await create(D, { FirstName: 'Old', LastName: 'Name', EmailAddress: 'm@example.com', AccountNumber: 'A-1' });
    await pause(5);
    const young = await create(D, { FirstName: 'New', LastName: 'Name', EmailAddress: 'M@example.com' });
    const got = await client.send(new BatchGetProfileCommand({ DomainName: D, ProfileIds: [old, young] }));
    assert.deepStrictEqual(got.Profiles?.map((p) => [p.ProfileId, p.FirstName, p.AccountNumber]), [[young, 'New', 'A-1']], 'newest wins conflicts, gaps are filled');
    assert.deepStrictEqual(got.Errors?.map((x) => x.ProfileId), [old]);
    const p = await create(D, { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '206-555-0111', EmailAddress: 'p1@example.com' });
    const q = await create(D, { FirstName: 'Ann', LastName: 'Lee', PhoneNumber: '2065550111', EmailAddress: 'p2@example.com' });
    assert.deepStrictEqual(await groupOf(D, p), [2, sorted(p, q)], 'level 2 > MaxAllowedRuleLevelForMerging: matched, not merged');
    assert.strictEqual((await raw(sb, 'GET', `/_sandbox/domains/${D}/rule-based-matching`)).json().MergesDone, 1);
  });

  it('auto-merge SOURCE at ACTIVE: the existing data is merged into the SourceName object type\'s profile; without one it is RECENCY', async () => {
    const D = 'am-source';
    await createRulesDomain(client, D, rules({ MaxAllowedRuleLevelForMerging: 2, ConflictResolution: { ConflictResolvingModel: 'SOURCE', SourceName: 'SfContact' } }));
    await client.send(new PutProfileObjectTypeCommand({ DomainName: D, ObjectTypeName: 'SfContact', Description: 'contacts', TemplateId: 'Salesforce-Contact' }));
    await client.send(new PutProfileObjectCommand({ DomainName: D, ObjectTypeName: 'SfContact', Object: JSON.stringify({ Id: '003S', FirstName: 'Sales', LastName: 'Force', Email: 's@example.com' }) }));
    assert.deepStrictEqual((await similar(client, D, '_email', 's@example.com')).ProfileIds, [], 'IN_PROGRESS: nothing matched yet');
    await pause(5);
    const typed = await create(D, { FirstName: 'Typed', LastName: 'Force', EmailAddress: 'S@EXAMPLE.COM', BirthDate: '1990-01-02' });
    const r1 = await create(D, { FirstName: 'Rae', LastName: 'Ng', PhoneNumber: '206-555-0123', AccountNumber: 'OLD' });
    await pause(5);
    const r2 = await create(D, { FirstName: 'Rae', LastName: 'Ng', PhoneNumber: '(206) 555-0123', AccountNumber: 'NEW' });

    assert.strictEqual(sb.advanceRuleBasedMatching(D), 'ACTIVE');
    const out = await client.send(new BatchGetProfileCommand({ DomainName: D, ProfileIds: [typed, r1, r2] }));
    assert.deepStrictEqual(out.Profiles?.map((p) => [p.ProfileId, p.AccountNumber]), [[r2, 'NEW']], 'no SfContact member: RECENCY');
    const found = await client.send(new SearchProfilesCommand({ DomainName: D, KeyName: '_email', Values: ['s@example.com'] }));
    assert.strictEqual(found.Items?.length, 1, 'one profile left of the two');
    const main = found.Items?.[0];
    assert.notStrictEqual(main?.ProfileId, typed, 'the newer typed-in profile was merged away');
    assert.deepStrictEqual([main?.FirstName, main?.BirthDate], ['Sales', '1990-01-02'], 'the SfContact profile wins conflicts; gaps are filled');
    assert.deepStrictEqual((await similar(client, D, '_profileId', main?.ProfileId as string)).ProfileIds, [], 'no group left');
    assert.strictEqual((await raw(sb, 'GET', `/_sandbox/domains/${D}/rule-based-matching`)).json().MergesDone, 2);
  });
});
