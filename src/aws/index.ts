// Entry of the lazily loaded dist/aws.js bundle: everything that touches the AWS SDK.
// Feature code reaches it only through src/lazy.ts loadAws() and names operations from ./operations.
export type { OperationName, OperationInput, OperationOutput } from './operations';
export type { Page, PageInput, PageItem, PagedOperationName } from './paging';
export type { CustomerProfilesApi, CallOptions, PageOptions } from './client';
export type { AwsProfileSummary, AwsProfileKind } from './profiles';
export { createCustomerProfilesApi } from './client';
export { listAwsProfiles } from './profiles';
export { collectAll, iteratePages } from './paging';
