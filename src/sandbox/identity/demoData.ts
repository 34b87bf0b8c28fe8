// Deterministic demo profiles for the sandbox's demo-retail domain, the matcher's precision/recall tests and the
// identity-resolution benchmark. Same options -> byte-identical output (seeded PRNG, fixed epoch, hashed ids).
//
// Shape of the data: `clusters` duplicate clusters of 2–6 records of one person (typos, casing, nicknames, phone
// formats, e-mail spellings, missing fields, address variants) and singletons filling up to `profiles`. Every
// duplicate but a few stays linked to its cluster's first record by something a careful human would accept: a
// shared mailbox or phone (formatted differently), or name + birth date + street address; ~3% share only the name
// and one more fact (see LinkMode 'weak'), as real data always has duplicates nobody can prove.
// Singletons have distinct names (while the name space lasts), mailboxes and phones; some share a surname or a
// city, and some are "household" members sharing a phone and address with another singleton — the matcher must
// not join those.
// Cluster 0 is the API reference's John Doe example verbatim; cluster 1 carries HTML/script payloads.
import { createHash } from 'node:crypto';
import type { AddressRecord, ProfileRecord } from '../../core/profile';
import {
  CITIES, COMPANY_WORDS, DEMO_SOURCE_OBJECT_TYPES, EMAIL_DOMAINS, FEMALE_NAMES, LAST_NAMES, LOYALTY_TIERS, MALE_NAMES,
  STREETS,
} from './demoNames';
import { addressVariant, casing, emailVariant, phoneFormat, stripAccents, typo } from './demoVariations';
import { jaroWinkler } from './jaroWinkler';
import { nicknamesOf } from './nicknames';
import { chance, mulberry32, pick, Random, randInt, shuffle } from './prng';

export { DEMO_SOURCE_OBJECT_TYPES } from './demoNames';

export interface DemoProfile {
  profile: ProfileRecord;
  /** Epoch seconds. */
  lastUpdatedAt: number;
  sourceObjectType?: string;
}

export interface DemoOptions {
  seed: number;
  /** Total number of profiles generated. */
  profiles: number;
  /** Duplicate clusters (each 2–6 profiles), including the two fixed ones; reduced if profiles cannot hold them. */
  clusters: number;
}

export interface DemoDataset {
  profiles: DemoProfile[];
  /** Ground truth: ProfileIds of each duplicate cluster (sorted), clusters in generation order. */
  clusters: string[][];
}

/** 2025-01-01T00:00:00Z: all timestamps are this minus a seeded offset (never the wall clock). */
export const DEMO_EPOCH_SECONDS = 1735689600;

/** The API reference's GetMatches example, verbatim. */
export const JOHN_DOE_EXAMPLE: readonly Omit<ProfileRecord, 'ProfileId'>[] = [
  { FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM', PhoneNumber: '555-010-0000' },
  { FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com', PhoneNumber: '+1-555-010-0000' },
];

// ---- XSS PROBES -------------------------------------------------------------------------------------------------
// Deliberately hostile values so the matches webview's escaping is tested against the demo domain. They form one
// duplicate cluster (shared mailbox). Never "fix" these: the webview must render them as inert text.
export const XSS_PROBE_PROFILES: readonly Omit<ProfileRecord, 'ProfileId'>[] = [
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    EmailAddress: 'xss.probe@example.com', PhoneNumber: '206-555-0199',
    Attributes: { note: '<svg onload=alert(2)>', loyaltyTier: 'gold' } },
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    EmailAddress: 'XSS.PROBE@EXAMPLE.COM', BusinessName: '</td><script>alert(3)</script>',
    Address: { Address1: '1 <b onmouseover=alert(4)>Main</b> St', City: 'javascript:alert(5)', PostalCode: '98101' },
    Attributes: { '<i>key</i>': '\'); alert(6); //' } },
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    PersonalEmailAddress: 'xss_probe@example.com', AdditionalInformation: '{{constructor.constructor("alert(7)")()}}' },
];
// ---- end of XSS PROBES ------------------------------------------------------------------------------------------

export function generateDemoProfiles(options: DemoOptions): DemoProfile[] {
  return generateDemoDataset(options).profiles;
}

