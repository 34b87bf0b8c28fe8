// Values of AutoMerging Consolidation attribute names ("FirstName", "EmailAddress", "Address.City",
// "ShippingAddress.PostalCode", "Address.Address", "Attributes.loyaltyTier", ...), normalised so that two profiles
// "agree" on an attribute when they hold the same value up to formatting — the same normalisers the matcher uses.
// Names follow the reference's matching-attribute vocabulary (MatchingRule list): standard fields, <Address>.<part>
// with "<Address>.Address" meaning the street lines together, and "Attributes.<key>".
import { ADDRESS_FIELDS, ADDRESS_PARTS, AddressRecord, ProfileRecord, SCALAR_FIELDS } from '../../shared/profile';
import { emailMailboxKey } from '../../shared/normalize/email';
import { foldName } from '../../shared/normalize/name';
import { normalizePhone, phoneRegionOf } from '../../shared/normalize/phone';

const PHONE_FIELDS = new Set(['PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber']);
const EMAIL_FIELDS = new Set(['EmailAddress', 'PersonalEmailAddress', 'BusinessEmailAddress']);
const NAME_FIELDS = new Set(['FirstName', 'MiddleName', 'LastName']);
const SCALARS = new Set<string>([...SCALAR_FIELDS, 'PartyTypeString', 'GenderString']);
const ADDRESSES = new Set<string>(ADDRESS_FIELDS);
const PARTS = new Set<string>([...ADDRESS_PARTS, 'Address']);

/** Why a Consolidation attribute name is not understood, or undefined when it is fine. */
export function consolidationAttributeProblem(name: string): string | undefined {
  if (SCALARS.has(name)) return undefined;
  if (name.startsWith('Attributes.') && name.length > 'Attributes.'.length) return undefined;
  const [field, part, ...rest] = name.split('.');
  if (ADDRESSES.has(field) && part !== undefined && PARTS.has(part) && rest.length === 0) return undefined;
  return `Unknown matching attribute "${name}": use a standard profile field (e.g. EmailAddress), `
    + '<Address|ShippingAddress|MailingAddress|BillingAddress>.<Address|Address1..4|City|County|State|Province|Country|PostalCode>, '
    + 'or Attributes.<key>.';
}

/** The comparable value of one attribute, or undefined when absent/empty/unknown (absent never agrees). */
export function consolidationValue(p: ProfileRecord, name: string): string | undefined {
  if (consolidationAttributeProblem(name) !== undefined) return undefined;
  if (name.startsWith('Attributes.')) return plain(p.Attributes?.[name.slice('Attributes.'.length)]);
  if (PHONE_FIELDS.has(name)) return normalizePhone(scalar(p, name), phoneRegionOf(p.Address?.Country));
  if (EMAIL_FIELDS.has(name)) return emailMailboxKey(scalar(p, name)); // the matcher's mailbox key (JOHN_DOE = johndoe)
  if (NAME_FIELDS.has(name)) return foldName(scalar(p, name)).replace(/ /g, '') || undefined;
  if (SCALARS.has(name)) return plain(scalar(p, name));
  const [field, part] = name.split('.');
  const address = (p as unknown as Record<string, AddressRecord | undefined>)[field];
  if (!address) return undefined;
  if (part === 'Address') {
    return plain([address.Address1, address.Address2, address.Address3, address.Address4].filter(Boolean).join(' '));
  }
  return plain(address[part as (typeof ADDRESS_PARTS)[number]]);
}

function scalar(p: ProfileRecord, name: string): string | undefined {
  return (p as unknown as Record<string, string | undefined>)[name];
}

/** Case, surrounding and repeated whitespace are formatting, not content. */
function plain(v: string | undefined): string | undefined {
  const s = (v ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return s === '' ? undefined : s;
}
