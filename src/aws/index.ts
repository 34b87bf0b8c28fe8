// Entry of the lazily loaded dist/aws.js bundle: everything that touches the AWS SDK.
// Only src/extension.ts loads it (through src/lazy.ts) and hands its functions to the features, which name its
// types and operations (./operations) but never import its values.
export type { OperationName, OperationInput, OperationOutput } from './operations';
export type { Page, PageInput, PageItem, PagedOperationName } from './paging';
export type { CustomerProfilesApi, CallOptions, PageOptions } from './client';
export type { CallerIdentity } from './callerIdentity';
export type { AwsProfileSummary, AwsProfileKind } from './profiles';
export { createCustomerProfilesApi } from './client';
export { listAwsProfiles } from './profiles';
export { collectAll, iteratePages } from './paging';
