// DetectProfileObjectType's detection: from up to five sample objects, the one object-type mapping the
// service answers (Fields, Keys, SourceLastUpdatedTimestampFormat). The service does not document its
// rules; these are the sandbox's, chosen to be predictable:
//
// Fields
// - Every leaf of every sample is a field: nested objects give dotted paths (`address.city`), so Source is
//   `_source.address.city` and the field name is the path (characters outside the model's fieldName
//   pattern become `_`). Arrays are skipped (an object-type field reads one value). Fields keep the order
//   in which the samples first show them.
// - The leaf's name is normalized (lowercase, letters and digits only, a leading customer/contact/user/
//   client dropped) and matched against the standard profile fields: e-mail (EmailAddress; personal/home ->
//   PersonalEmailAddress, business/work -> BusinessEmailAddress), phone (PhoneNumber; mobile/cell, home,
//   business/work/office variants), first/middle/last name, birth date, gender, account number, company
//   (BusinessName), party type, and address parts (Address1-4, City, County, State, Province, Country,
//   PostalCode) of Address, or of Shipping/Billing/MailingAddress when the path or the leaf says so
//   (`BillingCity`, `shipping.zip`). A field whose name says nothing but whose every sample value is an
//   e-mail address (or an E.164 phone number) maps to EmailAddress (PhoneNumber).
// - Each profile target is filled by the first field that claims it; later claimants and unrecognised
//   fields are listed with Source and ContentType only (no Target: they stay on the object).
// - ContentType: EMAIL_ADDRESS, PHONE_NUMBER, NAME for the name and company fields, NUMBER for fields whose
//   every sample value is a number, STRING otherwise.
// Keys
// - PROFILE keys `_email`, `_phone` and `_account` from the first e-mail, phone and account-number field.
// - One UNIQUE key from an id field: top level before nested, and at each level `id` before a name ending in
//   `id`, if it is present in every sample with distinct values; named `_` + the field name in lower camel case.
// SourceLastUpdatedTimestampFormat
// - From the first field named like a last-update time (updatedAt, lastModified, timestamp, ...) whose
//   values all have one format: a Java date pattern for ISO-8601 strings (as the templates write it,
//   e.g. "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), EPOCHMILLI (the reference's word) for epoch numbers.
import { badRequest } from './errors';

interface DetectedField {
  Source: string;
  Target?: string;
  ContentType: 'STRING' | 'NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS' | 'NAME';
}
interface DetectedKey {
  StandardIdentifiers: string[];
  FieldNames: string[];
}
export interface DetectedObjectType {
  Fields: Record<string, DetectedField>;
  Keys: Record<string, DetectedKey[]>;
  SourceLastUpdatedTimestampFormat?: string;
}

interface Leaf {
  path: string[];
  values: unknown[];
  /** How many samples have this leaf. */
  seen: number;
}

type Kind = 'email' | 'phone' | 'name' | 'account' | 'plain';
const SCALARS: ReadonlyArray<[RegExp, string, Kind]> = [
  [/^(e?mail|emailaddress|emailid)$/, 'EmailAddress', 'email'],
  [/^(personal|home|private)e?mail(address)?$/, 'PersonalEmailAddress', 'email'],
  [/^(business|work|office)e?mail(address)?$/, 'BusinessEmailAddress', 'email'],
  [/^(mobile|cell)(phone)?(number)?$/, 'MobilePhoneNumber', 'phone'],
  [/^homephone(number)?$/, 'HomePhoneNumber', 'phone'],
  [/^(business|work|office)phone(number)?$/, 'BusinessPhoneNumber', 'phone'],
  [/^(phone|phonenumber|phoneno|telephone|telephonenumber|tel)$/, 'PhoneNumber', 'phone'],
  [/^(firstname|givenname|fname|forename)$/, 'FirstName', 'name'],
  [/^(middlename|mname)$/, 'MiddleName', 'name'],
  [/^(lastname|surname|familyname|lname)$/, 'LastName', 'name'],
  [/^(birthdate|dateofbirth|dob|birthday)$/, 'BirthDate', 'plain'],
  [/^(gender|sex)$/, 'GenderString', 'plain'],
  [/^(accountnumber|accountno|accountnum|customernumber|membernumber)$/, 'AccountNumber', 'account'],
  [/^(company|companyname|businessname|organization|organisation|employer)$/, 'BusinessName', 'name'],
  [/^partytype$/, 'PartyTypeString', 'plain'],
];
const ADDRESS_PARTS: ReadonlyArray<[RegExp, string]> = [
  [/^(address1?|street|streetaddress|addressline1?|line1)$/, 'Address1'],
  [/^(address2|addressline2|line2)$/, 'Address2'],
  [/^(address3|addressline3|line3)$/, 'Address3'],
  [/^(address4|addressline4|line4)$/, 'Address4'],
  [/^(city|town|locality)$/, 'City'],
  [/^county$/, 'County'],
  [/^(state|statecode|region)$/, 'State'],
  [/^province$/, 'Province'],
  [/^(country|countrycode|countryname)$/, 'Country'],
  [/^(postalcode|zip|zipcode|postcode)$/, 'PostalCode'],
];
const ADDRESS_KINDS: ReadonlyArray<[string, string]> = [['shipping', 'ShippingAddress'], ['billing', 'BillingAddress'], ['mailing', 'MailingAddress']];
const UPDATED_NAMES = /^(lastupdated|lastupdatedat|lastupdatedtime|lastupdatedate|updated|updatedat|updatedon|updatetime|lastmodified|lastmodifiedat|lastmodifieddate|lastmodifiedtime|modified|modifiedat|timestamp|systemmodstamp)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+\d{8,15}$/;

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const withoutOwner = (s: string): string => s.replace(/^(customer|contact|user|client)(?=[a-z])/, '');

