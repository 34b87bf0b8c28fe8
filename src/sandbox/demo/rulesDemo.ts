// The `demo-rules` domain: rule-based matching ACTIVE, match only (no MaxAllowedRuleLevelForMerging), three
// levels — 1: EmailAddress; 2: FirstName + LastName + PhoneNumber; 3: FirstName + LastName + Address.PostalCode +
// BirthDate — MANY_TO_MANY over the e-mail and phone sub-fields. The people are the demo generator's (other seed
// than demo-retail), so its duplicates drift realistically: mailboxes in other case, phones in eight formats, one
// changed contact channel, nicknames and typos that a rule (exact after normalization) rightly does not join.
// A few hand-written people guarantee each level and show what normalization joins (e-mail case and spaces,
// phone formats, name case) and what it does not (another birth date).
import { createHash } from 'crypto';
import type { ProfileRecord } from '../../shared/profile';
import { DEMO_EPOCH_SECONDS, generateDemoProfiles, type DemoProfile } from '../identity/demoData';
import { emptyDomain } from '../ops/domains';
import type { DomainState } from '../store/types';
import { addDemoObjectTypes, addDemoProfiles } from './demoObjects';

export const RULES_DEMO_DOMAIN = 'demo-rules';

export const RULES_DEMO_CONFIG = {
  Enabled: true,
  MatchingRules: [
    { Rule: ['EmailAddress'] },
    { Rule: ['FirstName', 'LastName', 'PhoneNumber'] },
    { Rule: ['FirstName', 'LastName', 'Address.PostalCode', 'BirthDate'] },
  ],
  MaxAllowedRuleLevelForMatching: 3,
  AttributeTypesSelector: {
    AttributeMatchingModel: 'MANY_TO_MANY',
    EmailAddress: ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'],
    PhoneNumber: ['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber'],
    Address: ['Address'],
  },
  ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
};

type Rec = Omit<ProfileRecord, 'ProfileId'> & { source: string; ageDays: number };

/** Hand-written people: each pair is one person the rules must (or must not) join. Fictional 555-01XX numbers. */
const HAND_WRITTEN: readonly Rec[] = [
  // Level 1 across sub-fields (MANY_TO_MANY), case and surrounding spaces.
  { FirstName: 'Maya', LastName: 'Okafor', EmailAddress: 'maya.okafor@example.com', PhoneNumber: '312-555-0101', source: 'ShopifyCustomer', ageDays: 40 },
  { FirstName: 'Maya', LastName: 'Okafor-Reed', PersonalEmailAddress: '  MAYA.OKAFOR@EXAMPLE.COM ', source: 'ZendeskUser', ageDays: 3 },
  // Level 2: same name, one phone in three spellings and sub-fields, three mailboxes.
  { FirstName: 'Daniel', LastName: 'Reyes', EmailAddress: 'dreyes@example.net', PhoneNumber: '(206) 555-0142', source: 'SalesforceContact', ageDays: 200 },
  { FirstName: 'DANIEL', LastName: 'reyes', EmailAddress: 'daniel.reyes@example.org', MobilePhoneNumber: '+1 206 555 0142', source: 'CTR', ageDays: 12 },
  { FirstName: 'Daniel ', LastName: 'Reyes', BusinessEmailAddress: 'd.reyes@reyes-plumbing.example', HomePhoneNumber: '206.555.0142', source: 'ZendeskUser', ageDays: 5 },
  // Level 3: no shared contact; name, postal code and birth date agree (name case and spacing differ).
  { FirstName: 'Priya', LastName: 'Natarajan', EmailAddress: 'priya.n@example.com', BirthDate: '1988-04-12',
    Address: { Address1: '1200 Pine Street', City: 'Seattle', State: 'WA', Country: 'US', PostalCode: '98101' }, source: 'SalesforceContact', ageDays: 300 },
  { FirstName: 'PRIYA', LastName: 'natarajan', EmailAddress: 'pnatarajan@example.org', BirthDate: '1988-04-12',
    Address: { Address1: '1200 PINE ST', City: 'SEATTLE', State: 'WA', Country: 'US', PostalCode: ' 98101 ' }, source: 'ShopifyCustomer', ageDays: 20 },
  // Not a match: same name and postal code, another birth date (a different person).
  { FirstName: 'Priya', LastName: 'Natarajan', EmailAddress: 'priya.natarajan.1994@example.net', BirthDate: '1994-09-30',
    Address: { Address1: '88 Union Street', City: 'Seattle', State: 'WA', Country: 'US', PostalCode: '98101' }, source: 'ZendeskUser', ageDays: 60 },
];

const handWrittenId = (i: number): string => createHash('sha256').update(`cpx-demo-rules:${i}`).digest('hex').slice(0, 32);

function handWritten(): DemoProfile[] {
  return HAND_WRITTEN.map(({ source, ageDays, ...r }, i) => ({
    profile: { ProfileId: handWrittenId(i), PartyType: 'INDIVIDUAL', ...r },
    lastUpdatedAt: DEMO_EPOCH_SECONDS - ageDays * 86400,
    sourceObjectType: source,
  }));
}

export function buildRulesDemo(size: { profiles: number; clusters: number; seed: number }, now: number): DomainState {
  const created = now - 60 * 86400;
  const d = emptyDomain(RULES_DEMO_DOMAIN, 366, created);
  d.LastUpdatedAt = now - 2 * 86400;
  d.Tags.set('env', 'demo');
  d.Tags.set('team', 'crm-rules');
  d.RuleBasedMatching = structuredClone(RULES_DEMO_CONFIG);
  // ACTIVE for two days: the index is built on start (rulesLifecycle resume) and the configuration may change.
  d.ruleStatus = { Status: 'ACTIVE', since: now - 2 * 86400, changeableAt: now - 86400 };
  const types = addDemoObjectTypes(d, created);
  const seed = size.seed + 1;
  addDemoProfiles(d, types, [...handWritten(), ...generateDemoProfiles({ seed, profiles: size.profiles, clusters: size.clusters })], seed);
  return d;
}
