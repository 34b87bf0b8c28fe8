// Identity resolution through the real v3 client: job lifecycle, GetMatches paging, MergeProfiles
// (reference examples 1–3), group shrinking, auto-merging and its preview.
import * as assert from 'assert';
import {
  BatchGetProfileCommand, CreateDomainCommand, CreateProfileCommand, CustomerProfilesClient, GetAutoMergingPreviewCommand, ListProfileHistoryRecordsCommand,
  GetIdentityResolutionJobCommand, GetMatchesCommand, ListIdentityResolutionJobsCommand, MergeProfilesCommand, SearchProfilesCommand,
  UpdateDomainCommand, type MatchItem,
} from '@aws-sdk/client-customer-profiles';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { SERVICE_PRINCIPAL } from '../../../src/sandbox/store/history';
import { clientFor, raw, rejects, until } from './helpers';

type Fields = Omit<ConstructorParameters<typeof CreateProfileCommand>[0], 'DomainName'>;

async function allMatches(client: CustomerProfilesClient, domain: string, max: number, between?: (page: number) => Promise<void>): Promise<MatchItem[]> {
  const out: MatchItem[] = [];
  let token: string | undefined;
  let page = 0;
  do {
    const res = await client.send(new GetMatchesCommand({ DomainName: domain, MaxResults: max, NextToken: token }));
    assert.ok((res.Matches?.length ?? 0) <= max);
    out.push(...(res.Matches ?? []));
    token = res.NextToken;
    await between?.(++page);
  } while (token);
  return out;
}

