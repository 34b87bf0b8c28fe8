// The demo domains' object types (three templates and a custom Amazon Connect CTR type) and how a demo profile
// becomes a stored profile with one source object of its source system. Shared by demo-retail and demo-rules.
import type { ProfileRecord } from '../../shared/profile';
import type { DemoProfile } from '../identity/demoData';
import { mulberry32 } from '../identity/prng';
import { recordDemoIngestion } from '../store/history';
import { attachObject, newStoredProfile, objectTypeFromTemplate, readSource } from '../store/objects';
import type { DomainState, ObjectTypeState } from '../store/types';
import { findTemplate } from '../templates';

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

/** Creates the demo object types in `d` and returns them. */
export function addDemoObjectTypes(d: DomainState, created: number): ObjectTypeState[] {
  const types: ObjectTypeState[] = DEMO_OBJECT_TYPES.map(([name, templateId, description]) => {
    const t = findTemplate(templateId);
    if (!t) throw new Error(`demo template ${templateId} missing`);
    return objectTypeFromTemplate(name, description, t, created);
  });
  types.push(ctrObjectType(created));
  for (const t of types) d.objectTypes.set(t.ObjectTypeName, t);
  return types;
}

/** Stores the profiles, each with one source object of its source system (seeded ids). */
export function addDemoProfiles(d: DomainState, types: readonly ObjectTypeState[], demo: readonly DemoProfile[], seed: number): void {
  const random = mulberry32(seed);
  demo.forEach((dp, i) => {
    const stored = newStoredProfile(dp.profile, dp.lastUpdatedAt);
    const type = types.find((t) => sameId(t.ObjectTypeName, dp.sourceObjectType) || sameId(t.TemplateId, dp.sourceObjectType)) ?? types[i % types.length];
    const obj = sourceObjectFor(type, dp.profile, i, random);
    const text = JSON.stringify(obj);
    const uniqueKey = uniqueValue(type, obj) ?? `${i}`;
    attachObject(stored, type, obj, text, uniqueKey);
    d.profiles.set(dp.profile.ProfileId, stored);
    recordDemoIngestion(d, stored.profile, type.ObjectTypeName, uniqueKey, text, dp.lastUpdatedAt);
  });
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
