// Pure: model in, file contents out. Shared by the CLI (generate.ts) and the determinism test, which
// regenerates in memory and compares with the committed files.
import { BotocoreModel } from './botocoreModel';
import { DOCUMENT_SCHEMAS, buildDocumentSchema } from './documentSchemas';
import { OPERATIONS_SCHEMA_FILE, buildOperationsSchema } from './operationsSchema';

/** File name (in src/schemas/) -> exact file text. Insertion order is deterministic, so output is too. */
export function generateSchemaFiles(model: BotocoreModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of DOCUMENT_SCHEMAS) {
    files.set(spec.file, `${JSON.stringify(buildDocumentSchema(model, spec), null, 2)}\n`);
  }
  files.set(OPERATIONS_SCHEMA_FILE, `${JSON.stringify(buildOperationsSchema(model), null, 1)}\n`);
  return files;
}