export function generateDemoDataset(options: DemoOptions): DemoDataset {
  const rnd = mulberry32(options.seed);
  const sizes = clusterSizes(rnd, options);
  const inClusters = sizes.reduce((a, b) => a + b, 0);
  const singletons = Math.max(0, options.profiles - inClusters);
  const people = new People(rnd, options.seed);
  const out: DemoProfile[] = [];
  const clusters: string[][] = [];
  let n = 0;
  const emit = (records: Omit<ProfileRecord, 'ProfileId'>[]): string[] => records.map((r) => {
    const ProfileId = profileIdFor(options.seed, n++);
    out.push({
      profile: { ProfileId, ...r },
      lastUpdatedAt: DEMO_EPOCH_SECONDS - randInt(rnd, 0, 2 * 365 * 86400),
      sourceObjectType: pick(rnd, DEMO_SOURCE_OBJECT_TYPES),
    });
    return ProfileId;
  });

  sizes.forEach((size, c) => {
    const records = c === 0 ? [...JOHN_DOE_EXAMPLE] : c === 1 ? [...XSS_PROBE_PROFILES] : duplicates(rnd, people.next(), size);
    clusters.push(emit(records).sort());
  });
  let previous: Person | undefined;
  for (let i = 0; i < singletons; i++) {
    // ~3% households: a relative of the previous singleton (same surname, phone and address, other first name).
    const person: Person = previous && chance(rnd, 0.03) ? people.relativeOf(previous) : people.next();
    emit([toRecord(rnd, person, 'full')]);
    previous = person;
  }

  // Present the profiles in a seeded order so clusters are not contiguous (as in a real domain).
  return { profiles: shuffle(rnd, out), clusters };
}

/** Cluster sizes: the two fixed clusters, then 2–6 skewed towards pairs (50% 2, 25% 3, 13% 4, 7% 5, 5% 6). */
function clusterSizes(rnd: Random, o: DemoOptions): number[] {
  const sizes: number[] = [];
  let total = 0;
  const fixed = [JOHN_DOE_EXAMPLE.length, XSS_PROBE_PROFILES.length];
  for (let c = 0; c < o.clusters; c++) {
    const r = rnd();
    const size = c < fixed.length ? fixed[c] : r < 0.5 ? 2 : r < 0.75 ? 3 : r < 0.88 ? 4 : r < 0.95 ? 5 : 6;
    if (total + size > o.profiles) break;
    sizes.push(size);
    total += size;
  }
  return sizes;
}

function profileIdFor(seed: number, index: number): string {
  return createHash('sha256').update(`cpx-demo:${seed}:${index}`).digest('hex').slice(0, 32);
}

interface Person {
  first: string;
  last: string;
  gender: 'MALE' | 'FEMALE';
  birthDate?: string;
  /** 10 digits. */
  phone: string;
  email: string;
  address?: AddressRecord;
  accountNumber: string;
  loyaltyTier: string;
  customerSince: string;
  business?: string;
}

const FIRST_NAMES: readonly { name: string; gender: 'MALE' | 'FEMALE' }[] = [
  ...FEMALE_NAMES.map((name) => ({ name, gender: 'FEMALE' as const })),
  ...MALE_NAMES.map((name) => ({ name, gender: 'MALE' as const })),
];

/** Area codes that exist in form (2-9, not N11, not 555 which the reference example uses, not N9X). */
const AREA_CODES: readonly string[] = Array.from({ length: 800 }, (_, i) => String(200 + i))
  .filter((a) => a[1] !== '9' && a.slice(1) !== '11' && a !== '555');

/**
 * Draws distinct people: the k-th person's (first, last) pair, phone and mailbox come from bijections over their
 * spaces (k * stride mod size, stride coprime with size), so they are unique until a space is exhausted — names
 * then repeat, which real data does too — without bookkeeping, at any scale.
 */
class People {
  private k = 0;
  private readonly nameSpace = FIRST_NAMES.length * LAST_NAMES.length;
  private readonly phoneSpace = AREA_CODES.length * 100;

  constructor(private readonly rnd: Random, private readonly seed: number) {}

  next(): Person {
    const k = this.k++;
    const nameIndex = (k * 7919 + this.seed) % this.nameSpace;
    const { name: first, gender } = FIRST_NAMES[nameIndex % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(nameIndex / FIRST_NAMES.length)];
    return this.withDetails(k, first, last, gender);
  }

  /** Same surname, phone and address; a first name that does not resemble the relative's; own mailbox. */
  relativeOf(p: Person): Person {
    const k = this.k++;
    let candidate = FIRST_NAMES[Math.floor(this.rnd() * FIRST_NAMES.length)];
    for (let tries = 0; tries < 20 && (candidate.name[0] === p.first[0]
      || jaroWinkler(candidate.name.toLowerCase(), p.first.toLowerCase()) >= 0.7); tries++) {
      candidate = FIRST_NAMES[Math.floor(this.rnd() * FIRST_NAMES.length)];
    }
    const relative = this.withDetails(k, candidate.name, p.last, candidate.gender, true);
    return { ...relative, phone: p.phone, address: p.address ? { ...p.address } : undefined };
  }

