// The editable subset of a profile: the members UpdateProfile takes, read from SearchProfiles (`_profileId`).
// ProfileId is the document's path (profiles/<id>.json), FoundByItems is the search's, not the profile's. Pure.
// An empty string means "no value" to UpdateProfile (sending "" removes one), so the document never shows "":
// a member set to "" and a member deleted from the document mean the same thing.
import type { OperationInput, OperationOutput } from '../../aws/operations';
import { ADDRESS_FIELDS } from '../../shared/profile';

export type SearchedProfile = NonNullable<OperationOutput<'SearchProfiles'>['Items']>[number];
/** The document the user edits: the UpdateProfile body without the ids. */
export type EditableProfile = Omit<OperationInput<'UpdateProfile'>, 'DomainName' | 'ProfileId'>;

/** UpdateProfile body members, in the model's order. */
export const PROFILE_MEMBERS = [
  'AdditionalInformation',
  'AccountNumber',
  'PartyType',
  'BusinessName',
  'FirstName',
  'MiddleName',
  'LastName',
  'BirthDate',
  'Gender',
  'PhoneNumber',
  'MobilePhoneNumber',
  'HomePhoneNumber',
  'BusinessPhoneNumber',
  'EmailAddress',
  'PersonalEmailAddress',
  'BusinessEmailAddress',
  'Address',
  'ShippingAddress',
  'MailingAddress',
  'BillingAddress',
  'Attributes',
  'PartyTypeString',
  'GenderString',
  'ProfileType',
  'EngagementPreferences',
] as const satisfies readonly (keyof EditableProfile)[];

/** Members whose entries UpdateProfile merges one by one: an entry sent as "" is removed, an omitted one kept. */
export const MERGED_MEMBERS: ReadonlySet<string> = new Set([...ADDRESS_FIELDS, 'Attributes']);
/** Enumerations: "" is not one of their values, so UpdateProfile cannot remove them. */
export const ENUM_MEMBERS: ReadonlySet<string> = new Set(['PartyType', 'Gender', 'ProfileType']);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Entries of a merged member without "" (no value) and without undefined; undefined when nothing is left. */
function mergedEntries(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== '' && entry !== undefined && entry !== null) out[key] = entry;
  return Object.keys(out).length ? out : undefined;
}

/** A SearchProfiles item (or an already-editable document: idempotent) -> the document shown in the editor. */
export function editableProfile(profile: SearchedProfile | EditableProfile): EditableProfile {
  const source = profile as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_MEMBERS) {
    const value = source[key];
    if (value === undefined || value === null || value === '') continue;
    if (MERGED_MEMBERS.has(key)) {
      const entries = mergedEntries(value);
      if (entries) out[key] = entries;
    } else {
      out[key] = value;
    }
  }
  return JSON.parse(JSON.stringify(out)) as EditableProfile;
}
