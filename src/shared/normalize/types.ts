// The vocabulary shared by the value normalizers (phone.ts, email.ts, date.ts, name.ts, address.ts, nicknames.ts)
// and their one question, sameValue(): "are these two values the same?". The sandbox's ML matcher, the rule engine,
// the host and the matches webview all ask it through this folder, so the answer cannot drift between them.

/** What kind of value a profile field holds, which decides how two of its values are compared. */
export type ValueKind =
  | 'phone' // E.164 through libphonenumber-js
  | 'email' // trimmed, case-insensitive; no provider rules
  | 'date' // ISO and US/EU orders, with the ambiguity rule of date.ts
  | 'name' // case, diacritics, punctuation and whitespace folded
  | 'address' // a street line: case, punctuation, street/unit abbreviations
  | 'postalCode' // case and inner spaces folded
  | 'text' // trimmed, whitespace collapsed, case-insensitive
  | 'code'; // trimmed, whitespace collapsed, case-SENSITIVE (account numbers, custom attributes)

export interface NormalizeContext {
  /** ISO 3166-1 alpha-2 region for phone numbers written without a country code; 'US' when absent. */
  readonly defaultRegion?: string;
  /** How to read an ambiguous d/m/y date; both readings are kept when absent (see date.ts). */
  readonly dateOrder?: DateOrder;
}

export type DateOrder = 'MDY' | 'DMY';

/** Why two values compared the way they did, for the reviewer ("same number, formatted differently"). */
export type SameValueReason =
  | 'identical' // the raw values are the same string
  | 'formatting' // equal after the kind's normalization (spacing, punctuation, country code, date format…)
  | 'case' // they differ only in letter case
  | 'diacritics' // they differ only in accents
  | 'abbreviation' // a street or unit word abbreviated on one side
  | 'ambiguousDate' // equal under one of the two readings of an ambiguous d/m/y date
  | 'nickname' // given names that stand for the same formal name
  | 'different' // both readable, not the same
  | 'unreadable'; // at least one side could not be read as this kind (compared as text instead)

export interface SameValueResult {
  readonly equal: boolean;
  /** What was compared, after normalization; undefined when a side is empty or unreadable as the kind. */
  readonly normalizedA: string | undefined;
  readonly normalizedB: string | undefined;
  readonly reason: SameValueReason;
}
