// Which kind of value a profile field holds (types.ts ValueKind), by the row keys of the matches comparison
// ('PhoneNumber', 'Address.PostalCode', 'Attributes.loyalty', …).
import type { ValueKind } from './types';

const PHONE = /^(Phone|MobilePhone|HomePhone|BusinessPhone)Number$/;
const EMAIL = /^(Email|PersonalEmail|BusinessEmail)Address$/;
const NAME = /^(FirstName|MiddleName|LastName)$/;
const STREET = /\.Address[1-4]$/;
const POSTAL = /\.PostalCode$/;

export function valueKindOfField(key: string): ValueKind {
  if (PHONE.test(key)) return 'phone';
  if (EMAIL.test(key)) return 'email';
  if (key === 'BirthDate') return 'date';
  if (NAME.test(key)) return 'name';
  if (STREET.test(key)) return 'address';
  if (POSTAL.test(key)) return 'postalCode';
  if (key === 'AccountNumber' || key.startsWith('Attributes.')) return 'code';
  return 'text';
}
