// How each hard-negative kind writes 2-3 DIFFERENT persons that look alike (one record each).
import type { ProfileRecord } from '../../../src/shared/profile';
import { COMPANY_WORDS, LAST_NAMES } from '../../../src/sandbox/identity/demoNames';
import { chance, pick, randInt, Random } from '../../../src/sandbox/identity/prng';
import { CLOSE_NAME } from '../../../src/shared/identity/comparison';
import { jaroWinkler } from '../../../src/shared/identity/jaroWinkler';
import { Person, PersonFactory, randomBirthDate, renderRecord } from './person';
import type { NegativeKind } from './types';

type Draft = Omit<ProfileRecord, 'ProfileId'>;
export interface NegativeDraft { persons: Person[]; records: Draft[] }

const strip = (r: ProfileRecord): Draft => { const { ProfileId: _id, ...rest } = r; return rest; };

/** Facts shared by everyone at one address. */
function sharedHome(first: Person): Partial<Person> {
  return { surnames: first.surnames, phoneDigits: first.phoneDigits, streetNumber: first.streetNumber, street: first.street,
    unit: first.unit, city: first.city, state: first.state, postalCode: first.postalCode };
}

export function draftNegative(kind: NegativeKind, f: PersonFactory, rnd: Random): NegativeDraft {
  const size = chance(rnd, 0.3) ? 3 : 2;
  const persons: Person[] = [];
  const givens = new Set<string>();
  // Relatives get given names a reader can tell apart: not one already used, nor a spelling of it ("Teresa" for
  // "Theresa", Jaro-Winkler ≥ 0.88, seed 2's twins), which on paper is indistinguishable from a typo of one person.
  const distinctGiven = (p: Partial<Person>): Person => {
    for (;;) {
      const q = f.make(p);
      const fold = q.given.toLowerCase();
      if ([...givens].every((g) => jaroWinkler(g.toLowerCase(), fold) < CLOSE_NAME)) { givens.add(q.given); return q; }
    }
  };
  switch (kind) {
    case 'household': {
      const first = f.make(); persons.push(first); givens.add(first.given);
      const births = new Set([first.birthDate]);
      while (persons.length < size) {
        const q = distinctGiven({ ...sharedHome(first), birthDate: randomBirthDate(rnd) });
        if (births.has(q.birthDate)) continue; births.add(q.birthDate); persons.push(q);
      }
      break;
    }
    case 'twins': {
      const first = f.make({ birthDate: randomBirthDate(rnd, 1970, 2004) }); persons.push(first); givens.add(first.given);
      while (persons.length < size) persons.push(distinctGiven({ ...sharedHome(first), birthDate: first.birthDate }));
      break;
    }
    case 'jrSr': {
      const sr = f.make({ gender: 'male', suffix: 'Sr', birthDate: randomBirthDate(rnd, 1940, 1960) });
      const jr = f.make({ ...sharedHome(sr), gender: 'male', given: sr.given, suffix: 'Jr', birthDate: randomBirthDate(rnd, 1975, 1995) });
      persons.push(sr, jr);
      break;
    }
    case 'roleMailbox': {
      const company = `${pick(rnd, COMPANY_WORDS).toLowerCase()}${randInt(rnd, 1, 999)}`;
      const first = f.make();
      const common: Partial<Person> = { email: `info@${company}.example.com`, phoneDigits: first.phoneDigits, streetNumber: first.streetNumber,
        street: first.street, unit: '', city: first.city, state: first.state, postalCode: first.postalCode };
      persons.push(first);
      const surnames = new Set([first.surnames[0]]);
      while (persons.length < size) {
        const sameGiven = chance(rnd, 0.4); // co-workers called the same given name
        const surname = pick(rnd, LAST_NAMES);
        if (surnames.has(surname)) continue; surnames.add(surname);
        persons.push(f.make({ ...common, surnames: [surname], ...(sameGiven ? { given: first.given, gender: first.gender } : {}) }));
      }
      persons[0] = Object.assign(persons[0], { email: common.email, unit: '' });
      break;
    }
    case 'recycledNumber': {
      const first = f.make(); persons.push(first);
      const surnames = new Set([first.surnames[0]]); const cities = new Set([first.city]);
      while (persons.length < size) {
        const q = f.make({ phoneDigits: first.phoneDigits });
        if (surnames.has(q.surnames[0]) || cities.has(q.city)) continue; // a rejected draw stays an unused person
        surnames.add(q.surnames[0]); cities.add(q.city); persons.push(q);
      }
      break;
    }
    case 'namesake': {
      // Two people of one name and gender, each known on one channel: one by e-mail and birth date, the other by
      // phone and address, so the records share nothing but the name. A same-person pair written that way would look
      // exactly the same, which is why the 'channel' duplicate kind always shares a value: a matcher that linked
      // such pairs would merge these strangers.
      const first = f.make(); persons.push(first);
      persons.push(f.make({ given: first.given, surnames: first.surnames, gender: first.gender }));
      break;
    }
  }
  const records = persons.map((p, i) => {
    const d = strip(renderRecord(p, ''));
    if (kind === 'roleMailbox') d.BusinessName = p.email.split('@')[1].split('.')[0];
    if (kind === 'jrSr' && p.suffix === 'Sr' && chance(rnd, 0.5)) d.LastName = p.surnames.join(' '); // Sr often unwritten
    if (kind === 'namesake') {
      if (i === 0) { delete d.PhoneNumber; delete d.Address; } else { delete d.EmailAddress; delete d.BirthDate; }
    }
    return d;
  });
  return { persons, records };
}
