// The standard Customer Profiles profile as it travels on the wire (PascalCase, strings only, no timestamps).
// Shared, pure: used by the sandbox (storage, matching, merging) and by the extension (matches review,
// merge preview). No vscode, no SDK import.

export interface AddressRecord {
  Address1?: string; Address2?: string; Address3?: string; Address4?: string;
  City?: string; County?: string; State?: string; Province?: string; Country?: string; PostalCode?: string;
}

export interface ContactPreferenceRecord {
  KeyName?: string; KeyValue?: string; ProfileId?: string; ContactType?: string;
}

export interface ProfileRecord {
  ProfileId: string;
  AccountNumber?: string;
  AdditionalInformation?: string;
  PartyType?: string;
  BusinessName?: string;
  FirstName?: string;
  MiddleName?: string;
  LastName?: string;
  BirthDate?: string;
  Gender?: string;
  PhoneNumber?: string;
  MobilePhoneNumber?: string;
  HomePhoneNumber?: string;
  BusinessPhoneNumber?: string;
  EmailAddress?: string;
  PersonalEmailAddress?: string;
  BusinessEmailAddress?: string;
  Address?: AddressRecord;
  ShippingAddress?: AddressRecord;
  MailingAddress?: AddressRecord;
  BillingAddress?: AddressRecord;
  Attributes?: Record<string, string>;
  PartyTypeString?: string;
  GenderString?: string;
  ProfileType?: string;
  EngagementPreferences?: { Phone?: ContactPreferenceRecord[]; Email?: ContactPreferenceRecord[] };
}

/** Scalar standard fields that MergeProfiles' FieldSourceProfileIds can name (model order). */
export const SCALAR_FIELDS = [
  'AccountNumber', 'AdditionalInformation', 'PartyType', 'BusinessName', 'FirstName', 'MiddleName', 'LastName',
  'BirthDate', 'Gender', 'PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber',
  'EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress', 'ProfileType',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/** Address-valued fields; FieldSourceProfileIds names each as a whole. */
export const ADDRESS_FIELDS = ['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

export const ADDRESS_PARTS = [
  'Address1', 'Address2', 'Address3', 'Address4', 'City', 'County', 'State', 'Province', 'Country', 'PostalCode',
] as const;

/** The MergeProfiles FieldSourceProfileIds structure (values are ProfileIds). */
export type FieldSourceProfileIds = Partial<Record<ScalarField | AddressField | 'EngagementPreferences', string>> & {
  Attributes?: Record<string, string>;
};
