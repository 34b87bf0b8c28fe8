// Which generated schema validates which document, by file name (the same files contributes.jsonValidation
// points VS Code's JSON language service at, so typing and saving check the same rules). Pure.
import type { DocumentKind } from './documentUris';

export type SchemaFile = 'domain-update.schema.json' | 'domain-create.schema.json' | 'object-type.schema.json' | 'profile-update.schema.json';

export const SCHEMA_OF: Record<DocumentKind, SchemaFile> = {
  domain: 'domain-update.schema.json',
  newDomain: 'domain-create.schema.json',
  objectType: 'object-type.schema.json',
  newObjectType: 'object-type.schema.json',
  profile: 'profile-update.schema.json',
};
