// The editable subset of an object type: what GetProfileObjectType returns minus what PutProfileObjectType does
// not take (the name is the URI label; timestamps and MaxAvailableProfileObjectCount are service state). Pure.
import type { OperationInput, OperationOutput } from '../../aws/operations';

export type GetObjectTypeOutput = OperationOutput<'GetProfileObjectType'>;
export type TemplateOutput = OperationOutput<'GetProfileObjectTypeTemplate'>;
/** The document the user edits: the PutProfileObjectType body. */
export type EditableObjectType = Omit<OperationInput<'PutProfileObjectType'>, 'DomainName' | 'ObjectTypeName'>;

/** PutProfileObjectType body members, in the model's order (the order a new document shows them in). */
const MEMBERS = [
  'Description',
  'TemplateId',
  'ExpirationDays',
  'EncryptionKey',
  'AllowProfileCreation',
  'SourceLastUpdatedTimestampFormat',
  'MaxProfileObjectCount',
  'SourcePriority',
  'Fields',
  'Keys',
  'Tags',
] as const satisfies readonly (keyof EditableObjectType)[];

/** JSON-safe copy of the members that PutProfileObjectType accepts; empty Tags dropped (TagMap needs 1+). */
export function editableObjectType(output: GetObjectTypeOutput | EditableObjectType): EditableObjectType {
  const source = output as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of MEMBERS) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  const tags = out.Tags as Record<string, string> | undefined;
  if (tags && Object.keys(tags).length === 0) delete out.Tags;
  return JSON.parse(JSON.stringify(out)) as EditableObjectType;
}

/**
 * A new object type prefilled from a template. The template's fields and keys are copied rather than linked by
 * TemplateId: the service may reject Fields/Keys next to a TemplateId, and a copy is what the user can edit.
 */
export function objectTypeFromTemplate(template: TemplateOutput, objectTypeName: string): EditableObjectType {
  const description = [template.SourceName, template.SourceObject].filter(Boolean).join(' ') || objectTypeName;
  return editableObjectType({
    Description: template.TemplateId ? `${description} (from template ${template.TemplateId})` : description,
    AllowProfileCreation: template.AllowProfileCreation,
    SourceLastUpdatedTimestampFormat: template.SourceLastUpdatedTimestampFormat,
    Fields: template.Fields,
    Keys: template.Keys,
  });
}

/** The blank new object type: valid except for what the user must decide (fields and keys). */
export function blankObjectType(objectTypeName: string): EditableObjectType {
  return { Description: `${objectTypeName} objects`, AllowProfileCreation: false, Fields: {}, Keys: {} };
}
