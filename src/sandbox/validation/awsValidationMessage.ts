// Turns one ajv error into the BadRequestException message the real service sends, e.g.
//   1 validation error detected: Value 'FUNDAY' at 'Matching.JobSchedule.DayOfTheWeek' failed to satisfy
//   constraint: Member must satisfy enum value set: [SUNDAY, MONDAY, ...]
import type { ErrorObject } from 'ajv';
import { PathSegment, formatMemberPath, pointerSegments } from '../../schemas/memberPath';

const PREFIX = '1 validation error detected: ';
const MAX_ECHO = 100; // long values (JSON objects as strings) are cut, as the service does

/** The service echoes scalar values; structures and lists are left out of the message. */
function valueClause(value: unknown): string {
  if (value === null || value === undefined) return 'Value null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value);
    return `Value '${text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}...` : text}'`;
  }
  return 'Value';
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

/** The constraint sentence for a keyword, or undefined for keywords handled separately. */
function constraint(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `Member must satisfy enum value set: [${(p.allowedValues as unknown[]).join(', ')}]`;
    case 'pattern':
      return `Member must satisfy regular expression pattern: ${String(p.pattern)}`;
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return `Member must have length greater than or equal to ${String(p.limit)}`;
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return `Member must have length less than or equal to ${String(p.limit)}`;
    case 'minimum':
      return `Member must have value greater than or equal to ${String(p.limit)}`;
    case 'maximum':
      return `Member must have value less than or equal to ${String(p.limit)}`;
    case 'type':
      return `Member must be of type ${String(p.type)}`;
    default:
      return `Member ${error.message ?? 'is invalid'}`;
  }
}

/**
 * @param errors ajv's errors for `data` (validated with allErrors: false, so errors[0] is the cause; when a map
 *   key fails, ajv lists the key's own error first, tagged with `propertyName`).
 */
export function awsValidationMessage(errors: readonly ErrorObject[], data: unknown): string {
  const error = errors[0];
  const segments = pointerSegments(data, error.instancePath);
  const at = formatMemberPath(segments);
  const p = error.params as Record<string, unknown>;

  if (error.keyword === 'required') {
    const missing = formatMemberPath([...segments, String(p.missingProperty)]);
    return `${PREFIX}Value null at '${missing}' failed to satisfy constraint: Member must not be null`;
  }
  if (error.keyword === 'additionalProperties') {
    return `Unknown member '${String(p.additionalProperty)}'${at ? ` at '${at}'` : ''}`;
  }
  const keyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (keyName !== undefined) {
    return `${PREFIX}Value '${keyName}' at '${at}' failed to satisfy constraint: Map keys must satisfy constraint: [${constraint(error)}]`;
  }
  return `${PREFIX}${valueClause(valueAt(data, segments))} at '${at}' failed to satisfy constraint: ${constraint(error)}`;
}