  private withDetails(k: number, first: string, last: string, gender: 'MALE' | 'FEMALE', nameMayRepeat = false): Person {
    const rnd = this.rnd;
    const phoneIndex = (k * 104729 + this.seed) % this.phoneSpace;
    // Fictional numbers only: <area>-555-01XX.
    const phone = `${AREA_CODES[Math.floor(phoneIndex / 100)]}55501${String(phoneIndex % 100).padStart(2, '0')}`;
    const f = stripAccents(first).toLowerCase().replace(/[^a-z]/g, '');
    const l = stripAccents(last).toLowerCase().replace(/[^a-z]/g, '');
    // Mailboxes are unique: full-name styles are unique while names are; short styles and possibly repeated names
    // (relatives draw a random first name) carry the person number (a shared mailbox between strangers would be a false lead no matcher should follow).
    const repeated = nameMayRepeat || k >= this.nameSpace ? String(k) : '';
    const local = pick(rnd, [`${f}.${l}${repeated}`, `${l}.${f}${repeated}`, `${f[0]}${l}${k}`, `${f}${l[0]}${k}`]);
    const city = pick(rnd, CITIES);
    const hasAddress = chance(rnd, 0.8);
    return {
      first, last, gender, phone,
      email: `${local}@${pick(rnd, EMAIL_DOMAINS)}`,
      birthDate: chance(rnd, 0.75)
        ? `${randInt(rnd, 1940, 2004)}-${String(randInt(rnd, 1, 12)).padStart(2, '0')}-${String(randInt(rnd, 1, 28)).padStart(2, '0')}`
        : undefined,
      address: hasAddress ? {
        Address1: `${randInt(rnd, 1, 9999)} ${pick(rnd, STREETS)}`,
        ...(chance(rnd, 0.2) ? { Address2: `Apt ${randInt(rnd, 1, 400)}` } : {}),
        City: city.City, State: city.State, Country: 'US', PostalCode: city.PostalCode,
      } : undefined,
      accountNumber: `AC-${String(100000 + k)}`,
      loyaltyTier: pick(rnd, LOYALTY_TIERS),
      customerSince: String(randInt(rnd, 2005, 2024)),
      business: chance(rnd, 0.05) ? `${pick(rnd, COMPANY_WORDS)} ${last} ${pick(rnd, ['LLC', 'Inc.', 'Co.'])}` : undefined,
    };
  }
}

type Completeness = 'full' | 'variant';

/** The person's record as one source system holds it. */
function toRecord(rnd: Random, p: Person, completeness: Completeness): Omit<ProfileRecord, 'ProfileId'> {
  const r: Omit<ProfileRecord, 'ProfileId'> = {
    FirstName: p.first, LastName: p.last, EmailAddress: p.email, PhoneNumber: phoneFormat(rnd, p.phone),
    Gender: p.gender, PartyType: p.business ? 'BUSINESS' : 'INDIVIDUAL',
    Attributes: { loyaltyTier: p.loyaltyTier, customerSince: p.customerSince },
  };
  if (p.birthDate) r.BirthDate = p.birthDate;
  if (p.address) r.Address = { ...p.address };
  if (p.business) r.BusinessName = p.business;
  if (completeness === 'full' || chance(rnd, 0.5)) r.AccountNumber = p.accountNumber;
  if (chance(rnd, 0.1)) r.MiddleName = pick(rnd, ['A.', 'Lee', 'Marie', 'J', 'Ann', 'Ray']);
  return r;
}

/**
 * What ties a duplicate to its person's main record. 'weak' is the realistic remainder no careful matcher should
 * join: same name and one other fact only (new mailbox, no phone) — it keeps measured recall honest (< 100%).
 */
type LinkMode = 'email' | 'phone' | 'both' | 'identity' | 'weak';

/** A cluster: the person's main record, then variants each linked to it. */
function duplicates(rnd: Random, p: Person, size: number): Omit<ProfileRecord, 'ProfileId'>[] {
  const base = toRecord(rnd, p, 'full');
  const records = [base];
  for (let i = 1; i < size; i++) {
    const r = rnd();
    const mode: LinkMode = r < 0.42 ? 'email' : r < 0.73 ? 'phone' : r < 0.92 ? 'both' : r < 0.97 ? 'identity' : 'weak';
    records.push(variant(rnd, p, base, mode === 'identity' && !(p.birthDate && p.address) ? 'both' : mode));
  }
  return records;
}

