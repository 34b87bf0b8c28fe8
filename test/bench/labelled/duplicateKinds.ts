// How each duplicate kind writes 2-3 records of ONE person: the first record is canonical (renderRecord), the
// others vary exactly the aspect the kind names (the audit checks nothing else differs).
import type { ProfileRecord } from '../../../src/shared/profile';
import { chance, pick, randInt, Random, shuffle } from '../../../src/sandbox/identity/prng';
import { e164Phone, nationalPhone, Person, PersonFactory, pickForeign, renderRecord, streetLine } from './person';
import { DIACRITIC_GIVEN, DIACRITIC_SURNAMES, HISPANIC_GIVEN, HISPANIC_SURNAMES, MONTHS, NICKNAMES } from './pools';
import type { DuplicateKind } from './types';

type Draft = Omit<ProfileRecord, 'ProfileId'>;
/** Fields a kind relies on: never dropped by the missing-value pass. */
export type KeptField = 'email' | 'phone' | 'birthDate' | 'address';

export interface DuplicateDraft { person: Person; records: Draft[]; keep: KeptField[] }

const strip = (r: ProfileRecord): Draft => { const { ProfileId: _id, ...rest } = r; return rest; };
const canonical = (p: Person): Draft => strip(renderRecord(p, ''));

/** '1985-03-07' -> '03/07/1985'. */
const usDate = (iso: string): string => { const [y, m, d] = iso.split('-'); return `${m}/${d}/${y}`; };

