// Property test: after every step of a seeded random sequence of creates, updates and deletes, the incrementally
// maintained index has exactly the groups (members, levels, MatchIds) of a full rebuild over the same profiles,
// and each step's reported change turns the previous groups into the new ones. Values come from tiny pools so
// profiles collide a lot, and the cardinality limit is small so guard states flip back and forth.
import * as assert from 'node:assert/strict';
import type { ProfileRecord } from '../../../src/shared/profile';
import { generateDemoDataset } from '../../../src/sandbox/identity/demoData';
import { chance, mulberry32, pick, shuffle, type Random } from '../../../src/sandbox/identity/prng';
import { RuleMatchIndex, type RuleMatchGroup } from '../../../src/sandbox/rules/ruleMatchIndex';
import { config } from './helpers';

const EMAILS = ['a@x.com', 'A@X.com', 'b@x.com', 'c@x.com', 'd@x.com'];
const PHONES = ['555-010-0000', '+1 555 010 0000', '555-010-0001', '+44 555 010 0000'];
const FIRST = ['Ann', 'ann', 'Bob'];
const LAST = ['Lee', 'Kim'];
const ZIPS = ['98101', '98102'];
const DATES = ['1990-01-02', '1985-05-05'];

function randomProfile(rnd: Random, id: string): ProfileRecord {
  const maybe = (p: number, values: readonly string[]): string | undefined => (chance(rnd, p) ? pick(rnd, values) : undefined);
  return {
    ProfileId: id,
    EmailAddress: maybe(0.5, EMAILS), BusinessEmailAddress: maybe(0.3, EMAILS),
    PhoneNumber: maybe(0.5, PHONES), MobilePhoneNumber: maybe(0.3, PHONES),
    FirstName: maybe(0.9, FIRST), LastName: maybe(0.9, LAST), BirthDate: maybe(0.6, DATES),
    Address: chance(rnd, 0.6) ? { PostalCode: pick(rnd, ZIPS) } : undefined,
  };
}

const RULES = [['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber'], ['FirstName', 'LastName', 'Address.PostalCode', 'BirthDate']];
const SELECTORS = [
  { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress', 'BusinessEmailAddress'], PhoneNumber: ['PhoneNumber', 'MobilePhoneNumber'], Address: ['Address'] },
  { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['Email', 'BusinessEmail'], PhoneNumber: ['Phone', 'MobilePhone'], Address: ['Address'] },
];

function apply(before: Map<string, RuleMatchGroup>, change: { removed: readonly string[]; added: readonly RuleMatchGroup[] }): Map<string, RuleMatchGroup> {
  const after = new Map(before);
  for (const id of change.removed) {
    assert.ok(after.has(id), `removed ${id} existed`);
    after.delete(id);
  }
  for (const g of change.added) after.set(g.MatchId, g);
  return after;
}

describe('RuleMatchIndex: incremental upsert/remove = full rebuild (seeded random sequences)', () => {
  for (const [s, selector] of SELECTORS.entries()) {
    for (const seed of [1, 2, 3, 4]) {
      for (const limit of [3, 500]) {
        it(`${String(selector.AttributeMatchingModel)}, seed ${seed}, cardinality limit ${limit}: 300 steps`, () => {
          const rnd = mulberry32(seed * 100 + s);
          const cfg = config(RULES, { MaxAllowedRuleLevelForMatching: seed === 4 ? 2 : 3 }, selector);
          const options = { cardinalityLimit: limit };
          const current = new Map<string, ProfileRecord>();
          for (let i = 0; i < 20; i++) current.set(`p${i}`, randomProfile(rnd, `p${i}`));
          const index = RuleMatchIndex.build(cfg, current.values(), options);
          let groups = new Map(index.groups().map((g) => [g.MatchId, g]));
          let next = 20;
          for (let step = 0; step < 300; step++) {
            const ids = [...current.keys()];
            const roll = rnd();
            let change;
            if (roll < 0.3 || ids.length < 2) {
              const p = randomProfile(rnd, `p${next++}`);
              current.set(p.ProfileId, p);
              change = index.upsert(p);
            } else if (roll < 0.75) {
              const id = pick(rnd, ids);
              const p = randomProfile(rnd, id);
              current.set(id, p);
              change = index.upsert(p);
            } else {
              const id = pick(rnd, ids);
              current.delete(id);
              change = index.remove(id);
            }
            const rebuilt = RuleMatchIndex.build(cfg, current.values(), options).groups();
            assert.deepEqual(index.groups(), rebuilt, `step ${step}`);
            groups = apply(groups, change);
            assert.deepEqual([...groups.values()].sort((a, b) => (a.MatchId < b.MatchId ? -1 : 1)), rebuilt, `change at step ${step}`);
            for (const g of rebuilt) for (const id of g.ProfileIds) assert.equal(index.groupOf(id)?.MatchId, g.MatchId);
          }
          assert.ok(index.groups().length > 0, 'the sequence produced groups at all');
        });
      }
    }
  }

  it('an unchanged profile is a no-op; removing an unknown id is a no-op', () => {
    const cfg = config(RULES, {}, SELECTORS[0]);
    const ps: ProfileRecord[] = [{ ProfileId: 'a', EmailAddress: 'a@x.com' }, { ProfileId: 'b', EmailAddress: 'A@x.com ' }];
    const index = RuleMatchIndex.build(cfg, ps);
    const before = index.groups();
    assert.deepEqual(index.upsert({ ProfileId: 'a', EmailAddress: ' a@x.com' }), { removed: [], added: [] });
    assert.deepEqual(index.remove('zzz'), { removed: [], added: [] });
    assert.equal(index.groups(), before);
  });

  it('an untouched group keeps its MatchId when another group changes', () => {
    const cfg = config(RULES, {}, SELECTORS[0]);
    const index = RuleMatchIndex.build(cfg, [
      { ProfileId: 'a', EmailAddress: 'a@x.com' }, { ProfileId: 'b', EmailAddress: 'a@x.com' },
      { ProfileId: 'c', EmailAddress: 'c@x.com' }, { ProfileId: 'd', EmailAddress: 'c@x.com' },
    ]);
    const keep = index.groupOf('a')?.MatchId;
    const change = index.upsert({ ProfileId: 'e', EmailAddress: 'c@x.com' });
    assert.equal(index.groupOf('a')?.MatchId, keep);
    assert.equal(change.removed.length, 1);
    assert.deepEqual(change.added.map((g) => g.ProfileIds), [['c', 'd', 'e']]);
  });
});

describe('RuleMatchIndex: incremental over realistic demo data', () => {
  it('upserting 1,500 demo profiles one by one gives the build\'s groups; removing them all leaves none', () => {
    const records = generateDemoDataset({ seed: 11, profiles: 1500, clusters: 150 }).profiles.map((d) => d.profile);
    const cfg = config(RULES, {}, SELECTORS[0]);
    const built = RuleMatchIndex.build(cfg, records);
    assert.ok(built.groups().length > 50, 'the demo data has rule-based duplicates');
    const index = RuleMatchIndex.build(cfg, []);
    for (const p of records) index.upsert(p);
    assert.deepEqual(index.groups(), built.groups());
    const order = shuffle(mulberry32(5), records.map((p) => p.ProfileId));
    for (const id of order.slice(0, 700)) index.remove(id);
    const rest = new Set(order.slice(700));
    assert.deepEqual(index.groups(), RuleMatchIndex.build(cfg, records.filter((p) => rest.has(p.ProfileId))).groups());
    for (const id of order.slice(700)) index.remove(id);
    assert.deepEqual(index.groups(), []);
    assert.equal(index.profileCount, 0);
  });
});
