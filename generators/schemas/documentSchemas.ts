// The editable-document schemas: the JSON bodies of CreateDomain, UpdateDomain and PutProfileObjectType,
// with documentation for hovers. Members in the URI (DomainName, ObjectTypeName) are not in the document.
import { BotocoreModel, inputShapeName } from './botocoreModel';
import { htmlToMarkdown, htmlToText } from './htmlDocs';
import { DRAFT_07, JsonSchema, SCHEMA_ID_BASE } from './jsonSchema';
import { ShapeTranslator } from './shapeToSchema';

export interface DocumentSchemaSpec {
  file: string;
  operation: string;
  title: string;
}

export const DOCUMENT_SCHEMAS: readonly DocumentSchemaSpec[] = [
  { file: 'domain-create.schema.json', operation: 'CreateDomain', title: 'Customer Profiles domain (CreateDomain body)' },
  { file: 'domain-update.schema.json', operation: 'UpdateDomain', title: 'Customer Profiles domain (UpdateDomain body)' },
  { file: 'object-type.schema.json', operation: 'PutProfileObjectType', title: 'Customer Profiles object type (PutProfileObjectType body)' },
];

export function buildDocumentSchema(model: BotocoreModel, spec: DocumentSchemaSpec): JsonSchema {
  const inputShape = inputShapeName(model, spec.operation);
  const translator = new ShapeTranslator(model, { withDocs: true, omitLocations: true }, [inputShape]);
  const body = translator.root(inputShape);
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