/** '1985-03-07' -> '03/07/1985' (US order) or '7 Mar 1985'. */
export function otherDateFormat(iso: string, rnd: Random): string {
  if (chance(rnd, 0.5)) return usDate(iso);
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** 'maria.lopez12@example.com' -> 'Maria.Lopez12@Example.com': capitals as a customer types them in a web form. */
export const typedEmail = (email: string): string => email.replace(/(^|[.@])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** One digit of the ISO date changed, still a valid date (day digit kept ≤ 28, month ≤ 12). */
export function birthDateTypo(iso: string, rnd: Random): string {
  for (;;) {
    const digits = iso.split('');
    const positions = [2, 3, 5, 6, 8, 9]; // year's last two, month, day
    const at = pick(rnd, positions);
    digits[at] = String((Number(digits[at]) + randInt(rnd, 1, 9)) % 10);
    const candidate = digits.join('');
    const [, m, d] = candidate.split('-').map(Number);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 28 && candidate !== iso) return candidate;
  }
}

function typoed(word: string, rnd: Random): string {
  if (word.length < 3) return word + 'h';
  for (;;) { const t = typoOnce(word, rnd); if (t.toLowerCase() !== word.toLowerCase()) return t; }
}

function typoOnce(word: string, rnd: Random): string {
  const i = randInt(rnd, 1, word.length - 2);
  const letters = 'abcdefghijklmnoprstuvwy';
  const kind = randInt(rnd, 0, 2);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // transposition
  let c = pick(rnd, letters.split(''));
  while (c === word[i].toLowerCase()) c = pick(rnd, letters.split(''));
  return word.slice(0, i) + c + word.slice(i + 1); // substitution
}

export function draftDuplicate(kind: DuplicateKind, f: PersonFactory, rnd: Random): DuplicateDraft {
  const extra = chance(rnd, 0.3) ? 1 : 0; // 30% of clusters have a third record
  const copies = (p: Person, vary: (d: Draft, i: number) => void, keep: KeptField[] = []): DuplicateDraft => {
    const records = [canonical(p)];
    for (let i = 0; i <= extra; i++) { const d = canonical(p); vary(d, i); records.push(d); }
    return { person: p, records, keep };
  };
  switch (kind) {
    case 'birthDateFormat': { const p = f.make(); return copies(p, (d) => { d.BirthDate = otherDateFormat(p.birthDate, rnd); }, ['birthDate']); }
    // Typo kinds: a third record repeats the same typo (copied), so any two records differ by one typo at most.
    case 'birthDateTypo': { const p = f.make(); const typo = birthDateTypo(p.birthDate, rnd); return copies(p, (d) => { d.BirthDate = typo; }, ['birthDate']); }
    case 'intlPhone': {
      const p = f.make({ country: pickForeign(rnd) });
      return copies(p, (d) => { d.PhoneNumber = nationalPhone(p); }, ['phone', 'address']);
    }
    case 'usPhoneFormat': {
      const p = f.make();
      const digits = p.phoneDigits;
      const forms = [nationalPhone(p), `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`, digits];
      return copies(p, (d, i) => { d.PhoneNumber = forms[i % forms.length]; }, ['phone']);
    }
    case 'addressAbbrev': {
      const p = f.make({ street: pick(rnd, ['Forest Court', 'Mill Court', 'Oak Court', 'Main Street', 'Park Avenue']), unit: `${randInt(rnd, 1, 12)}B` });
      return copies(p, (d) => {
        d.Address = { ...d.Address, Address1: chance(rnd, 0.5) ? `${streetLine(p, 'short')} #${p.unit}` : streetLine(p, 'short') };
        if (d.Address.Address1?.includes('#')) delete d.Address.Address2; else d.Address.Address2 = `#${p.unit}`;
      }, ['address']);
    }
    case 'postcodeTypo': {
      const p = f.make();
      const pc = p.postalCode; const at = randInt(rnd, 0, pc.length - 1);
      const typo = pc.slice(0, at) + String((Number(pc[at]) + randInt(rnd, 1, 9)) % 10) + pc.slice(at + 1);
      return copies(p, (d) => { d.Address = { ...d.Address, PostalCode: typo }; }, ['address']);
    }
    case 'fullNameOneField': {
      const p = f.make({ given: pick(rnd, HISPANIC_GIVEN), surnames: [pick(rnd, HISPANIC_SURNAMES), pick(rnd, HISPANIC_SURNAMES)] });
      return copies(p, (d) => { d.FirstName = `${p.given} ${p.surnames.join(' ')}`; delete d.LastName; });
    }
    case 'compoundSurname': {
      const p = f.make({ given: pick(rnd, HISPANIC_GIVEN), surnames: [pick(rnd, HISPANIC_SURNAMES), pick(rnd, HISPANIC_SURNAMES)] });
      return copies(p, (d) => { d.LastName = p.surnames[0]; });
    }
    case 'diacritics': {
      const [given, plainGiven] = pick(rnd, DIACRITIC_GIVEN);
      const [surname, plainSurname] = pick(rnd, DIACRITIC_SURNAMES);
      const p = f.make({ given, surnames: [surname] });
      return copies(p, (d) => { d.FirstName = plainGiven; d.LastName = plainSurname; });
    }
    case 'nickname': {
      const [nick, formal] = pick(rnd, NICKNAMES);
      const p = f.make({ given: formal });
      return copies(p, (d) => { d.FirstName = nick; });
    }
    case 'channel': {
      // One person reaching the business on several channels. Each channel keeps only what it captures, written its
      // own way: the web account has everything as the customer typed it (national phone, e-mail with capitals);
      // voice keeps the caller id in E.164 and the name the agent typed; chat keeps the name (half the time the
      // first name only) and the e-mail the chat form lower-cased; the store's loyalty card keeps the name, the
      // address with short street names and the birth date in US order. Each channel record shares at least one
      // value (spelled differently) with the web account; two channel records may share only the name and join the
      // person through the web account. Records that share nothing but the name are not a duplicate kind: they are
      // the 'namesake' hard negative's shape (negativeKinds.ts).
      const p = f.make(chance(rnd, 0.3) ? { country: pickForeign(rnd) } : {});
      const web = canonical(p);
      web.EmailAddress = typedEmail(p.email);
      web.PhoneNumber = nationalPhone(p);
      const voice: Draft = { FirstName: web.FirstName, LastName: web.LastName, PhoneNumber: e164Phone(p) };
      // A chat form often asks for a first name only.
      const chat: Draft = { FirstName: web.FirstName, ...(chance(rnd, 0.5) ? { LastName: web.LastName } : {}), EmailAddress: p.email.toLowerCase() };
      const store: Draft = {
        FirstName: web.FirstName, LastName: web.LastName, Gender: web.Gender, BirthDate: usDate(p.birthDate),
        Address: { ...web.Address, Address1: streetLine(p, 'short') },
      };
      const channels = shuffle(rnd, [voice, chat, store]).slice(0, 1 + extra);
      return { person: p, records: [web, ...channels], keep: ['email', 'phone', 'birthDate', 'address'] };
    }
    case 'typo': {
      const p = f.make();
      const inGiven = chance(rnd, 0.5);
      const typo = typoed(inGiven ? p.given : p.surnames[0], rnd);
      return copies(p, (d) => { if (inGiven) d.FirstName = typo; else d.LastName = typo; });
    }
    case 'swappedNames': {
      const p = f.make();
      return copies(p, (d) => { d.FirstName = p.surnames[0]; d.LastName = p.given; });
    }
  }
}

