// RuleBasedMatching's Status lifecycle through the real v3 client: a new domain skips PENDING, an existing one
// waits; IN_PROGRESS and the day after ACTIVE lock the configuration (BadRequestException); the timings are
// sandbox options; the control route reports the cardinality guard; the Status and matches survive a restart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CreateDomainCommand, CreateProfileCommand, GetDomainCommand, UpdateDomainCommand, type CustomerProfilesClient,
} from '@aws-sdk/client-customer-profiles';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { clientFor, raw, rejects, startSmall, until } from './helpers';
import { allMatchIds, createRulesDomain, ruleStatus, rules, similar, untilStatus } from './ruleHelpers';

/** Long enough never to elapse during a test: the test moves the Status with advanceRuleBasedMatching. */
const FROZEN = { pendingMs: 600000, inProgressMs: 600000, changeLockMs: 600000 };

async function addPeople(client: CustomerProfilesClient, domain: string): Promise<void> {
  for (const [FirstName, EmailAddress] of [['Ann', 'ann@example.com'], ['Annie', 'ANN@example.com'], ['Bo', 'bo@example.com']]) {
    await client.send(new CreateProfileCommand({ DomainName: domain, FirstName, LastName: 'Lee', EmailAddress }));
  }
}

describe('sandbox: RuleBasedMatching Status lifecycle', () => {
  let sb: RunningSandbox;
  let client: CustomerProfilesClient;
  before(async () => {
    sb = await startSmall({ ruleTimings: FROZEN });
    client = clientFor(sb);
  });
  after(() => sb.stop());

  it('a new domain skips PENDING; IN_PROGRESS locks the configuration; ACTIVE locks it for "a day"', async () => {
    const created = await client.send(new CreateDomainCommand({ DomainName: 'life-new', DefaultExpirationDays: 5, RuleBasedMatching: rules() }));
    assert.strictEqual(created.RuleBasedMatching?.Status, 'IN_PROGRESS');
    await addPeople(client, 'life-new');
    assert.deepStrictEqual((await allMatchIds(client, 'life-new')).ids, [], 'no matches before ACTIVE');

    const change = { DomainName: 'life-new', RuleBasedMatching: rules({ MaxAllowedRuleLevelForMatching: 1 }) };
    const locked = await rejects(() => client.send(new UpdateDomainCommand({ ...change, DefaultExpirationDays: 9 })));
    assert.strictEqual(locked.name, 'BadRequestException');
    assert.strictEqual(locked.$metadata?.httpStatusCode, 400);
    assert.match(locked.message, /cannot be changed while its Status is IN_PROGRESS/);
    const unchanged = await client.send(new GetDomainCommand({ DomainName: 'life-new' }));
    assert.strictEqual(unchanged.DefaultExpirationDays, 5, 'a refused update changes nothing');
    assert.strictEqual(unchanged.RuleBasedMatching?.MaxAllowedRuleLevelForMatching, undefined);
    // Re-sending the same configuration is not a change.
    const same = await client.send(new UpdateDomainCommand({ DomainName: 'life-new', DefaultExpirationDays: 6, RuleBasedMatching: rules() }));
    assert.strictEqual(same.RuleBasedMatching?.Status, 'IN_PROGRESS');

    assert.strictEqual(sb.advanceRuleBasedMatching('life-new'), 'ACTIVE');
    const g = await similar(client, 'life-new', '_email', 'ann@example.com');
    assert.strictEqual(g.RuleLevel, 1);
    assert.strictEqual(g.ProfileIds?.length, 2, 'existing data was evaluated');
    const dayLock = await rejects(() => client.send(new UpdateDomainCommand(change)));
    assert.strictEqual(dayLock.name, 'BadRequestException');
    assert.match(dayLock.message, /can be changed a day after its Status became ACTIVE \(in the local sandbox: 600 s\)/);

    sb.advanceRuleBasedMatching('life-new'); // the "day" is over
    const updated = await client.send(new UpdateDomainCommand(change));
    assert.strictEqual(updated.RuleBasedMatching?.Status, 'PENDING', 'an existing domain waits');
    assert.strictEqual(updated.RuleBasedMatching?.MaxAllowedRuleLevelForMatching, 1);
    // PENDING is not locked: the configuration can still change.
    await client.send(new UpdateDomainCommand({ DomainName: 'life-new', RuleBasedMatching: rules({ MaxAllowedRuleLevelForMatching: 2 }) }));
    assert.strictEqual(sb.advanceRuleBasedMatching('life-new'), 'IN_PROGRESS');
    assert.strictEqual(sb.advanceRuleBasedMatching('life-new'), 'ACTIVE');
  });

  it('an existing domain that gets rules goes PENDING -> IN_PROGRESS -> ACTIVE and matches its existing profiles', async () => {
    await client.send(new CreateDomainCommand({ DomainName: 'life-old', DefaultExpirationDays: 5 }));
    await addPeople(client, 'life-old');
    const up = await client.send(new UpdateDomainCommand({ DomainName: 'life-old', RuleBasedMatching: rules() }));
    assert.strictEqual(up.RuleBasedMatching?.Status, 'PENDING');
    assert.strictEqual(sb.advanceRuleBasedMatching('life-old'), 'IN_PROGRESS');
    assert.strictEqual(await ruleStatus(client, 'life-old'), 'IN_PROGRESS');
    assert.strictEqual(sb.advanceRuleBasedMatching('life-old'), 'ACTIVE');
    assert.strictEqual((await allMatchIds(client, 'life-old')).ids.length, 1);
  });

  it('a disabled configuration has no Status and no matches', async () => {
    await createRulesDomain(client, 'life-off', rules({ Enabled: false }));
    const d = await client.send(new GetDomainCommand({ DomainName: 'life-off' }));
    assert.strictEqual(d.RuleBasedMatching?.Enabled, false);
    assert.strictEqual(d.RuleBasedMatching?.Status, undefined);
    await addPeople(client, 'life-off');
    assert.deepStrictEqual((await allMatchIds(client, 'life-off')).ids, []);
  });

  it('control routes: the rule Status report with the cardinality-guard log, and advance', async () => {
    const report = await raw(sb, 'GET', '/_sandbox/domains/demo-rules/rule-based-matching');
    assert.strictEqual(report.status, 200);
    const body = report.json();
    assert.strictEqual(body.Status, 'ACTIVE');
    assert.ok((body.MatchCount as number) > 0);
    assert.deepStrictEqual(body.GuardedValues, []);
    assert.deepStrictEqual(body.Timings, FROZEN);

    // 501 profiles sharing one mailbox: level 1 is not matched on that value, and the log says so.
    await createRulesDomain(client, 'life-guard');
    sb.advanceRuleBasedMatching('life-guard');
    for (let i = 0; i < 501; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, 501 - i) }, () =>
        client.send(new CreateProfileCommand({ DomainName: 'life-guard', EmailAddress: 'info@example.com' }))));
    }
    const guarded = (await raw(sb, 'GET', '/_sandbox/domains/life-guard/rule-based-matching')).json();
    assert.strictEqual(guarded.MatchCount, 0);
    const log = guarded.GuardedValues as Array<{ RuleLevel: number; Attributes: string[]; ProfileCount: number }>;
    assert.strictEqual(log.length, 1);
    assert.deepStrictEqual([log[0].RuleLevel, log[0].Attributes, log[0].ProfileCount], [1, ['EmailAddress'], 501]);
    assert.ok(!JSON.stringify(log).includes('info@example.com'), 'the log never shows the values');

    const advanced = await raw(sb, 'POST', '/_sandbox/domains/life-old/rule-based-matching/advance');
    assert.strictEqual(advanced.status, 200);
    assert.strictEqual(advanced.json().Status, 'ACTIVE');
    assert.strictEqual((await raw(sb, 'GET', '/_sandbox/domains/nope/rule-based-matching')).status, 404);
  });
});

