// The sandbox's request-validation schema: the complete input (URI labels, query and body members, under
// their member names) of every operation the sandbox implements. No documentation: it is bundled.
import { BotocoreModel, inputShapeName } from './botocoreModel';
import { DRAFT_07, JsonSchema, SCHEMA_ID_BASE } from './jsonSchema';
import { ShapeTranslator } from './shapeToSchema';

export const OPERATIONS_SCHEMA_FILE = 'operations.schema.json';

/** Every operation the sandbox implements (issue 2, item 4). */
export const SANDBOX_OPERATIONS: readonly string[] = [
  'CreateDomain', 'GetDomain', 'UpdateDomain', 'DeleteDomain', 'ListDomains',
  'PutProfileObjectType', 'GetProfileObjectType', 'DeleteProfileObjectType', 'ListProfileObjectTypes',
  'ListProfileObjectTypeTemplates', 'GetProfileObjectTypeTemplate',
  'CreateProfile', 'UpdateProfile', 'DeleteProfile', 'SearchProfiles', 'BatchGetProfile', 'AddProfileKey',
  'PutProfileObject', 'ListProfileObjects', 'ListProfileHistoryRecords', 'GetProfileHistoryRecord', 'DetectProfileObjectType',
  'ListIdentityResolutionJobs', 'GetIdentityResolutionJob', 'GetMatches', 'MergeProfiles',
  'GetAutoMergingPreview', 'ListRuleBasedMatches', 'GetSimilarProfiles',
  'CreateUploadJob', 'GetUploadJob', 'ListUploadJobs', 'StartUploadJob', 'StopUploadJob', 'GetUploadJobPath',
  'ListWorkflows', 'GetWorkflow', 'GetWorkflowSteps',
  'TagResource', 'UntagResource', 'ListTagsForResource',
];

/**
 * `{ operations: { <Op>: <input schema> }, definitions }`. `operations` is not a JSON Schema keyword on
 * purpose: the file is a container, and the validator compiles one operation at a time against the shared
 * `definitions` (compiling the whole file would compile every operation up front).
 */
export interface OperationsSchemaFile {
  $schema: string;
  $id: string;
  title: string;
  operations: Record<string, JsonSchema>;
  definitions: Record<string, JsonSchema>;
}

export function buildOperationsSchema(model: BotocoreModel): OperationsSchemaFile {
  const names = [...SANDBOX_OPERATIONS].sort();
  const inputs = names.map((op) => inputShapeName(model, op));
  const translator = new ShapeTranslator(model, { withDocs: false, omitLocations: false }, inputs);
  const operations: Record<string, JsonSchema> = {};
  names.forEach((op, i) => {
    operations[op] = translator.root(inputs[i]);
  });
  return {
    $schema: DRAFT_07,
    $id: SCHEMA_ID_BASE + OPERATIONS_SCHEMA_FILE,
    title: 'Customer Profiles operation inputs (sandbox request validation)',
    operations,
    definitions: translator.collectedDefinitions(),
  };
}
