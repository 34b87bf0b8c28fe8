// The profile fields each ML attribute reads (features.ts decides how they are normalized), as stored, so the
// explanation can show "PhoneNumber: +1-555-010-0000" next to what was compared.
import type { AddressRecord, ProfileRecord } from '../profile';
import type { MlAttribute } from './comparison';

export interface RawValue {
  /** Profile field, e.g. "MobilePhoneNumber" or "ShippingAddress". */
  readonly field: string;
  readonly value: string;
}

const FIELDS: Readonly<Record<Exclude<MlAttribute, 'address'>, readonly (keyof ProfileRecord)[]>> = {
  email: ['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress'],
  phone: ['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber'],
  firstName: ['FirstName'],
  lastName: ['LastName'],
  birthDate: ['BirthDate'],
  accountNumber: ['AccountNumber'],
  gender: ['Gender', 'GenderString'],
};

/** The address the model uses: the first present of these (as features.ts reads it). */
const ADDRESS_FIELDS = ['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress'] as const;

function addressText(a: AddressRecord): string {
  return [a.Address1, a.City, a.PostalCode].filter((v) => v !== undefined && v !== '').join(', ');
}

export function rawValues(attribute: MlAttribute, p: ProfileRecord): RawValue[] {
  if (attribute === 'address') {
    const field = ADDRESS_FIELDS.find((f) => p[f] !== undefined);
    const a = field ? p[field] : undefined;
    return field && a ? [{ field, value: addressText(a) }] : [];
  }
  const out: RawValue[] = [];
  for (const field of FIELDS[attribute]) {
    const v = p[field];
    if (typeof v === 'string' && v !== '') out.push({ field, value: v });
  }
  // Gender and GenderString say the same thing; features.ts reads Gender first.
  return attribute === 'gender' ? out.slice(0, 1) : out;
}
