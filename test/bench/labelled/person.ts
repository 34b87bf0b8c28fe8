// A generated person (the truth) and how one record of them is written (the rendering a kind then varies).
import type { ProfileRecord } from '../../../src/shared/profile';
import { CITIES, FEMALE_NAMES, LAST_NAMES, MALE_NAMES, STREETS } from '../../../src/sandbox/identity/demoNames';
import { chance, pick, randInt, Random } from '../../../src/sandbox/identity/prng';
import { CountryInfo, FOREIGN } from './pools';
import type { PersonFacts } from './types';

export interface Person extends PersonFacts {
  gender: 'female' | 'male';
  country: CountryInfo | undefined; // undefined: US
  /** National significant number (no trunk 0, no country code). */
  phoneDigits: string;
  email: string;
  streetNumber: number;
  street: string;
  unit: string; // '' or e.g. '4B'
  city: string; state: string; postalCode: string;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export function randomBirthDate(rnd: Random, yearMin = 1940, yearMax = 2004): string {
  return `${randInt(rnd, yearMin, yearMax)}-${pad2(randInt(rnd, 1, 12))}-${pad2(randInt(rnd, 1, 28))}`;
}

export function randomPhoneDigits(rnd: Random, country: CountryInfo | undefined): string {
  const n = (len: number): string => Array.from({ length: len }, () => String(randInt(rnd, 0, 9))).join('');
  switch (country?.code) {
    case 'GB': return `7700900${n(3)}`; // Ofcom drama range 07700 900xxx
    case 'MX': return `55${n(8)}`;
    case 'ES': return `6${n(8)}`;
    case 'DE': return `30${n(8)}`;
    case 'IN': return `9${n(9)}`;
    default: return `555${randInt(rnd, 100, 999)}${n(4)}`; // 555 area code: fictional
  }
}

/** Person-identity key: two persons with the same key would be indistinguishable, so the factory refuses them. */
export function personKey(p: PersonFacts): string {
  return [p.given.toLowerCase(), p.surnames.join(' ').toLowerCase(), p.suffix, p.birthDate].join('|');
}

export class PersonFactory {
  private readonly keys = new Set<string>();
  private next = 0;
  readonly persons: Person[] = [];
  constructor(private readonly rnd: Random) {}

  /** A new, distinct person; `overrides` fix facts (a household's surname, a twin's birth date...). */
  make(overrides: Partial<Person> = {}): Person {
    for (let attempt = 0; ; attempt++) {
      const p = this.draw(overrides);
      const key = personKey(p);
      if (this.keys.has(key)) {
        if (attempt > 50) throw new Error(`cannot draw a distinct person for ${JSON.stringify(overrides)}`);
        continue;
      }
      this.keys.add(key);
      this.persons.push(p);
      return p;
    }
  }

  private draw(o: Partial<Person>): Person {
    const rnd = this.rnd;
    const gender = o.gender ?? (chance(rnd, 0.5) ? 'female' : 'male');
    const given = o.given ?? pick(rnd, gender === 'female' ? FEMALE_NAMES : MALE_NAMES);
    const surnames = o.surnames ?? [pick(rnd, LAST_NAMES)];
    const country = 'country' in o ? o.country : undefined;
    const place = country ? pick(rnd, country.cities) : pick(rnd, CITIES);
    const id = `P${String(this.next++).padStart(6, '0')}`;
    const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
    return {
      personId: id, given, surnames, suffix: o.suffix ?? '', birthDate: o.birthDate ?? randomBirthDate(rnd), gender, country,
      phoneDigits: o.phoneDigits ?? randomPhoneDigits(rnd, country),
      email: o.email ?? `${fold(given)}.${fold(surnames.join(''))}${randInt(rnd, 1, 999)}@example.${pick(rnd, ['com', 'org', 'net'])}`,
      streetNumber: o.streetNumber ?? randInt(rnd, 1, 9999), street: o.street ?? pick(rnd, STREETS),
      unit: o.unit ?? (chance(rnd, 0.2) ? `${randInt(rnd, 1, 20)}${pick(rnd, ['A', 'B', 'C'])}` : ''),
      city: o.city ?? place.City, state: o.state ?? ('State' in place && place.State ? place.State : ''),
      postalCode: o.postalCode ?? place.PostalCode,
    };
  }
}

/** International E.164-ish display: '+1-555-010-0000' for US, '+44 7700 900123' style otherwise. */
export function internationalPhone(p: Person): string {
  const d = p.phoneDigits;
  if (!p.country) return `+1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  const cc = p.country.callingCode;
  switch (p.country.code) {
    case 'GB': return `+${cc} ${d.slice(0, 4)} ${d.slice(4)}`;
    case 'IN': return `+${cc} ${d.slice(0, 5)} ${d.slice(5)}`;
    default: return `+${cc} ${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`;
  }
}

/** Caller id as telephony hands it over: '+15550100000', '+447700900123'. */
export function e164Phone(p: Person): string {
  return `+${p.country?.callingCode ?? '1'}${p.phoneDigits}`;
}

/** National display as a local would type it: '07700 900123', '030 12345678', '555.010.0000'. */
export function nationalPhone(p: Person): string {
  const d = p.phoneDigits;
  switch (p.country?.code) {
    case undefined: return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
    case 'GB': return `0${d.slice(0, 4)} ${d.slice(4)}`;
    case 'DE': return `0${d.slice(0, 2)} ${d.slice(2)}`;
    case 'IN': return `0${d.slice(0, 5)} ${d.slice(5)}`;
    default: return `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`; // MX, ES: no trunk prefix
  }
}

export function streetLine(p: Person, courtStyle: 'long' | 'short' = 'long'): string {
  const street = courtStyle === 'short' ? p.street.replace(/ Court$/, ' Ct').replace(/ Street$/, ' St').replace(/ Avenue$/, ' Ave')
    .replace(/ Road$/, ' Rd').replace(/ Drive$/, ' Dr').replace(/ Lane$/, ' Ln').replace(/ Boulevard$/, ' Blvd').replace(/ Place$/, ' Pl') : p.street;
  return `${p.streetNumber} ${street}`;
}

/** The canonical record of a person: every field present, international phone, ISO date, long street names. */
export function renderRecord(p: Person, profileId: string): ProfileRecord {
  const last = p.suffix ? `${p.surnames.join(' ')} ${p.suffix}` : p.surnames.join(' ');
  return {
    ProfileId: profileId, FirstName: p.given, LastName: last, BirthDate: p.birthDate,
    Gender: p.gender === 'female' ? 'FEMALE' : 'MALE', PhoneNumber: internationalPhone(p), EmailAddress: p.email,
    Address: {
      Address1: streetLine(p), ...(p.unit ? { Address2: `Apt ${p.unit}` } : {}), City: p.city,
      ...(p.state ? { State: p.state } : {}), PostalCode: p.postalCode, Country: p.country?.countryField ?? 'US',
    },
  };
}

export const pickForeign = (rnd: Random): CountryInfo => pick(rnd, FOREIGN);
