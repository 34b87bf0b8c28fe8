// Deterministic synthetic match groups (2..5 profiles each) with realistic near-duplicates, for the
// harness and the bench. A seeded PRNG keeps runs comparable.
import type { ProfileRecord } from '../../../src/shared/profile';
import { mulberry32 } from '../../../src/sandbox/identity/prng';
import type { MatchItemLike } from '../../../src/shared/matches/matchGroup';
import type { FakeMatchData } from './fakeMatchesBackend';
import type { RuleBasedConfig } from '../../../src/shared/rules/config';

const FIRST = ['Jane', 'John', 'Maria', 'Wei', 'Aisha', 'Lars', 'Sofia', 'Diego', 'Yuki', 'Omar', 'Emma', 'Noah'];
const LAST = ['Doe', 'Smith', 'Garcia', 'Chen', 'Khan', 'Berg', 'Rossi', 'Lopez', 'Sato', 'Haddad', 'Brown', 'Miller'];
const CITY = ['Seattle', 'Austin', 'Berlin', 'Lyon', 'Osaka', 'Cairo', 'Lima', 'Oslo'];

/** The sandbox's seeded PRNG (mulberry32), so generated data is reproducible the same way. */
export const prng = mulberry32;

export function profileId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

export interface GenerateOptions {
  readonly domain?: string;
  readonly groups: number;
  readonly seed?: number;
  /** Profile values to plant in group 0's first profile (e.g. XSS payloads). */
  readonly plant?: Partial<ProfileRecord>;
  readonly autoMergeThreshold?: number;
}

export function generateMatchData(o: GenerateOptions): FakeMatchData {
  const rnd = prng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const matches: MatchItemLike[] = [];
  const profiles: ProfileRecord[] = [];
  let next = 1;
  for (let g = 0; g < o.groups; g++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const size = 2 + Math.floor(rnd() * rnd() * 4);
    const ids: string[] = [];
    for (let k = 0; k < size; k++) {
      const id = profileId(next++);
      ids.push(id);
      const p: ProfileRecord = {
        ProfileId: id,
        FirstName: k === 1 && rnd() < 0.3 ? first.toUpperCase() : first,
        LastName: k === 2 && rnd() < 0.5 ? `${last}-${pick(LAST)}` : last,
        EmailAddress: k === 1 ? `${first}.${last}@Example.com` : `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
      };
      if (rnd() < 0.6) p.PhoneNumber = k % 2 ? `+1-555-01${g % 10}-${1000 + (g % 9000)}` : `555-01${g % 10}-${1000 + (g % 9000)}`;
      if (rnd() < 0.5) p.Address = { City: pick(CITY), PostalCode: String(10000 + Math.floor(rnd() * 89999)) };
      if (rnd() < 0.4) p.Attributes = { loyaltyTier: pick(['gold', 'silver', 'bronze']) };
      if (g === 0 && k === 0 && o.plant) Object.assign(p, o.plant);
      profiles.push(p);
    }
    matches.push({ MatchId: `match-${String(g).padStart(6, '0')}`, ProfileIds: ids, ConfidenceScore: Math.round((0.35 + rnd() * 0.65) * 10000) / 10000 });
  }
  return {
    domain: o.domain ?? 'demo-retail', matches, profiles,
    autoMergeThreshold: o.autoMergeThreshold, matchGenerationDate: new Date(Date.UTC(2025, 10, 22, 0, 0, 0)),
  };
}

/** The demo-rules domain's three rules (e-mail; names + phone; names + postal code), match only. */
export const DEMO_RULE_CONFIG: RuleBasedConfig = {
  enabled: true,
  rules: [['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber'], ['FirstName', 'LastName', 'Address.PostalCode']],
  maxMatchingLevel: 3,
  selector: { matchingModel: 'MANY_TO_MANY', emailAddress: ['EmailAddress', 'BusinessEmailAddress'], phoneNumber: ['PhoneNumber', 'MobilePhoneNumber'], address: ['Address'] },
  status: 'ACTIVE',
};

/** The same groups as rule-based matches: levels 1..3 in turn, MatchIds `rule-000000`…, the demo-rules config. */
export function generateRuleMatchData(o: GenerateOptions): FakeMatchData {
  const ml = generateMatchData(o);
  const ruleMatches = ml.matches.map((m, g) => ({ MatchId: `rule-${String(g).padStart(6, '0')}`, ProfileIds: m.ProfileIds ?? [], RuleLevel: 1 + (g % 3) }));
  return { ...ml, matches: [], ruleMatches, ruleBased: DEMO_RULE_CONFIG };
}
