// One ajv configuration for the generated schemas: draft-07, strict (typos in a schema fail loudly), and
// VS Code's `markdownDescription` registered as a known annotation so strict mode accepts it.
import Ajv from 'ajv';

export interface AjvChoices {
  /** Report every error (editor diagnostics) or stop at the first (the service reports one). */
  allErrors: boolean;
  /** Attach the failing data and parent schema to each error (used to write helpful messages). */
  verbose?: boolean;
}

export function createAjv({ allErrors, verbose = false }: AjvChoices): Ajv {
  const ajv = new Ajv({ allErrors, verbose, strict: true });
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
  return ajv;
}