describe('sandbox: identity resolution', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  let domainSeq = 0;
  const create = async (fields: Fields[], config: Partial<ConstructorParameters<typeof CreateDomainCommand>[0]> = {}): Promise<[string, string[]]> => {
    const domain = `ir-${++domainSeq}`;
    const { Matching, ...rest } = config;
    await client.send(new CreateDomainCommand({ DomainName: domain, DefaultExpirationDays: 10, ...rest }));
    const ids: string[] = [];
    for (const f of fields) ids.push((await client.send(new CreateProfileCommand({ DomainName: domain, ...f }))).ProfileId as string);
    // Matching goes on after the profiles exist, so the job it starts sees them all.
    if (Matching) await client.send(new UpdateDomainCommand({ DomainName: domain, Matching }));
    return [domain, ids];
  };
  const profile = async (domain: string, id: string): Promise<Record<string, unknown> | undefined> =>
    (await client.send(new BatchGetProfileCommand({ DomainName: domain, ProfileIds: [id] }))).Profiles?.[0] as Record<string, unknown> | undefined;
  const completedJob = (domain: string, jobId: string) => until(async () => {
    const j = await client.send(new GetIdentityResolutionJobCommand({ DomainName: domain, JobId: jobId }));
    return j.Status === 'COMPLETED' ? j : undefined;
  }, `job ${jobId}`);
  const latestJobId = async (domain: string): Promise<string> =>
    (await client.send(new ListIdentityResolutionJobsCommand({ DomainName: domain }))).IdentityResolutionJobsList?.[0].JobId as string;

  before(async () => {
    sb = await startSandbox({ demo: true, jobStepMs: 0 });
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('demo-retail has one completed job and match groups including the reference John Doe example', async () => {
    const jobs = await client.send(new ListIdentityResolutionJobsCommand({ DomainName: 'demo-retail' }));
    assert.strictEqual(jobs.IdentityResolutionJobsList?.length, 1);
    const job = jobs.IdentityResolutionJobsList?.[0];
    assert.strictEqual(job?.Status, 'COMPLETED');
    assert.strictEqual(job?.JobStats?.NumberOfProfilesReviewed, 2000);
    assert.ok(job?.JobStartTime instanceof Date && job.JobEndTime instanceof Date);
    const matches = await allMatches(client, 'demo-retail', 100);
    assert.strictEqual(matches.length, job?.JobStats?.NumberOfMatchesFound);
    assert.ok(matches.length >= 150 && matches.length <= 260, `~200 clusters, got ${matches.length}`);
    for (const m of matches) {
      assert.match(m.MatchId ?? '', /^[a-f0-9]{32}$/);
      assert.ok((m.ProfileIds?.length ?? 0) >= 2);
      assert.ok((m.ConfidenceScore ?? -1) >= 0 && (m.ConfidenceScore ?? 2) <= 1);
    }
    const john = await client.send(new SearchProfilesCommand({ DomainName: 'demo-retail', KeyName: '_email', Values: ['JOHN_DOE@ANYCOMPANY.COM', 'johndoe@anycompany.com'] }));
    const johnIds = john.Items?.map((p) => p.ProfileId as string) ?? [];
    assert.strictEqual(johnIds.length, 2);
    assert.ok(matches.some((m) => johnIds.every((id) => m.ProfileIds?.includes(id))), 'John Doe / Jhn Doe grouped');
  });

  it('GetMatches pages with no group lost or repeated, even when a merge shrinks groups mid-listing', async () => {
    const before = await allMatches(client, 'demo-retail', 100);
    const first = await client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults: 7 }));
    assert.strictEqual(first.PotentialMatches, before.length);
    assert.ok(first.MatchGenerationDate instanceof Date);
    // Merge away a group that sits on a later page after reading page 2.
    const victim = before[before.length - 3];
    const paged = await allMatches(client, 'demo-retail', 7, async (page) => {
      if (page !== 2) return;
      const [main, ...rest] = victim.ProfileIds as string[];
      await client.send(new MergeProfilesCommand({ DomainName: 'demo-retail', MainProfileId: main, ProfileIdsToBeMerged: rest }));
    });
    const expected = before.filter((m) => m.MatchId !== victim.MatchId).map((m) => m.MatchId);
    assert.deepStrictEqual(paged.map((m) => m.MatchId), expected);
    const after = await client.send(new GetMatchesCommand({ DomainName: 'demo-retail' }));
    assert.strictEqual(after.PotentialMatches, before.length - 1);
  });

  it('GetMatches: empty for a domain where matching never ran; MaxResults and tokens validated', async () => {
    const empty = await client.send(new GetMatchesCommand({ DomainName: 'demo-empty' }));
    assert.deepStrictEqual(empty.Matches, []);
    assert.strictEqual(empty.PotentialMatches, 0);
    assert.strictEqual(empty.MatchGenerationDate, undefined);
    for (const MaxResults of [0, 101]) {
      const err = await rejects(() => client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults })));
      assert.strictEqual(err.name, 'BadRequestException');
    }
    const domains = await client.send(new GetMatchesCommand({ DomainName: 'demo-retail', MaxResults: 1 }));
    const foreign = await rejects(() => client.send(new GetMatchesCommand({ DomainName: 'demo-empty', NextToken: domains.NextToken })));
    assert.strictEqual(foreign.name, 'BadRequestException', 'a token from another domain is rejected');
    const missing = await rejects(() => client.send(new GetMatchesCommand({ DomainName: 'nope' })));
    assert.strictEqual(missing.name, 'ResourceNotFoundException');
  });

  it('enabling Matching through UpdateDomain starts a job that walks the states and groups the seed example', async () => {
    const [domain, ids] = await create([
      { FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM', PhoneNumber: '555-010-0000' },
      { FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com', PhoneNumber: '+1-555-010-0000' },
      { FirstName: 'Mary', LastName: 'Major', EmailAddress: 'mary@example.org', PhoneNumber: '206-555-0111' },
    ]);
    assert.strictEqual((await client.send(new ListIdentityResolutionJobsCommand({ DomainName: domain }))).IdentityResolutionJobsList?.length, 0);
    const seen: string[] = [];
    const stopAt = 'COMPLETED';
    await client.send(new UpdateDomainCommand({ DomainName: domain, Matching: { Enabled: true } }));
    const jobId = await latestJobId(domain);
    await until(async () => {
      const j = await client.send(new GetIdentityResolutionJobCommand({ DomainName: domain, JobId: jobId }));
      if (seen[seen.length - 1] !== j.Status) seen.push(j.Status as string);
      return j.Status === stopAt ? j : undefined;
    }, 'job completion');
    const order = ['PENDING', 'PREPROCESSING', 'FIND_MATCHING', 'COMPLETED'];
    assert.deepStrictEqual(seen, order.filter((s) => seen.includes(s)), `states in order: ${seen.join(' > ')}`);
    const job = await client.send(new GetIdentityResolutionJobCommand({ DomainName: domain, JobId: jobId }));
    assert.deepStrictEqual(job.JobStats, { NumberOfProfilesReviewed: 3, NumberOfMatchesFound: 1, NumberOfMergesDone: 0 });
    assert.ok(job.JobEndTime instanceof Date && job.JobExpirationTime instanceof Date && job.LastUpdatedAt instanceof Date);
    const matches = await client.send(new GetMatchesCommand({ DomainName: domain }));
    assert.deepStrictEqual(matches.Matches?.map((m) => [...(m.ProfileIds ?? [])].sort()), [[ids[0], ids[1]].sort()]);

    // Turning it on again (already on) starts nothing; the control route starts another job.
    await client.send(new UpdateDomainCommand({ DomainName: domain, Matching: { Enabled: true } }));
    assert.strictEqual((await client.send(new ListIdentityResolutionJobsCommand({ DomainName: domain }))).IdentityResolutionJobsList?.length, 1);
    const started = await raw(sb, 'POST', `/_sandbox/domains/${domain}/identity-resolution-jobs`);
    assert.strictEqual(started.status, 200);
    const second = started.json().JobId as string;
    await completedJob(domain, second);
    const list = await client.send(new ListIdentityResolutionJobsCommand({ DomainName: domain }));
    assert.deepStrictEqual(list.IdentityResolutionJobsList?.map((j) => j.JobId), [second, jobId], 'newest first');
  });

  it('a job is PENDING right after it starts when steps are slow; a second start is rejected while it runs', async () => {
    const slow = await startSandbox({ jobStepMs: 60_000 });
    try {
      const c = clientFor(slow);
      const out = await c.send(new CreateDomainCommand({ DomainName: 'slow', DefaultExpirationDays: 1, Matching: { Enabled: true } }));
      assert.strictEqual(out.Matching?.Enabled, true);
      const jobs = await c.send(new ListIdentityResolutionJobsCommand({ DomainName: 'slow' }));
      assert.deepStrictEqual(jobs.IdentityResolutionJobsList?.map((j) => j.Status), ['PENDING']);
      const again = await raw(slow, 'POST', '/_sandbox/domains/slow/identity-resolution-jobs');
      assert.strictEqual(again.status, 400);
      assert.match(String(again.json().Message), /already running/);
    } finally {
      await slow.stop();
    }
  });

  describe('MergeProfiles (API reference examples)', () => {
    const examples: Array<[string, Fields[], ((ids: string[]) => Record<string, string>) | undefined, Record<string, string>]> = [
      ['1: union without conflicts', [{ FirstName: 'Jane' }, { LastName: 'Doe' }, { MiddleName: 'None' }], undefined, { FirstName: 'Jane', LastName: 'Doe', MiddleName: 'None' }],
      ['2: conflict, no source -> main wins', [{ FirstName: 'Jane' }, { LastName: 'Doe' }, { FirstName: 'Jorge' }], undefined, { FirstName: 'Jane', LastName: 'Doe' }],
      ['3: conflict, source named -> source wins', [{ FirstName: 'Jane' }, { LastName: 'Doe' }, { FirstName: 'Jorge' }], (ids) => ({ FirstName: ids[2] }), { FirstName: 'Jorge', LastName: 'Doe' }],
    ];
    for (const [name, fields, sources, expected] of examples) {
      it(`example ${name}`, async () => {
        const [domain, ids] = await create(fields);
        const out = await client.send(new MergeProfilesCommand({
          DomainName: domain, MainProfileId: ids[0], ProfileIdsToBeMerged: ids.slice(1), FieldSourceProfileIds: sources?.(ids),
        }));
        assert.ok(out.Message);
        const merged = await profile(domain, ids[0]);
        assert.deepStrictEqual(merged, { ProfileId: ids[0], ...expected });
        const gone = await client.send(new BatchGetProfileCommand({ DomainName: domain, ProfileIds: ids.slice(1) }));
        assert.deepStrictEqual(gone.Profiles, []);
        assert.strictEqual(gone.Errors?.length, 2, 'merged profiles are deleted');
      });
    }

    it('a named source wins even when its value is empty', async () => {
      const [domain, ids] = await create([{ FirstName: 'Jane', LastName: 'Roe' }, { FirstName: 'Jo' }]);
      await client.send(new MergeProfilesCommand({ DomainName: domain, MainProfileId: ids[0], ProfileIdsToBeMerged: [ids[1]], FieldSourceProfileIds: { LastName: ids[1] } }));
      assert.deepStrictEqual(await profile(domain, ids[0]), { ProfileId: ids[0], FirstName: 'Jane' });
    });

    it('keys move to the main profile and match groups shrink', async () => {
      const [domain, ids] = await create([
        { FirstName: 'Ann', LastName: 'Lee', EmailAddress: 'ann.lee@example.com', PhoneNumber: '206-555-0100' },
        { FirstName: 'Ann', LastName: 'Lee', EmailAddress: 'ANN.LEE@example.com', PhoneNumber: '(206) 555-0100' },
        { FirstName: 'Anne', LastName: 'Lee', EmailAddress: 'ann.lee@example.com', PhoneNumber: '+1 206 555 0100' },
      ], { Matching: { Enabled: true } });
      await completedJob(domain, await latestJobId(domain));
      const before = await client.send(new GetMatchesCommand({ DomainName: domain }));
      assert.deepStrictEqual(before.Matches?.map((m) => [...(m.ProfileIds ?? [])].sort()), [[...ids].sort()]);
      const { AddProfileKeyCommand } = await import('@aws-sdk/client-customer-profiles');
      await client.send(new AddProfileKeyCommand({ DomainName: domain, ProfileId: ids[1], KeyName: 'crmId', Values: ['C-1'] }));

      await client.send(new MergeProfilesCommand({ DomainName: domain, MainProfileId: ids[0], ProfileIdsToBeMerged: [ids[1]] }));
      const afterOne = await client.send(new GetMatchesCommand({ DomainName: domain }));
      assert.deepStrictEqual(afterOne.Matches?.map((m) => [...(m.ProfileIds ?? [])].sort()), [[ids[0], ids[2]].sort()]);
      const byKey = await client.send(new SearchProfilesCommand({ DomainName: domain, KeyName: 'crmId', Values: ['C-1'] }));
      assert.deepStrictEqual(byKey.Items?.map((p) => p.ProfileId), [ids[0]], 'the key moved to the main profile');

      await client.send(new MergeProfilesCommand({ DomainName: domain, MainProfileId: ids[0], ProfileIdsToBeMerged: [ids[2]] }));
      const afterTwo = await client.send(new GetMatchesCommand({ DomainName: domain }));
      assert.deepStrictEqual(afterTwo.Matches, [], 'a group below 2 disappears');
      assert.strictEqual(afterTwo.PotentialMatches, 0);
    });

    it('validates ids: main among merged, unknown ids, too many, foreign field sources', async () => {
      const [domain, ids] = await create([{ FirstName: 'A' }, { FirstName: 'B' }]);
      const unknown = 'e'.repeat(32);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ MainProfileId: ids[0], ProfileIdsToBeMerged: [ids[0]] }, 'BadRequestException'],
        [{ MainProfileId: ids[0], ProfileIdsToBeMerged: [unknown] }, 'ResourceNotFoundException'],
        [{ MainProfileId: unknown, ProfileIdsToBeMerged: [ids[1]] }, 'ResourceNotFoundException'],
        [{ MainProfileId: ids[0], ProfileIdsToBeMerged: [] }, 'BadRequestException'],
        [{ MainProfileId: ids[0], ProfileIdsToBeMerged: Array.from({ length: 21 }, (_, i) => i.toString(16).padStart(32, '0')) }, 'BadRequestException'],
        [{ MainProfileId: ids[0], ProfileIdsToBeMerged: [ids[1]], FieldSourceProfileIds: { FirstName: unknown } }, 'BadRequestException'],
      ];
      for (const [input, name] of cases) {
        const err = await rejects(() => client.send(new MergeProfilesCommand({ DomainName: domain, ...input } as never)));
        assert.strictEqual(err.name, name, JSON.stringify(input));
      }
      assert.ok(await profile(domain, ids[1]), 'nothing merged by the failed calls');
    });
  });

  it('auto-merging runs in MERGING, counts NumberOfMergesDone, and GetAutoMergingPreview predicts it', async () => {
    const [domain, ids] = await create([
      { FirstName: 'Maria', LastName: 'Lopez', EmailAddress: 'maria.lopez@example.com', PhoneNumber: '206-555-0123' },
      { FirstName: 'Maria', LastName: 'Lopez', EmailAddress: 'MARIA.LOPEZ@example.com', PhoneNumber: '+1 206 555 0123', BirthDate: '1990-01-01' },
      { FirstName: 'Pat', LastName: 'Kim', EmailAddress: 'pat@example.net', PhoneNumber: '206-555-0999' },
    ], { Matching: { Enabled: true } });
    await completedJob(domain, await latestJobId(domain));
    const autoMerging = {
      Consolidation: { MatchingAttributesList: [['EmailAddress']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' as const },
      MinAllowedConfidenceScoreForMerging: 0,
    };
    const preview = await client.send(new GetAutoMergingPreviewCommand({ DomainName: domain, ...autoMerging }));
    assert.deepStrictEqual(
      [preview.DomainName, preview.NumberOfMatchesInSample, preview.NumberOfProfilesInSample, preview.NumberOfProfilesWillBeMerged],
      [domain, 1, 2, 2],
    );
    const bad = await rejects(() => client.send(new GetAutoMergingPreviewCommand({
      DomainName: domain, ConflictResolution: { ConflictResolvingModel: 'RECENCY' }, Consolidation: { MatchingAttributesList: [['Nope']] },
    })));
    assert.strictEqual(bad.name, 'BadRequestException');

    await client.send(new UpdateDomainCommand({ DomainName: domain, Matching: { Enabled: false } }));
    await client.send(new UpdateDomainCommand({ DomainName: domain, Matching: { Enabled: true, AutoMerging: { Enabled: true, ...autoMerging } } }));
    const jobId = await latestJobId(domain);
    const seen = new Set<string>();
    const job = await until(async () => {
      const j = await client.send(new GetIdentityResolutionJobCommand({ DomainName: domain, JobId: jobId }));
      seen.add(j.Status as string);
      return j.Status === 'COMPLETED' ? j : undefined;
    }, 'auto-merge job');
    assert.strictEqual(job.JobStats?.NumberOfMergesDone, 1);
    assert.strictEqual(job.AutoMerging?.Enabled, true);
    const remaining = await client.send(new BatchGetProfileCommand({ DomainName: domain, ProfileIds: ids }));
    assert.strictEqual(remaining.Profiles?.length, 2);
    const maria = remaining.Profiles?.find((p) => p.FirstName === 'Maria');
    assert.strictEqual(maria?.BirthDate, '1990-01-01', 'fields united');
    const matches = await client.send(new GetMatchesCommand({ DomainName: domain }));
    assert.deepStrictEqual(matches.Matches, [], 'the merged group is gone');
    const history = await client.send(new ListProfileHistoryRecordsCommand({ DomainName: domain, ProfileId: maria?.ProfileId, ActionType: 'MERGED' }));
    assert.deepStrictEqual(history.ProfileHistoryRecords?.map((r) => r.PerformedBy), [SERVICE_PRINCIPAL], 'an auto-merge is the service\'s');
  });
});
