// What each ObjectTypeField ContentType does to a value. The reference says only: "The content type of the
// field. Used for determining equality when searching." So our reading is: the profile receives the source
// value as text, unchanged (numbers and booleans in their JSON spelling); the ContentType decides how the
// value compares when a key built from it is searched. The comparison forms reuse the rule engine's
// documented normalization (src/shared/rules/normalize.ts) so the extension says one thing about equality:
// - STRING: exact (trimmed only).
// - NUMBER: the value must be a number (a JSON number or a numeric string); compared as the canonical
//   number (`007` = `7`, `1.50` = `1.5`). A non-numeric value is written as text but flagged.
// - PHONE_NUMBER: compared as E.164 with a US default (`(206) 555-0142` = `+12065550142`); a value without
//   digits is flagged.
// - EMAIL_ADDRESS: compared trimmed and lower-cased; a value without a single `@` is flagged.
// - NAME: compared trimmed, whitespace-collapsed, lower-cased, NFC.
// An unknown or absent ContentType is treated as STRING (absent is the API default; unknown is flagged).
import * as l10n from '@vscode/l10n';
import { normalizeRuleCustom, normalizeRuleEmail, normalizeRulePhone, normalizeRuleText } from '../rules/normalize';
import type { ContentType } from './types';

export const CONTENT_TYPES: readonly ContentType[] = ['STRING', 'NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'NAME'];

export function readContentType(raw: string | undefined): { type: ContentType; problem?: string } {
  if (raw === undefined) return { type: 'STRING' };
  if ((CONTENT_TYPES as readonly string[]).includes(raw)) return { type: raw as ContentType };
  return { type: 'STRING', problem: l10n.t('{0} {1} is not one of {2}; read as {3}', 'ContentType', raw, CONTENT_TYPES.join(', '), 'STRING') };
}

export interface TypedValue {
  readonly value: string;
  readonly comparedAs?: string;
  readonly problem?: string;
}

/** The text a scalar source value is written as (undefined for null / objects / arrays). */
export function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

/** Applies a ContentType to the written text. */
export function typedValue(type: ContentType, text: string): TypedValue {
  switch (type) {
    case 'NUMBER': {
      const n = text.trim() === '' ? NaN : Number(text.trim());
      return Number.isFinite(n) ? { value: text, comparedAs: String(n) } : { value: text, comparedAs: normalizeRuleCustom(text), problem: l10n.t('{0} field holds "{1}", which is not a number', 'NUMBER', text) };
    }
    case 'PHONE_NUMBER': {
      const c = normalizeRulePhone(text);
      return c ? { value: text, comparedAs: c } : { value: text, comparedAs: normalizeRuleCustom(text), problem: l10n.t('{0} field holds "{1}", which has no digits', 'PHONE_NUMBER', text) };
    }
    case 'EMAIL_ADDRESS': {
      const c = normalizeRuleEmail(text);
      const ok = c !== undefined && /^[^@\s]+@[^@\s]+$/.test(c);
      return ok ? { value: text, comparedAs: c } : { value: text, comparedAs: c, problem: l10n.t('{0} field holds "{1}", which is not an e-mail address', 'EMAIL_ADDRESS', text) };
    }
    case 'NAME':
      return { value: text, comparedAs: normalizeRuleText(text) };
    case 'STRING':
      return { value: text, comparedAs: normalizeRuleCustom(text) };
  }
}
