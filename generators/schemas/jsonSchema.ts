// The draft-07 JSON Schema subset the generator emits (plus VS Code's `markdownDescription` annotation).

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  propertyNames?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  definitions?: Record<string, JsonSchema>;
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Base of every generated schema's $id (a name, never fetched). */
export const SCHEMA_ID_BASE = 'https://cpx-tools.github.io/customer-profiles-explorer/schemas/';