function variant(rnd: Random, p: Person, base: Omit<ProfileRecord, 'ProfileId'>, mode: LinkMode): Omit<ProfileRecord, 'ProfileId'> {
  if (mode === 'weak') return weakVariant(rnd, p);
  const v = toRecord(rnd, p, 'variant');
  // Contact details: keep the link, and treat the other channel as the person's life does (changed, or unknown).
  const keepEmail = mode === 'email' || mode === 'both' || (mode === 'phone' && chance(rnd, 0.2));
  const keepPhone = mode === 'phone' || mode === 'both' || (mode === 'email' && chance(rnd, 0.2));
  v.EmailAddress = keepEmail ? (chance(rnd, 0.6) ? emailVariant(rnd, p.email) : p.email) : undefined;
  // A new mailbox of the same person: unique because it extends their (unique) old local part.
  if (!keepEmail && chance(rnd, 0.5)) {
    v.EmailAddress = `${p.email.split('@')[0]}.new${randInt(rnd, 10, 99)}@${pick(rnd, EMAIL_DOMAINS)}`;
  }
  v.PhoneNumber = keepPhone ? phoneFormat(rnd, p.phone) : undefined;
  if (v.EmailAddress && chance(rnd, 0.2)) [v.PersonalEmailAddress, v.EmailAddress] = [v.EmailAddress, undefined];
  if (v.PhoneNumber && chance(rnd, 0.3)) {
    const field = pick(rnd, ['MobilePhoneNumber', 'HomePhoneNumber'] as const);
    [v[field], v.PhoneNumber] = [v.PhoneNumber, undefined];
  }

  // Name drift. An 'identity' link (no shared contact) only gets formatting changes: the person's name must
  // still read the same to tie the records together with birth date and address.
  const formattingOnly = mode === 'identity';
  const r = rnd();
  if (r < 0.15) { v.FirstName = casing(rnd, p.first); v.LastName = casing(rnd, p.last); }
  else if (r < 0.25) { v.FirstName = stripAccents(p.first); v.LastName = stripAccents(p.last); }
  else if (r < 0.4 && !formattingOnly) {
    const nick = nicknamesOf(stripAccents(p.first).toLowerCase());
    if (nick.length > 0) v.FirstName = capitalise(pick(rnd, nick));
  } else if (r < 0.5 && !formattingOnly) v.FirstName = typo(rnd, p.first);
  else if (r < 0.6 && !formattingOnly) v.LastName = typo(rnd, p.last);
  else if (r < 0.63 && !formattingOnly) v.FirstName = p.first[0];
  else if (r < 0.66 && !formattingOnly) delete v.FirstName;
  if (mode !== 'phone' && mode !== 'identity' && v.FirstName === p.first && p.gender === 'FEMALE' && chance(rnd, 0.05)) v.LastName = pick(rnd, LAST_NAMES); // married

  // Other fields go missing or drift; never contradict (a different birth date is a different person).
  if (!formattingOnly) {
    if (chance(rnd, 0.35)) delete v.BirthDate;
    if (chance(rnd, 0.25)) delete v.Address;
  }
  if (v.Address && chance(rnd, 0.5)) v.Address = addressVariant(rnd, v.Address);
  if (chance(rnd, 0.3)) delete v.Gender;
  if (chance(rnd, 0.3) && v.Attributes) v.Attributes.loyaltyTier = pick(rnd, LOYALTY_TIERS);
  if (chance(rnd, 0.2)) v.Attributes = { ...(v.Attributes ?? {}), lastChannel: pick(rnd, ['web', 'store', 'phone', 'app']) };
  // An identity link needs the account number too only when address variants may blur the street key.
  if (formattingOnly && base.AccountNumber) v.AccountNumber = base.AccountNumber;
  for (const k of Object.keys(v) as (keyof typeof v)[]) if (v[k] === undefined) delete v[k];
  return v;
}

function weakVariant(rnd: Random, p: Person): Omit<ProfileRecord, 'ProfileId'> {
  const v: Omit<ProfileRecord, 'ProfileId'> = {
    FirstName: p.first, LastName: p.last, PartyType: 'INDIVIDUAL',
    EmailAddress: `${p.email.split('@')[0]}.alt${randInt(rnd, 10, 99)}@${pick(rnd, EMAIL_DOMAINS)}`,
  };
  if (p.birthDate) v.BirthDate = p.birthDate;
  else if (p.address) v.Address = { ...p.address };
  return v;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
