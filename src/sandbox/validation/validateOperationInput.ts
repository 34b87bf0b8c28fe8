// Validates one operation's input against the model's constraints (src/schemas/operations.schema.json,
// generated from the same botocore model as the domain-JSON schemas) and returns the BadRequestException
// message the real service would send, or undefined when the input is valid.
import type { ValidateFunction } from 'ajv';
import operationsFile from '../../schemas/operations.schema.json';
import { createAjv } from '../../schemas/createAjv';
import { awsValidationMessage } from './awsValidationMessage';

interface OperationsFile {
  $schema: string;
  operations: Record<string, object>;
  definitions: Record<string, object>;
}

const file: OperationsFile = operationsFile;
const ajv = createAjv({ allErrors: false }); // the first error is enough: the service reports one
const compiled = new Map<string, ValidateFunction>();

/** Compiled on first use: starting the sandbox must not pay for ~40 validators. */
function validatorFor(operation: string): ValidateFunction {
  let validate = compiled.get(operation);
  if (!validate) {
    const schema = file.operations[operation];
    if (!schema) throw new Error(`validateOperationInput: no input schema for operation '${operation}'`);
    // Each operation is compiled as its own root that carries the shared definitions, so `#/definitions/X`
    // refs resolve and only the definitions this operation uses get compiled.
    validate = ajv.compile({ $schema: file.$schema, definitions: file.definitions, ...schema });
    compiled.set(operation, validate);
  }
  return validate;
}

/**
 * @param operation model operation name, e.g. 'GetMatches'. An operation without a schema throws: that is a
 *   programming error in the sandbox, not a client error.
 * @param input every input member under its MEMBER name: URI labels, query members and body members merged,
 *   e.g. { DomainName, MaxResults, NextToken }. URI labels and query values arrive as strings; the caller
 *   coerces them first (MaxResults -> number, tagKeys -> string[]). Integer shapes accept integers only, so an
 *   uncoerced "5" or a 2.5 is reported, as the service would.
 * @returns the BadRequestException message naming the member path, or undefined when the input is valid.
 */
export function validateOperationInput(operation: string, input: Record<string, unknown>): string | undefined {
  const validate = validatorFor(operation);
  if (validate(input)) return undefined;
  return awsValidationMessage(validate.errors ?? [], input);
}
