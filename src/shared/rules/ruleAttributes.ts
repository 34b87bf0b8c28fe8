// Which attribute names a MatchingRule may use, and which profile fields the AttributeTypesSelector's sub-field
// names stand for. Shared by the rule engine (sandbox), the "why" explanation and the domain-JSON diagnostics, so
// all three accept exactly the same names.
//
// OUR READING of the reference (MatchingRule and AttributeTypesSelector in the API model), in this one place:
// - A rule may name the 16 attributes the reference lists, or `Attributes.<key>` for a custom attribute
//   (any non-empty key). Names are case-sensitive, as everywhere else in the API.
// - EmailAddress, PhoneNumber and Address.* are "typed": the rule names the type, the selector lists which
//   profile fields stand for it. The reference spells the sub-field names two ways; we accept both:
//     EmailAddress: Email | EmailAddress -> EmailAddress; BusinessEmail | BusinessEmailAddress ->
//       BusinessEmailAddress; PersonalEmail | PersonalEmailAddress -> PersonalEmailAddress.
//     PhoneNumber: Phone | PhoneNumber -> PhoneNumber; HomePhone | HomePhoneNumber -> HomePhoneNumber;
//       MobilePhone | MobilePhoneNumber -> MobilePhoneNumber; BusinessPhone | BusinessPhoneNumber ->
//       BusinessPhoneNumber (not in the reference's prose, but the list allows 4 and the profile has that field).
//     Address: Address -> Address; ShippingAddress -> ShippingAddress; MaillingAddress (the reference's
//       spelling) | MailingAddress -> MailingAddress; BusinessAddress | BillingAddress -> BillingAddress (the
//       profile has no BusinessAddress field; its billing address is the business-facing one).
// - Address.Address is the street lines: Address1..Address4 joined by a space.
// - Gender reads the profile's Gender, else GenderString (Gender is the older enum field).
import type { AddressRecord, ProfileRecord } from '../profile';

/** The attribute names the reference lists for MatchingRule.Rule (besides `Attributes.*`), in its order. */
export const RULE_ATTRIBUTE_NAMES = [
  'AccountNumber', 'Address.Address', 'Address.City', 'Address.Country', 'Address.County', 'Address.PostalCode',
  'Address.State', 'Address.Province', 'BirthDate', 'BusinessName', 'EmailAddress', 'FirstName', 'Gender',
  'LastName', 'MiddleName', 'PhoneNumber',
] as const;
export type StandardRuleAttribute = (typeof RULE_ATTRIBUTE_NAMES)[number];

/** Prefix of custom-attribute rule names: `Attributes.loyaltyId` reads profile.Attributes.loyaltyId. */
export const CUSTOM_ATTRIBUTE_PREFIX = 'Attributes.';

const STANDARD = new Set<string>(RULE_ATTRIBUTE_NAMES);

/** True when a MatchingRule may use this name: one of the listed attributes or `Attributes.<non-empty key>`. */
export function isRuleAttributeName(name: string): boolean {
  return STANDARD.has(name) || (name.startsWith(CUSTOM_ATTRIBUTE_PREFIX) && name.length > CUSTOM_ATTRIBUTE_PREFIX.length);
}

/** The selector types: which AttributeTypesSelector list stands for a typed rule attribute. */
export type AttributeType = 'EmailAddress' | 'PhoneNumber' | 'Address';

/** The type of a typed rule attribute (EmailAddress, PhoneNumber, Address.*), undefined for untyped ones. */
export function attributeTypeOf(name: string): AttributeType | undefined {
  if (name === 'EmailAddress') return 'EmailAddress';
  if (name === 'PhoneNumber') return 'PhoneNumber';
  if (name.startsWith('Address.') && STANDARD.has(name)) return 'Address';
  return undefined;
}

export type EmailField = 'EmailAddress' | 'BusinessEmailAddress' | 'PersonalEmailAddress';
export type PhoneField = 'PhoneNumber' | 'HomePhoneNumber' | 'MobilePhoneNumber' | 'BusinessPhoneNumber';
export type AddressRecordField = 'Address' | 'ShippingAddress' | 'MailingAddress' | 'BillingAddress';
/** The ProfileRecord field a selector sub-field name stands for. */
export type SubField = EmailField | PhoneField | AddressRecordField;

/** Every accepted selector spelling -> the ProfileRecord field, per type (see the header for the reading). */
export const SELECTOR_SUB_FIELDS: { readonly [T in AttributeType]: Readonly<Record<string, SubField>> } = {
  EmailAddress: {
    Email: 'EmailAddress', EmailAddress: 'EmailAddress',
    BusinessEmail: 'BusinessEmailAddress', BusinessEmailAddress: 'BusinessEmailAddress',
    PersonalEmail: 'PersonalEmailAddress', PersonalEmailAddress: 'PersonalEmailAddress',
  },
  PhoneNumber: {
    Phone: 'PhoneNumber', PhoneNumber: 'PhoneNumber',
    HomePhone: 'HomePhoneNumber', HomePhoneNumber: 'HomePhoneNumber',
    MobilePhone: 'MobilePhoneNumber', MobilePhoneNumber: 'MobilePhoneNumber',
    BusinessPhone: 'BusinessPhoneNumber', BusinessPhoneNumber: 'BusinessPhoneNumber',
  },
  Address: {
    Address: 'Address', ShippingAddress: 'ShippingAddress',
    MaillingAddress: 'MailingAddress', MailingAddress: 'MailingAddress',
    BusinessAddress: 'BillingAddress', BillingAddress: 'BillingAddress',
  },
};

/** The profile field a selector sub-field name stands for, or undefined for a name we do not accept. */
export function resolveSubField(type: AttributeType, name: string): SubField | undefined {
  return Object.prototype.hasOwnProperty.call(SELECTOR_SUB_FIELDS[type], name) ? SELECTOR_SUB_FIELDS[type][name] : undefined;
}

/** The selector list member names (wire) per type, for diagnostics that point at the list. */
export const SELECTOR_MEMBER: { readonly [T in AttributeType]: 'EmailAddress' | 'PhoneNumber' | 'Address' } = {
  EmailAddress: 'EmailAddress', PhoneNumber: 'PhoneNumber', Address: 'Address',
};

/** Address.<part> -> the AddressRecord parts it reads (Address.Address = the street lines). */
export const ADDRESS_RULE_PARTS: Readonly<Record<string, readonly (keyof AddressRecord)[]>> = {
  'Address.Address': ['Address1', 'Address2', 'Address3', 'Address4'],
  'Address.City': ['City'], 'Address.Country': ['Country'], 'Address.County': ['County'],
  'Address.PostalCode': ['PostalCode'], 'Address.State': ['State'], 'Address.Province': ['Province'],
};

/** The raw value of an untyped standard attribute on a profile (Gender falls back to GenderString). */
export function untypedRawValue(profile: ProfileRecord, name: StandardRuleAttribute): string | undefined {
  switch (name) {
    case 'AccountNumber': return profile.AccountNumber;
    case 'BirthDate': return profile.BirthDate;
    case 'BusinessName': return profile.BusinessName;
    case 'FirstName': return profile.FirstName;
    case 'MiddleName': return profile.MiddleName;
    case 'LastName': return profile.LastName;
    case 'Gender': return profile.Gender ?? profile.GenderString;
    default: return undefined;
  }
}
