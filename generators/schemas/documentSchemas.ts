// The editable-document schemas: the JSON bodies of CreateDomain, UpdateDomain and PutProfileObjectType,
// with documentation for hovers. Members in the URI (DomainName, ObjectTypeName) are not in the document, and
// neither are body members that the document's own path names (UpdateProfile's ProfileId: `profiles/<id>.json`).
import { BotocoreModel, inputShapeName } from './botocoreModel';
import { htmlToMarkdown, htmlToText } from './htmlDocs';
import { DRAFT_07, JsonSchema, SCHEMA_ID_BASE } from './jsonSchema';
import { ShapeTranslator } from './shapeToSchema';

export interface DocumentSchemaSpec {
  file: string;
  operation: string;
  title: string;
  /** Body members the document's URI carries instead (left out of the schema and of `required`). */
  inUri?: readonly string[];
}

export const DOCUMENT_SCHEMAS: readonly DocumentSchemaSpec[] = [
  { file: 'domain-create.schema.json', operation: 'CreateDomain', title: 'Customer Profiles domain (CreateDomain body)' },
  { file: 'domain-update.schema.json', operation: 'UpdateDomain', title: 'Customer Profiles domain (UpdateDomain body)' },
  { file: 'object-type.schema.json', operation: 'PutProfileObjectType', title: 'Customer Profiles object type (PutProfileObjectType body)' },
  { file: 'profile-update.schema.json', operation: 'UpdateProfile', title: 'Customer Profiles profile (UpdateProfile body)', inUri: ['ProfileId'] },
];

function withoutMembers(body: JsonSchema, names: readonly string[]): JsonSchema {
  if (!names.length) return body;
  const properties = Object.fromEntries(Object.entries(body.properties ?? {}).filter(([name]) => !names.includes(name)));
  const required = (body.required ?? []).filter((name) => !names.includes(name));
  const { required: _required, properties: _properties, additionalProperties, ...rest } = body;
  return { ...rest, ...(required.length ? { required } : {}), properties, additionalProperties };
}

export function buildDocumentSchema(model: BotocoreModel, spec: DocumentSchemaSpec): JsonSchema {
  const inputShape = inputShapeName(model, spec.operation);
  const translator = new ShapeTranslator(model, { withDocs: true, omitLocations: true }, [inputShape]);
  const body = withoutMembers(translator.root(inputShape), spec.inUri ?? []);
  const opDocs = model.operations[spec.operation].documentation ?? '';
  const definitions = translator.collectedDefinitions();
  return {
    $schema: DRAFT_07,
    $id: SCHEMA_ID_BASE + spec.file,
    title: spec.title,
    ...(opDocs ? { description: htmlToText(opDocs), markdownDescription: htmlToMarkdown(opDocs) } : {}),
    ...body,
    ...(Object.keys(definitions).length ? { definitions } : {}),
  };
}
