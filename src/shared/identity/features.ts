// What the ML matcher looks at, computed once per profile: the attributes the API reference names for identity
// resolution (four phone fields, three e-mail fields, full name) plus corroborating facts (birth date, gender,
// street + postal code, account number), normalized. comparison.ts compares two of these; the extension's
// explanation (explainMlMatch.ts) shows them. Pure.
import type { AddressRecord, ProfileRecord } from '../profile';
import { normalizePostalCode, normalizeStreet } from '../normalize/address';
import { readDate } from '../normalize/date';
import { emailMailboxKey, normalizeEmail } from '../normalize/email';
import { parsePersonName, type GenerationalSuffix } from '../normalize/name';
import { formalNamesOf } from '../normalize/nicknames';
import { normalizePhone, phoneRegionOf } from '../normalize/phone';

export interface ProfileFeatures {
  /** Distinct E.164 phones from PhoneNumber, MobilePhoneNumber, HomePhoneNumber, BusinessPhoneNumber. */
  phones: string[];
  /**
   * Distinct mailbox keys (email.ts emailMailboxKey: separators and +tag dropped, the API reference's JOHN_DOE /
   * johndoe example) from EmailAddress, PersonalEmailAddress, BusinessEmailAddress: what blocking and sharing use.
   */
  emails: string[];
  /** The same addresses only trimmed and lower-cased (normalizeEmail): agreeing on one of these is 'agree'. */
  exactEmails: string[];
  /**
   * Phones / e-mails of this profile that blocking found on profiles of at least SHARED_CONTACT_NAMES distinct
   * names (a switchboard, a role mailbox, a recycled number): moved out of `phones` / `emails`, so agreeing on
   * them is the weak 'shared' level, not identity evidence. Empty unless the caller knows the frequencies.
   */
  sharedPhones: string[];
  sharedEmails: string[];
  /** The given name (parsePersonName: a full name in one field is split); "" when absent. */
  first: string;
  /** The first formal name the given name stands for ("bob" -> "robert"): blocking's and sharing's name key. */
  firstCanonical: string;
  /** Every formal name the given name can stand for (nicknames.ts): nickname agreement is any overlap. */
  firstFormals: readonly string[];
  middle: string;
  /** Surname tokens joined ("morenogutierrez"); "" when absent. */
  last: string;
  /** Surname tokens ("moreno", "gutierrez"): a compound surname agrees with one of its parts. */
  surnames: readonly string[];
  suffix: GenerationalSuffix;
  /** The birth date's first ISO reading; "" when absent or unreadable. */
  birthDate: string;
  /** Every ISO reading of the birth date (two for an ambiguous d/m/y, date.ts), [] when absent. */
  birthDates: readonly string[];
  birthDateAmbiguous: boolean;
  /** 'male' | 'female' | '' (unknown/unspecified: no evidence). */
  gender: string;
  /** Street + unit + postal code as one display key; "" when street or postal code is missing. */
  street: string;
  /**
   * The domain shows this street key under people of different surnames (an office, a shared flat; set by the
   * job's term-frequency pass, sharedContacts.ts): agreeing on it is the weak 'shared' level. False unless the
   * caller knows the frequencies.
   */
  addressShared: boolean;
  streetName: string;
  unit: string;
  postalCode: string;
  accountNumber: string;
}

export function extractFeatures(p: ProfileRecord): ProfileFeatures {
  const address = p.Address ?? p.ShippingAddress ?? p.MailingAddress ?? p.BillingAddress;
  // Numbers written without a country code are read as the profile's own country's (phone.ts).
  const region = phoneRegionOf(address?.Country ?? p.Address?.Country ?? p.MailingAddress?.Country ?? p.ShippingAddress?.Country ?? p.BillingAddress?.Country);
  const name = parsePersonName({ first: p.FirstName, middle: p.MiddleName, last: p.LastName });
  const formals = name.given === '' ? [] : formalNamesOf(name.given);
  const date = readDate(p.BirthDate);
  const street = streetOf(address);
  return {
    phones: distinct([p.PhoneNumber, p.MobilePhoneNumber, p.HomePhoneNumber, p.BusinessPhoneNumber].map((v) => normalizePhone(v, region))),
    emails: distinct([p.EmailAddress, p.PersonalEmailAddress, p.BusinessEmailAddress].map(emailMailboxKey)),
    exactEmails: distinct([p.EmailAddress, p.PersonalEmailAddress, p.BusinessEmailAddress].map(normalizeEmail)),
    sharedPhones: [],
    sharedEmails: [],
    first: name.given,
    firstCanonical: formals[0] ?? '',
    firstFormals: formals,
    middle: name.middle.replace(/ /g, ''),
    last: name.surnames.join(''),
    surnames: name.surnames,
    suffix: name.suffix,
    birthDate: date?.readings[0] ?? '',
    birthDates: date?.readings ?? [],
    birthDateAmbiguous: date?.ambiguous ?? false,
    gender: genderOf(p.Gender ?? p.GenderString),
    ...street,
    addressShared: false,
    accountNumber: (p.AccountNumber ?? '').trim().toLowerCase(),
  };
}

function streetOf(a: AddressRecord | undefined): { street: string; streetName: string; unit: string; postalCode: string } {
  const postalCode = normalizePostalCode(a?.PostalCode);
  const { street: streetName, unit } = normalizeStreet(a?.Address1, a?.Address2);
  if (streetName === '' || postalCode === '') return { street: '', streetName: '', unit: '', postalCode: '' };
  return { street: `${streetName}${unit ? ` #${unit}` : ''}|${postalCode}`, streetName, unit, postalCode };
}

function genderOf(raw: string | undefined): string {
  const g = (raw ?? '').trim().toLowerCase();
  return g === 'male' || g === 'm' ? 'male' : g === 'female' || g === 'f' ? 'female' : '';
}

function distinct(values: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== undefined && !out.includes(v)) out.push(v);
  return out;
}
