// What the ML matcher looks at, computed once per profile: the attributes the API reference names for identity
// resolution (four phone fields, three e-mail fields, full name) plus corroborating facts (birth date, gender,
// street + postal code, account number), normalized. comparison.ts compares two of these; the extension's
// explanation (explainMlMatch.ts) shows them. Pure.
import type { AddressRecord, ProfileRecord } from '../profile';
import { canonicalGivenName } from './nicknames';
import { normalizeEmail } from './normalizeEmail';
import { normalizeNamePart, compactName } from './normalizeName';
import { normalizePhone } from './normalizePhone';

export interface ProfileFeatures {
  /** Distinct normalised phones from PhoneNumber, MobilePhoneNumber, HomePhoneNumber, BusinessPhoneNumber. */
  phones: string[];
  /** Distinct normalised e-mails from EmailAddress, PersonalEmailAddress, BusinessEmailAddress. */
  emails: string[];
  /**
   * Phones / e-mails of this profile that blocking found on profiles of at least SHARED_CONTACT_NAMES distinct
   * names (a switchboard, a role mailbox, a recycled number): moved out of `phones` / `emails`, so agreeing on
   * them is the weak 'shared' level, not identity evidence. Empty unless the caller knows the frequencies.
   */
  sharedPhones: string[];
  sharedEmails: string[];
  /** Compact normalised name parts; "" when absent. */
  first: string;
  /** First name through the nickname table ("bob" -> "robert"). */
  firstCanonical: string;
  middle: string;
  last: string;
  birthDate: string;
  /** 'male' | 'female' | '' (unknown/unspecified: no evidence). */
  gender: string;
  /** Street line + postal code, normalised; "" when either is missing. */
  street: string;
  accountNumber: string;
}

export function extractFeatures(p: ProfileRecord): ProfileFeatures {
  const first = normalizeNamePart(p.FirstName);
  const firstToken = first.split(' ')[0];
  return {
    phones: distinct([p.PhoneNumber, p.MobilePhoneNumber, p.HomePhoneNumber, p.BusinessPhoneNumber].map(normalizePhone)),
    emails: distinct([p.EmailAddress, p.PersonalEmailAddress, p.BusinessEmailAddress].map(normalizeEmail)),
    sharedPhones: [],
    sharedEmails: [],
    first: compactName(first),
    firstCanonical: canonicalGivenName(firstToken),
    middle: compactName(normalizeNamePart(p.MiddleName)),
    last: compactName(normalizeNamePart(p.LastName)),
    birthDate: (p.BirthDate ?? '').trim(),
    gender: genderOf(p.Gender ?? p.GenderString),
    street: streetKey(p.Address ?? p.ShippingAddress ?? p.MailingAddress ?? p.BillingAddress),
    accountNumber: (p.AccountNumber ?? '').trim().toLowerCase(),
  };
}

// Street suffixes people abbreviate inconsistently; folded so "12 Oak Street" equals "12 oak st.".
const STREET_WORDS: Readonly<Record<string, string>> = {
  street: 'st', avenue: 'ave', road: 'rd', boulevard: 'blvd', drive: 'dr', lane: 'ln', court: 'ct',
  place: 'pl', apartment: 'apt', suite: 'ste', north: 'n', south: 's', east: 'e', west: 'w',
};

function streetKey(a: AddressRecord | undefined): string {
  if (!a?.Address1 || !a.PostalCode) return '';
  const words = a.Address1.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  const postal = a.PostalCode.replace(/\s+/g, '').toLowerCase().slice(0, 5);
  return `${words.map((w) => STREET_WORDS[w] ?? w).join(' ')}|${postal}`;
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
