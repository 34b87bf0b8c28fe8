// Compact vocabulary for the labelled benchmark that the demo names (src/sandbox/identity/demoNames.ts) lack:
// nickname pairs outside a small table, diacritic spellings, compound surnames, countries with phone formats.
// Plain data, no logic. Phone numbers use fictional/drama ranges where the country has one.

/** [nickname, formal]: deliberately beyond the usual Bob/Robert table. */
export const NICKNAMES: readonly (readonly [string, string])[] = [
  ['Larry', 'Lawrence'], ['Lupe', 'Guadalupe'], ['Sasha', 'Alexandra'], ['Missy', 'Melissa'], ['Hank', 'Henry'],
  ['Peggy', 'Margaret'], ['Polly', 'Mary'], ['Ted', 'Theodore'], ['Chuck', 'Charles'], ['Dick', 'Richard'],
  ['Bill', 'William'], ['Jack', 'John'], ['Betsy', 'Elizabeth'], ['Patsy', 'Patricia'], ['Pancho', 'Francisco'],
  ['Nacho', 'Ignacio'], ['Pepe', 'José'], ['Kate', 'Katherine'], ['Sandy', 'Sandra'], ['Gus', 'Augustus'],
];

/** [with diacritics, as typed on a plain keyboard]. */
export const DIACRITIC_GIVEN: readonly (readonly [string, string])[] = [
  ['José', 'Jose'], ['Renée', 'Renee'], ['Zoë', 'Zoe'], ['Inés', 'Ines'], ['Chloé', 'Chloe'], ['Søren', 'Soren'],
  ['Ángel', 'Angel'], ['Raúl', 'Raul'], ['Jürgen', 'Juergen'], ['François', 'Francois'],
];
export const DIACRITIC_SURNAMES: readonly (readonly [string, string])[] = [
  ['Müller', 'Mueller'], ['Gutiérrez', 'Gutierrez'], ['Núñez', 'Nunez'], ['Peña', 'Pena'], ['Schäfer', 'Schaefer'],
  ['Jiménez', 'Jimenez'], ['Sánchez', 'Sanchez'], ['Böhm', 'Boehm'], ['Ramírez', 'Ramirez'], ['Côté', 'Cote'],
];

export const HISPANIC_GIVEN: readonly string[] = ['Maria', 'Juan', 'Guadalupe', 'Carmen', 'Luis', 'Alejandro', 'Lucía', 'Javier', 'Rosa', 'Diego'];
export const HISPANIC_SURNAMES: readonly string[] = [
  'Moreno', 'Gutiérrez', 'García', 'Fernández', 'López', 'Martínez', 'Ruiz', 'Ortega', 'Castillo', 'Vargas', 'Romero', 'Navarro',
];

export type CountryCode = 'US' | 'GB' | 'MX' | 'ES' | 'DE' | 'IN';

export interface CountryInfo {
  code: CountryCode;
  countryField: string; // what goes in Address.Country
  callingCode: string;
  cities: readonly { City: string; PostalCode: string; State?: string }[];
}

export const FOREIGN: readonly CountryInfo[] = [
  { code: 'GB', countryField: 'GB', callingCode: '44', cities: [{ City: 'London', PostalCode: 'SW1A 1AA' }, { City: 'Leeds', PostalCode: 'LS1 4AP' }, { City: 'Bristol', PostalCode: 'BS1 5TR' }] },
  { code: 'MX', countryField: 'MX', callingCode: '52', cities: [{ City: 'Ciudad de México', PostalCode: '06600' }, { City: 'Guadalajara', PostalCode: '44100' }] },
  { code: 'ES', countryField: 'ES', callingCode: '34', cities: [{ City: 'Madrid', PostalCode: '28013' }, { City: 'Sevilla', PostalCode: '41004' }] },
  { code: 'DE', countryField: 'DE', callingCode: '49', cities: [{ City: 'Berlin', PostalCode: '10115' }, { City: 'München', PostalCode: '80331' }] },
  { code: 'IN', countryField: 'IN', callingCode: '91', cities: [{ City: 'Mumbai', PostalCode: '400001' }, { City: 'Bengaluru', PostalCode: '560001' }] },
];

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Documented missing-value rates for fields a kind does not depend on (each record independently). */
export const MISSING_RATES = { email: 0.12, phone: 0.12, birthDate: 0.15, address: 0.08, middleName: 0.7 } as const;