/** Parses the samples (BadRequestException for one that is not a JSON object) and answers the mapping. */
export function detectObjectType(objects: readonly string[]): DetectedObjectType | undefined {
  const leaves = new Map<string, Leaf>();
  objects.forEach((text, i) => {
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      throw badRequest(`Objects.${i + 1}: not valid JSON (${(e as Error).message}).`);
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw badRequest(`Objects.${i + 1}: must be a JSON object.`);
    collectLeaves(obj as Record<string, unknown>, [], leaves);
  });
  if (leaves.size === 0) return undefined;

  const Fields: Record<string, DetectedField> = {};
  const claimed = new Set<string>();
  const firstOfKind = new Map<Kind, string>();
  const taken = new Set<string>();
  const named = [...leaves.values()].map((leaf) => ({ leaf, name: fieldName(leaf.path, taken) }));
  for (const { leaf, name } of named) {
    const found = recognise(leaf);
    const target = found && !claimed.has(found.target) ? found.target : undefined;
    if (target) claimed.add(target);
    const kind = target ? found?.kind : undefined;
    if (kind && kind !== 'plain' && kind !== 'name' && !firstOfKind.has(kind)) firstOfKind.set(kind, name);
    Fields[name] = { Source: `_source.${leaf.path.join('.')}`, ...(target ? { Target: `_profile.${target}` } : {}), ContentType: contentType(leaf, kind) };
  }

  const Keys: Record<string, DetectedKey[]> = {};
  for (const [kind, keyName] of [['email', '_email'], ['phone', '_phone'], ['account', '_account']] as const) {
    const f = firstOfKind.get(kind);
    if (f) Keys[keyName] = [{ StandardIdentifiers: ['PROFILE'], FieldNames: [f] }];
  }
  const unique = uniqueField(named, objects.length);
  if (unique) Keys[keyNameOf(unique)] = [{ StandardIdentifiers: ['UNIQUE'], FieldNames: [unique] }];

  const format = timestampFormat(named);
  return { Fields, Keys, ...(format ? { SourceLastUpdatedTimestampFormat: format } : {}) };
}

function collectLeaves(obj: Record<string, unknown>, prefix: string[], out: Map<string, Leaf>): void {
  for (const [k, v] of Object.entries(obj)) {
    const path = [...prefix, k];
    if (Array.isArray(v)) continue;
    if (v !== null && typeof v === 'object') {
      collectLeaves(v as Record<string, unknown>, path, out);
      continue;
    }
    const id = JSON.stringify(path);
    const leaf = out.get(id) ?? { path, values: [], seen: 0 };
    leaf.seen++;
    if (v !== null) leaf.values.push(v);
    out.set(id, leaf);
  }
}