describe('sandbox: RuleBasedMatching timings and restarts', () => {
  it('with short timings the Status moves on by itself, and the lock ends', async () => {
    const sb = await startSmall({ ruleTimings: { pendingMs: 20, inProgressMs: 20, changeLockMs: 20 } });
    try {
      const client = clientFor(sb);
      await client.send(new CreateDomainCommand({ DomainName: 'timed', DefaultExpirationDays: 5 }));
      await addPeople(client, 'timed');
      const seen: string[] = [(await client.send(new UpdateDomainCommand({ DomainName: 'timed', RuleBasedMatching: rules() }))).RuleBasedMatching?.Status as string];
      await until(async () => {
        const s = await ruleStatus(client, 'timed');
        if (s && seen[seen.length - 1] !== s) seen.push(s);
        return s === 'ACTIVE' ? s : undefined;
      }, 'ACTIVE', 500);
      assert.strictEqual(seen[0], 'PENDING');
      assert.strictEqual(seen[seen.length - 1], 'ACTIVE');
      assert.ok(seen.every((s, i) => i === 0 || ['PENDING', 'IN_PROGRESS', 'ACTIVE'].indexOf(s) > ['PENDING', 'IN_PROGRESS', 'ACTIVE'].indexOf(seen[i - 1])), seen.join());
      const changed = await until(() => client.send(new UpdateDomainCommand({ DomainName: 'timed', RuleBasedMatching: rules({ MaxAllowedRuleLevelForMatching: 1 }) }))
        .then((o) => o.RuleBasedMatching?.Status, () => undefined), 'the lock to end', 500);
      assert.strictEqual(changed, 'PENDING');
    } finally {
      await sb.stop();
    }
  });

  it('a restart keeps the Status and rebuilds the same matches; an interrupted PENDING resumes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-rules-'));
    const file = path.join(dir, 'state.json');
    try {
      const first = await startSandbox({ demo: { profiles: 60, clusters: 6, seed: 3 }, jobStepMs: 0, dataFile: file, ruleTimings: FROZEN });
      let before: string[];
      try {
        const c1 = clientFor(first);
        before = (await allMatchIds(c1, 'demo-rules')).ids;
        await c1.send(new CreateDomainCommand({ DomainName: 'waiting', DefaultExpirationDays: 5 }));
        await addPeople(c1, 'waiting');
        await c1.send(new UpdateDomainCommand({ DomainName: 'waiting', RuleBasedMatching: rules() }));
      } finally {
        await first.stop();
      }
      const second = await startSandbox({ dataFile: file, ruleTimings: { pendingMs: 0, inProgressMs: 0, changeLockMs: 0 } });
      try {
        const c2 = clientFor(second);
        assert.strictEqual(await ruleStatus(c2, 'demo-rules'), 'ACTIVE');
        assert.deepStrictEqual((await allMatchIds(c2, 'demo-rules')).ids, before, 'the index is rebuilt from the stored profiles');
        await untilStatus(c2, 'waiting', 'ACTIVE');
        assert.strictEqual((await allMatchIds(c2, 'waiting')).ids.length, 1);
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
