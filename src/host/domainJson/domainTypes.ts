// Document types of the domain editor, derived from the SDK's input/output types (type-only imports: nothing
// from the SDK is loaded at runtime here).
import type { OperationInput, OperationOutput } from '../../aws/operations';

export type GetDomainOutput = OperationOutput<'GetDomain'>;
/** The document the user edits: the UpdateDomain body (Tags are applied with Tag/UntagResource). */
export type EditableDomain = Omit<OperationInput<'UpdateDomain'>, 'DomainName'>;
/** The document of "Create Domain": the CreateDomain body. */
export type NewDomainDocument = Omit<OperationInput<'CreateDomain'>, 'DomainName'>;
export type TagMap = Record<string, string>;