/** The model's fieldName: ^[a-zA-Z0-9_.-]+$, at most 64 characters; made unique. */
function fieldName(path: readonly string[], taken: Set<string>): string {
  const base = path.join('.').replace(/[^a-zA-Z0-9_.-]/g, '_').slice(0, 60) || 'field';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

function recognise(leaf: Leaf): { target: string; kind: Kind } | undefined {
  const leafName = withoutOwner(norm(leaf.path[leaf.path.length - 1]));
  for (const [re, target, kind] of SCALARS) if (re.test(leafName)) return { target, kind };
  const address = addressPart(leaf.path);
  if (address) return { target: address, kind: 'plain' };
  const strings = leaf.values.filter((v): v is string => typeof v === 'string');
  if (strings.length > 0 && strings.length === leaf.values.length) {
    if (strings.every((s) => EMAIL.test(s))) return { target: 'EmailAddress', kind: 'email' };
    if (strings.every((s) => E164.test(s))) return { target: 'PhoneNumber', kind: 'phone' };
  }
  return undefined;
}

function addressPart(path: readonly string[]): string | undefined {
  let leafName = withoutOwner(norm(path[path.length - 1]));
  const parents = path.slice(0, -1).map(norm).join('.');
  let holder = ADDRESS_KINDS.find(([word]) => parents.includes(word))?.[1];
  for (const [word, field] of [...ADDRESS_KINDS, ['home', 'Address'] as const]) {
    if (leafName.startsWith(word) && leafName.length > word.length) {
      holder ??= field;
      leafName = leafName.slice(word.length);
      break;
    }
  }
  const part = ADDRESS_PARTS.find(([re]) => re.test(leafName))?.[1];
  // A bare `address` leaf is Address1 only when it is a string (not a parent of parts: those are objects).
  return part ? `${holder ?? 'Address'}.${part}` : undefined;
}

function contentType(leaf: Leaf, kind: Kind | undefined): DetectedField['ContentType'] {
  if (kind === 'email') return 'EMAIL_ADDRESS';
  if (kind === 'phone') return 'PHONE_NUMBER';
  if (kind === 'name') return 'NAME';
  if (leaf.values.length > 0 && leaf.values.every((v) => typeof v === 'number')) return 'NUMBER';
  return 'STRING';
}

function uniqueField(named: ReadonlyArray<{ leaf: Leaf; name: string }>, samples: number): string | undefined {
  const usable = named.filter(({ leaf }) => {
    if (leaf.seen !== samples || leaf.values.length !== samples) return false;
    if (!leaf.values.every((v) => typeof v === 'string' || typeof v === 'number')) return false;
    return new Set(leaf.values.map(String)).size === samples;
  });
  const leafName = (l: Leaf): string => norm(l.path[l.path.length - 1]);
  const rank = ({ leaf }: { leaf: Leaf }): number => (leaf.path.length === 1 ? 0 : 2) + (leafName(leaf) === 'id' ? 0 : 1);
  const ids = usable.filter(({ leaf }) => leafName(leaf).endsWith('id')).sort((a, b) => rank(a) - rank(b));
  return ids[0]?.name;
}

/** `_` + the field name in lower camel case, within the model's key name pattern ^[a-zA-Z0-9_-]+$. */
function keyNameOf(field: string): string {
  const parts = field.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  const camel = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
  return `_${camel || 'id'}`.slice(0, 64);
}

function timestampFormat(named: ReadonlyArray<{ leaf: Leaf; name: string }>): string | undefined {
  for (const { leaf } of named) {
    if (!UPDATED_NAMES.test(norm(leaf.path[leaf.path.length - 1])) || leaf.values.length === 0) continue;
    const formats = new Set(leaf.values.map(formatOf));
    const [only] = formats;
    if (formats.size === 1 && only) return only;
  }
  return undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}(:\d{2}(\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}|[+-]\d{4})?$/;

/** The Java pattern of one ISO-8601 value (as the templates write theirs), EPOCHMILLI for epoch numbers. */
export function formatOf(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{10,13}$/.test(value))) return Number(value) > 0 ? 'EPOCHMILLI' : undefined;
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, sep, secs, , fraction, zone] = m;
  const time = `HH:mm${secs ? ':ss' : ''}${fraction ? `.${'S'.repeat(fraction.length)}` : ''}`;
  const zonePattern = zone === undefined ? '' : zone === 'Z' || zone.includes(':') ? 'XXX' : 'Z';
  return `yyyy-MM-dd${sep === 'T' ? "'T'" : ' '}${time}${zonePattern}`;
}
