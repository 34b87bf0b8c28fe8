// Entry of the lazily loaded dist/aws.js bundle: everything that touches the AWS SDK.
// Contract used by features (through src/lazy.ts). Implementation: client factory, credentials,
// the one paging helper, error mapping — each in its own file under src/aws/.
export type { OperationName, OperationInput, OperationOutput } from './operations';
