// The deterministic demo data set: `demo-retail` (matching on, one completed identity-resolution job,
// profiles with duplicate clusters from the identity engineer's generator, object types from templates
// with one source object per profile, upload jobs in several statuses, a workflow, tags) and the
// empty domain `demo-empty`.
import type { ProfileRecord } from '../../shared/profile';
import { generateDemoProfiles, type DemoProfile } from '../identity/demoData';
import type { JobRunner } from '../jobs';
import { emptyDomain } from '../ops/domains';
import { mulberry32 } from '../identity/prng';
import { attachObject, newStoredProfile, objectTypeFromTemplate, readSource } from '../store/objects';
import type { DomainState, ObjectTypeState, SandboxState, UploadJobState, WorkflowState } from '../store/types';
import { findTemplate } from '../templates';
import { demoUploadJobs, demoWorkflow } from './demoJobs';

export interface DemoSize {
  profiles: number;
  clusters: number;
  seed?: number;
}

export const DEFAULT_DEMO: Required<DemoSize> = { profiles: 2000, clusters: 200, seed: 20200815 };

/** Object types of the demo, by template. */
const DEMO_OBJECT_TYPES: ReadonlyArray<[name: string, templateId: string, description: string]> = [
  ['SalesforceContact', 'Salesforce-Contact', 'Contacts synced from Salesforce'],
  ['ShopifyCustomer', 'Shopify-customers', 'Customers of the online store (Shopify)'],
  ['ZendeskUser', 'Zendesk-users', 'Support requesters from Zendesk'],
];

/** Contact records from Amazon Connect: a custom object type (no template). */
function ctrObjectType(now: number): ObjectTypeState {
  const f = (source: string, target: string, ContentType: string): { Source: string; Target: string; ContentType: string } => ({
    Source: `_source.${source}`, Target: target, ContentType,
  });
  return {
    ObjectTypeName: 'CTR',
    Description: 'Amazon Connect contact records',
    AllowProfileCreation: true,
    Fields: {
      ContactId: f('ContactId', '_ctr.ContactId', 'STRING'),
      CustomerPhone: f('CustomerPhone', '_profile.PhoneNumber', 'PHONE_NUMBER'),
      FirstName: f('FirstName', '_profile.FirstName', 'NAME'),
      LastName: f('LastName', '_profile.LastName', 'NAME'),
      Email: f('Email', '_profile.EmailAddress', 'EMAIL_ADDRESS'),
    },
    Keys: {
      _ctrContactId: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['ContactId'] }],
      _phone: [{ StandardIdentifiers: ['PROFILE'], FieldNames: ['CustomerPhone'] }],
    },
    CreatedAt: now,
    LastUpdatedAt: now,
    Tags: new Map(),
  };
}

const sameId = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

export function addDemoDomains(state: SandboxState, jobs: JobRunner, size: DemoSize, now: number): void {
  const seed = size.seed ?? DEFAULT_DEMO.seed;
  state.domains.set('demo-retail', buildRetail(jobs, { profiles: size.profiles, clusters: size.clusters, seed }, now));
  const empty = emptyDomain('demo-empty', 365, now);
  empty.Tags.set('env', 'demo');
  state.domains.set('demo-empty', empty);
}

function buildRetail(jobs: JobRunner, size: Required<DemoSize>, now: number): DomainState {
  const created = now - 90 * 86400;
  const d = emptyDomain('demo-retail', 366, created);
  d.LastUpdatedAt = now - 86400;
  d.Tags.set('env', 'demo');
  d.Tags.set('team', 'retail-crm');
  d.Matching = {
    Enabled: true,
    JobSchedule: { DayOfTheWeek: 'SATURDAY', Time: '00:00' },
    AutoMerging: {
      Enabled: false,
      Consolidation: { MatchingAttributesList: [['EmailAddress'], ['PhoneNumber', 'LastName']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
      MinAllowedConfidenceScoreForMerging: 0.9,
    },
  };

  const types: ObjectTypeState[] = DEMO_OBJECT_TYPES.map(([name, templateId, description]) => {
    const t = findTemplate(templateId);
    if (!t) throw new Error(`demo template ${templateId} missing`);
    return objectTypeFromTemplate(name, description, t, created);
  });
  types.push(ctrObjectType(created));
  for (const t of types) d.objectTypes.set(t.ObjectTypeName, t);

  const random = mulberry32(size.seed);
  const demo: DemoProfile[] = generateDemoProfiles({ seed: size.seed, profiles: size.profiles, clusters: size.clusters });
  demo.forEach((dp, i) => {
    const stored = newStoredProfile(dp.profile, dp.lastUpdatedAt);
    const type = types.find((t) => sameId(t.ObjectTypeName, dp.sourceObjectType) || sameId(t.TemplateId, dp.sourceObjectType)) ?? types[i % types.length];
    const obj = sourceObjectFor(type, dp.profile, i, random);
    attachObject(stored, type, obj, JSON.stringify(obj), uniqueValue(type, obj) ?? `${i}`);
    d.profiles.set(dp.profile.ProfileId, stored);
  });

  jobs.runSync(d);
  const uploads: UploadJobState[] = demoUploadJobs(now, types[0]);
  for (const u of uploads) d.uploadJobs.set(u.JobId, u);
  const wf: WorkflowState = demoWorkflow(now);
  d.workflows.set(wf.WorkflowId, wf);
  return d;
}

/** The source record a profile would have come from: the template's Fields read backwards. */
function sourceObjectFor(type: ObjectTypeState, profile: ProfileRecord, index: number, random: () => number): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const p = profile as unknown as Record<string, unknown>;
  for (const [fieldName, field] of Object.entries(type.Fields ?? {})) {
    if (!field.Source || !field.Target?.startsWith('_profile.')) continue;
    const [member, sub] = field.Target.slice('_profile.'.length).split(/\.(.*)/s);
    const holder = sub ? p[member] : p;
    const value = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[sub ?? member] : undefined;
    if (typeof value === 'string' && value !== '') obj[fieldName] = value;
  }
  // Source ids the profile does not hold: synthesize them per source system's style.
  for (const [fieldName, field] of Object.entries(type.Fields ?? {})) {
    if (obj[fieldName] !== undefined || !field.Source || readSource(obj, field.Source) !== undefined) continue;
    if (fieldName === 'ContactId') obj[fieldName] = [8, 4, 4, 4, 12].map((n) => hexDigits(random, n)).join('-');
    else if (/^(Id|id)$/.test(fieldName)) obj[fieldName] = type.TemplateId?.startsWith('Salesforce') ? `003${hex(random, 15)}` : 1000000 + index;
    else if (fieldName === 'AccountId') obj[fieldName] = `001${hex(random, 15)}`;
  }
  return obj;
}

function uniqueValue(type: ObjectTypeState, obj: Record<string, unknown>): string | undefined {
  for (const defs of Object.values(type.Keys ?? {})) {
    for (const def of defs) {
      if (!def.StandardIdentifiers?.includes('UNIQUE')) continue;
      const v = def.FieldNames?.map((fn) => obj[fn]);
      if (v?.every((x) => x !== undefined)) return v.join('_');
    }
  }
  return undefined;
}

const hex = (random: () => number, n: number): string =>
  Array.from({ length: n }, () => '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 62)]).join('');

const hexDigits = (random: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
