// Save-time validation against the generated schemas (ajv, jsonc-parser and the schemas: ~150 KB). Lives in the
// lazy dist/domainJsonEditor.js bundle (see editor.ts), never in dist/extension.js.
import domainCreate from '../../schemas/domain-create.schema.json';
import domainUpdate from '../../schemas/domain-update.schema.json';
import objectType from '../../schemas/object-type.schema.json';
import profileUpdate from '../../schemas/profile-update.schema.json';
import type { SchemaFile } from './documentSchemas';
import { validateDocument, type DocumentValidation } from './validateDocument';

export type { DocumentError, DocumentValidation } from './validateDocument';

const SCHEMAS: Record<SchemaFile, object> = {
  'domain-create.schema.json': domainCreate,
  'domain-update.schema.json': domainUpdate,
  'object-type.schema.json': objectType,
  'profile-update.schema.json': profileUpdate,
};

export function validateEditorDocument(schema: SchemaFile, text: string): DocumentValidation<unknown> {
  return validateDocument(text, SCHEMAS[schema]);
}
