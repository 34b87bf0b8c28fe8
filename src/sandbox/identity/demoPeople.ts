// The people behind the demo profiles and the records made of them: a person's full record, and the duplicate
// variants a careful human would still link to it (typos, casing, nicknames, phone and e-mail spellings, missing
// fields, address variants), plus households (relatives sharing phone and address). See demoData.ts. Pure.
import type { AddressRecord, ProfileRecord } from '../../shared/profile';
import {
  CITIES, COMPANY_WORDS, EMAIL_DOMAINS, FEMALE_NAMES, LAST_NAMES, LOYALTY_TIERS, MALE_NAMES,
  STREETS,
} from './demoNames';
import { addressVariant, casing, emailVariant, phoneFormat, stripAccents, typo } from './demoVariations';
import { jaroWinkler } from '../../shared/identity/jaroWinkler';
import { nicknamesOf } from '../../shared/normalize/nicknames';
import { chance, pick, Random, randInt } from './prng';


export interface Person {
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
export class People {
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
export function toRecord(rnd: Random, p: Person, completeness: Completeness): Omit<ProfileRecord, 'ProfileId'> {
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
export function duplicates(rnd: Random, p: Person, size: number): Omit<ProfileRecord, 'ProfileId'>[] {
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
