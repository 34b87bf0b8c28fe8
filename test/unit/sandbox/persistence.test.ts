// --data FILE: state survives a restart (including merges and jobs); writes are atomic.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  AddProfileKeyCommand, BatchGetProfileCommand, CreateDomainCommand, CreateProfileCommand, GetMatchesCommand, ListDomainsCommand,
  ListIdentityResolutionJobsCommand, MergeProfilesCommand, SearchProfilesCommand, type GetMatchesCommandOutput,
} from '@aws-sdk/client-customer-profiles';
import { startSandbox } from '../../../src/sandbox';
import { deserializeState, serializeState, writeFileAtomic } from '../../../src/sandbox/persistence';
import { clientFor, SMALL_DEMO } from './helpers';

describe('sandbox: persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-sandbox-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a restart keeps domains, profiles, keys, merges, jobs and match groups', async () => {
    const file = path.join(dir, 'state.json');
    const first = await startSandbox({ demo: SMALL_DEMO, jobStepMs: 0, dataFile: file });
    let a: string;
    let b: string;
    let matchesBefore: GetMatchesCommandOutput;
    try {
      const c1 = clientFor(first);
      // A tag literally named "__proto__" must survive as data (JSON.parse makes it an own property).
      const tags = JSON.parse('{"__proto__": "x", "team": "y"}') as Record<string, string>;
      await c1.send(new CreateDomainCommand({ DomainName: 'kept', DefaultExpirationDays: 3, Tags: tags }));
      a = (await c1.send(new CreateProfileCommand({ DomainName: 'kept', FirstName: 'Jane' }))).ProfileId as string;
      b = (await c1.send(new CreateProfileCommand({ DomainName: 'kept', LastName: 'Doe' }))).ProfileId as string;
      await c1.send(new AddProfileKeyCommand({ DomainName: 'kept', ProfileId: b, KeyName: 'crm', Values: ['9'] }));
      await c1.send(new MergeProfilesCommand({ DomainName: 'kept', MainProfileId: a, ProfileIdsToBeMerged: [b] }));
      matchesBefore = await c1.send(new GetMatchesCommand({ DomainName: 'demo-retail' }));
    } finally {
      await first.stop();
    }
    assert.deepStrictEqual(fs.readdirSync(dir), ['state.json'], 'no temp files linger');
    JSON.parse(fs.readFileSync(file, 'utf8'));

    const second = await startSandbox({ demo: true, jobStepMs: 0, dataFile: file });
    try {
      const c2 = clientFor(second);
      const domains = await c2.send(new ListDomainsCommand({}));
      assert.deepStrictEqual(domains.Items?.map((d) => d.DomainName), ['demo-empty', 'demo-retail', 'demo-rules', 'kept'], 'the file wins over --demo');
      assert.deepStrictEqual(Object.entries(domains.Items?.[3].Tags ?? {}), [['__proto__', 'x'], ['team', 'y']]);
      const got = await c2.send(new BatchGetProfileCommand({ DomainName: 'kept', ProfileIds: [a, b] }));
      assert.deepStrictEqual(got.Profiles, [{ ProfileId: a, FirstName: 'Jane', LastName: 'Doe' }]);
      assert.strictEqual(got.Errors?.[0].ProfileId, b);
      const byKey = await c2.send(new SearchProfilesCommand({ DomainName: 'kept', KeyName: 'crm', Values: ['9'] }));
      assert.deepStrictEqual(byKey.Items?.map((p) => p.ProfileId), [a]);
      const matchesAfter = await c2.send(new GetMatchesCommand({ DomainName: 'demo-retail' }));
      assert.deepStrictEqual(matchesAfter.Matches, matchesBefore.Matches);
      const jobs = await c2.send(new ListIdentityResolutionJobsCommand({ DomainName: 'demo-retail' }));
      assert.strictEqual(jobs.IdentityResolutionJobsList?.[0].Status, 'COMPLETED');
      // Tokens survive the restart too (the HMAC secret is part of the state).
      const page = await c2.send(new ListDomainsCommand({ MaxResults: 1 }));
      assert.ok(page.NextToken);
    } finally {
      await second.stop();
    }
  });

  it('saves after a mutation without waiting for stop (debounced) and the file is always whole JSON', async () => {
    const file = path.join(dir, 'live.json');
    const sb = await startSandbox({ jobStepMs: 0, dataFile: file });
    try {
      const c = clientFor(sb);
      for (let i = 0; i < 5; i++) {
        await c.send(new CreateDomainCommand({ DomainName: `live-${i}`, DefaultExpirationDays: 1 }));
        if (fs.existsSync(file)) deserializeState(fs.readFileSync(file, 'utf8'));
      }
      sb.flush();
      assert.strictEqual(deserializeState(fs.readFileSync(file, 'utf8')).domains.size, 5);
      assert.deepStrictEqual(fs.readdirSync(dir), ['live.json']);
    } finally {
      await sb.stop();
    }
  });

  it('writeFileAtomic replaces the file whole and round-trips Maps', () => {
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, 'old');
    const state = { version: 1 as const, tokenSecret: 's', domains: new Map() };
    writeFileAtomic(file, serializeState(state));
    assert.deepStrictEqual(deserializeState(fs.readFileSync(file, 'utf8')), state);
    assert.deepStrictEqual(fs.readdirSync(dir), ['x.json']);
  });

  it('refuses to start on a corrupt data file instead of overwriting it', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, '{"half": ');
    await assert.rejects(() => startSandbox({ dataFile: file }), /Cannot load sandbox data file/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '{"half": ');
  });
});
