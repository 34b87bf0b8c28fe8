// A profile search as the user composed it (key = values, more keys joined by AND/OR), its SearchProfiles input,
// its one-line label and the validation of typed values, within the model's limits. Pure.
import { isSearchKeyName } from './keyCatalog';

export type LogicalOperator = 'AND' | 'OR';

export interface SearchKeyValues {
  readonly keyName: string;
  readonly values: readonly string[];
}

export interface ProfileQuery {
  /** The first is KeyName/Values; the others go to AdditionalSearchKeys. */
  readonly keys: readonly SearchKeyValues[];
  /** Sent only with more than one key (the service's default is OR). */
  readonly operator: LogicalOperator;
}

/** KeyName + AdditionalSearchKeys (1..4): "a minimum of 1 key-value(s) pair and up to 5". */
export const MAX_SEARCH_KEYS = 5;
/** string1To255: each value. */
export const MAX_VALUE_LENGTH = 255;
/** The model does not bound Values; we do, to keep one search readable. */
export const MAX_VALUES_PER_KEY = 10;

export function isProfileQuery(value: unknown): value is ProfileQuery {
  if (!value || typeof value !== 'object') return false;
  const { keys, operator } = value as { keys?: unknown; operator?: unknown };
  if (operator !== 'AND' && operator !== 'OR') return false;
  if (!Array.isArray(keys) || keys.length < 1 || keys.length > MAX_SEARCH_KEYS) return false;
  return keys.every((k: unknown) => {
    const { keyName, values } = (k ?? {}) as { keyName?: unknown; values?: unknown };
    return isSearchKeyName(keyName) && Array.isArray(values) && values.length >= 1 && values.length <= MAX_VALUES_PER_KEY
      && values.every((v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_VALUE_LENGTH);
  });
}

export interface SearchProfilesCriteria {
  readonly KeyName: string;
  readonly Values: string[];
  readonly AdditionalSearchKeys?: { KeyName: string; Values: string[] }[];
  readonly LogicalOperator?: LogicalOperator;
}

/** The SearchProfiles members besides DomainName and paging. */
export function searchCriteria(query: ProfileQuery): SearchProfilesCriteria {
  const [first, ...more] = query.keys;
  if (!first) throw new Error('A profile search needs at least one key.');
  if (more.length === 0) return { KeyName: first.keyName, Values: [...first.values] };
  return {
    KeyName: first.keyName,
    Values: [...first.values],
    AdditionalSearchKeys: more.map((k) => ({ KeyName: k.keyName, Values: [...k.values] })),
    LogicalOperator: query.operator,
  };
}

/** `_email = x AND _phone = y`; several values of one key: `_phone = a, b`. */
export function queryLabel(query: ProfileQuery): string {
  return query.keys.map((k) => `${k.keyName} = ${k.values.join(', ')}`).join(` ${query.operator} `);
}

/** Two queries are the same search when this is equal (recent searches de-duplicate on it). */
export function queryIdentity(query: ProfileQuery): string {
  const operator = query.keys.length > 1 ? query.operator : 'OR';
  return JSON.stringify([operator, query.keys.map((k) => [k.keyName, k.values])]);
}
