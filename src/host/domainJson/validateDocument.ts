// Validates an edited document (domain / object type JSON) before anything is sent: strict JSON syntax first,
// then the generated schema with every error reported, each with its member path and the text range of the
// offending node, so editor diagnostics land exactly where the problem is.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Node, findNodeAtLocation } from 'jsonc-parser';
import { createAjv } from '../../schemas/createAjv';
import { PathSegment, formatMemberPath, pointerSegments } from '../../schemas/memberPath';
import { TextRange, parseJsonDocument } from './parseJsonDocument';
import { schemaErrorMessage } from './schemaErrorMessages';
import * as l10n from '@vscode/l10n';

export interface DocumentError {
  /** What is wrong, without the path (e.g. `Must be at most 1098, not 2000.`). */
  message: string;
  /** Member path, e.g. `Matching.JobSchedule.DayOfTheWeek`; '' for the whole document / syntax errors. */
  path: string;
  range: TextRange;
}

export type DocumentValidation<T> = { ok: true; value: T } | { ok: false; errors: DocumentError[] };

const validators = new Map<string, ValidateFunction>();
const anonymousValidators = new WeakMap<object, ValidateFunction>();

/** Compiled once per schema ($id, or object identity); one ajv per schema so equal $ids never clash. */
function validatorFor(schema: object): ValidateFunction {
  const id = (schema as { $id?: unknown }).$id;
  const cached = typeof id === 'string' ? validators.get(id) : anonymousValidators.get(schema);
  if (cached) return cached;
  // verbose: error.data and error.parentSchema feed the messages
  const validate = createAjv({ allErrors: true, verbose: true }).compile(schema);
  if (typeof id === 'string') validators.set(id, validate);
  else anonymousValidators.set(schema, validate);
  return validate;
}

/** The property-name node of the member at `segments`, or the value node when it is not an object member. */
function keyOrValueNode(root: Node, segments: readonly PathSegment[]): Node | undefined {
  const value = findNodeAtLocation(root, [...segments]);
  const property = value?.parent;
  if (property?.type === 'property' && property.children?.[0]) return property.children[0];
  return value;
}

/** Where a missing member is reported: the key of the object that lacks it (or the object's first character). */
function containerNode(root: Node, segments: readonly PathSegment[]): TextRange {
  const node = keyOrValueNode(root, segments) ?? root;
  return node.type === 'object' ? { offset: node.offset, length: 1 } : { offset: node.offset, length: node.length };
}

function toDocumentError(error: ErrorObject, root: Node, value: unknown): DocumentError | undefined {
  const segments = pointerSegments(value, error.instancePath);
  const p = error.params as Record<string, unknown>;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (error.keyword === 'propertyNames') return undefined; // summary of the key's own error, already reported
  if (propertyName !== undefined) {
    const at = [...segments, propertyName];
    const range = keyOrValueNode(root, at) ?? root;
    return {
      message: l10n.t('Invalid key "{0}": {1}', propertyName, schemaErrorMessage(error)),
      path: formatMemberPath(at),
      range: { offset: range.offset, length: range.length },
    };
  }
  if (error.keyword === 'required') {
    return {
      message: schemaErrorMessage(error),
      path: formatMemberPath([...segments, String(p.missingProperty)]),
      range: containerNode(root, segments),
    };
  }
  if (error.keyword === 'additionalProperties') {
    const at = [...segments, String(p.additionalProperty)];
    const node = keyOrValueNode(root, at) ?? root;
    return { message: schemaErrorMessage(error), path: formatMemberPath(at), range: { offset: node.offset, length: node.length } };
  }
  const node = findNodeAtLocation(root, segments) ?? root;
  return { message: schemaErrorMessage(error), path: formatMemberPath(segments), range: { offset: node.offset, length: node.length } };
}

/** With allErrors, a value of the wrong type also fails its enum/pattern/length: keep only the type error. */
function withoutTypeFollowUps(errors: readonly ErrorObject[]): ErrorObject[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath) || e.keyword === 'required');
}

/**
 * @param schema one of the generated schemas (src/schemas/*.schema.json).
 * @returns the parsed value when valid (typed by the caller: the schema and the SDK types come from the same
 *   model, and the drift test keeps them aligned), else every error, ordered by position.
 */
export function validateDocument<T = unknown>(text: string, schema: object): DocumentValidation<T> {
  const parsed = parseJsonDocument(text);
  if (!parsed.ok) return { ok: false, errors: parsed.problems.map((p) => ({ message: p.message, path: '', range: p.range })) };
  const validate = validatorFor(schema);
  if (validate(parsed.value)) return { ok: true, value: parsed.value as T };
  const errors = withoutTypeFollowUps(validate.errors ?? [])
    .map((e) => toDocumentError(e, parsed.root, parsed.value))
    .filter((e): e is DocumentError => e !== undefined)
    .sort((a, b) => a.range.offset - b.range.offset || a.path.localeCompare(b.path));
  return { ok: false, errors };
}
