// Human messages for ajv errors in the domain-JSON editor. The path is reported separately (see
// validateDocument.ts), so messages say what is wrong and what would be right, not where.
import type { ErrorObject } from 'ajv';

const TYPE_TEXT: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** Allowed member names of the object that holds an unknown member (ajv `verbose` gives the parent schema). */
function allowedMembers(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const names = properties ? Object.keys(properties) : [];
  return names.length ? ` Allowed here: ${names.join(', ')}.` : '';
}

export function schemaErrorMessage(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  const limit = Number(p.limit);
  const got = error.data;
  switch (error.keyword) {
    case 'required':
      return `Missing required member "${String(p.missingProperty)}".`;
    case 'additionalProperties':
      return `Unknown member "${String(p.additionalProperty)}".${allowedMembers(error)}`;
    case 'type':
      return `Must be ${TYPE_TEXT[String(p.type)] ?? String(p.type)}, not ${shown(got)}.`;
    case 'enum':
      return `${shown(got)} is not allowed. Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`;
    case 'pattern':
      return `${shown(got)} does not match the required pattern ${String(p.pattern)}`;
    case 'minLength':
      return `Must be at least ${plural(limit, 'character')} long.`;
    case 'maxLength':
      return `Must be at most ${plural(limit, 'character')} long (it has ${String(got).length}).`;
    case 'minimum':
      return `Must be at least ${limit}, not ${shown(got)}.`;
    case 'maximum':
      return `Must be at most ${limit}, not ${shown(got)}.`;
    case 'minItems':
      return `Must have at least ${plural(limit, 'item')}.`;
    case 'maxItems':
      return `Must have at most ${plural(limit, 'item')} (it has ${Array.isArray(got) ? got.length : '?'}).`;
    case 'minProperties':
      return `Must have at least ${plural(limit, 'entry', 'entries')} (remove the member instead of leaving it empty).`;
    case 'maxProperties':
      return `Must have at most ${plural(limit, 'entry', 'entries')}.`;
    default:
      return `${error.message ?? 'Invalid value'}.`;
  }
}
