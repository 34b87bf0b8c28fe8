// The one table of Customer Profiles operations the extension calls. Adding an operation = one import
// and one row. Feature code names operations by string and gets SDK-accurate input/output types,
// without importing the SDK (src/aws is the only code that does).
import {
  ListDomainsCommand,
  GetDomainCommand,
  CreateDomainCommand,
  UpdateDomainCommand,
  DeleteDomainCommand,
  ListProfileObjectTypesCommand,
  GetProfileObjectTypeCommand,
  PutProfileObjectTypeCommand,
  DeleteProfileObjectTypeCommand,
  ListProfileObjectTypeTemplatesCommand,
  GetProfileObjectTypeTemplateCommand,
  ListIdentityResolutionJobsCommand,
  GetIdentityResolutionJobCommand,
  GetMatchesCommand,
  GetSimilarProfilesCommand,
  MergeProfilesCommand,
  GetAutoMergingPreviewCommand,
  ListRuleBasedMatchesCommand,
  BatchGetProfileCommand,
  SearchProfilesCommand,
  CreateProfileCommand,
  UpdateProfileCommand,
  DeleteProfileCommand,
  AddProfileKeyCommand,
  PutProfileObjectCommand,
  ListProfileObjectsCommand,
  ListProfileHistoryRecordsCommand,
  GetProfileHistoryRecordCommand,
  DetectProfileObjectTypeCommand,
  ListUploadJobsCommand,
  GetUploadJobCommand,
  CreateUploadJobCommand,
  StartUploadJobCommand,
  StopUploadJobCommand,
  ListWorkflowsCommand,
  GetWorkflowCommand,
  GetWorkflowStepsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-customer-profiles';
import type {
  ListDomainsCommandInput, ListDomainsCommandOutput,
  GetDomainCommandInput, GetDomainCommandOutput,
  CreateDomainCommandInput, CreateDomainCommandOutput,
  UpdateDomainCommandInput, UpdateDomainCommandOutput,
  DeleteDomainCommandInput, DeleteDomainCommandOutput,
  ListProfileObjectTypesCommandInput, ListProfileObjectTypesCommandOutput,
  GetProfileObjectTypeCommandInput, GetProfileObjectTypeCommandOutput,
  PutProfileObjectTypeCommandInput, PutProfileObjectTypeCommandOutput,
  DeleteProfileObjectTypeCommandInput, DeleteProfileObjectTypeCommandOutput,
  ListProfileObjectTypeTemplatesCommandInput, ListProfileObjectTypeTemplatesCommandOutput,
  GetProfileObjectTypeTemplateCommandInput, GetProfileObjectTypeTemplateCommandOutput,
  ListIdentityResolutionJobsCommandInput, ListIdentityResolutionJobsCommandOutput,
  GetIdentityResolutionJobCommandInput, GetIdentityResolutionJobCommandOutput,
  GetMatchesCommandInput, GetMatchesCommandOutput,
  GetSimilarProfilesCommandInput, GetSimilarProfilesCommandOutput,
  MergeProfilesCommandInput, MergeProfilesCommandOutput,
  GetAutoMergingPreviewCommandInput, GetAutoMergingPreviewCommandOutput,
  ListRuleBasedMatchesCommandInput, ListRuleBasedMatchesCommandOutput,
  BatchGetProfileCommandInput, BatchGetProfileCommandOutput,
  SearchProfilesCommandInput, SearchProfilesCommandOutput,
  CreateProfileCommandInput, CreateProfileCommandOutput,
  UpdateProfileCommandInput, UpdateProfileCommandOutput,
  DeleteProfileCommandInput, DeleteProfileCommandOutput,
  AddProfileKeyCommandInput, AddProfileKeyCommandOutput,
  PutProfileObjectCommandInput, PutProfileObjectCommandOutput,
  ListProfileObjectsCommandInput, ListProfileObjectsCommandOutput,
  ListProfileHistoryRecordsCommandInput, ListProfileHistoryRecordsCommandOutput,
  GetProfileHistoryRecordCommandInput, GetProfileHistoryRecordCommandOutput,
  DetectProfileObjectTypeCommandInput, DetectProfileObjectTypeCommandOutput,
  ListUploadJobsCommandInput, ListUploadJobsCommandOutput,
  GetUploadJobCommandInput, GetUploadJobCommandOutput,
  CreateUploadJobCommandInput, CreateUploadJobCommandOutput,
  StartUploadJobCommandInput, StartUploadJobCommandOutput,
  StopUploadJobCommandInput, StopUploadJobCommandOutput,
  ListWorkflowsCommandInput, ListWorkflowsCommandOutput,
  GetWorkflowCommandInput, GetWorkflowCommandOutput,
  GetWorkflowStepsCommandInput, GetWorkflowStepsCommandOutput,
  TagResourceCommandInput, TagResourceCommandOutput,
  UntagResourceCommandInput, UntagResourceCommandOutput,
  ListTagsForResourceCommandInput, ListTagsForResourceCommandOutput,
} from '@aws-sdk/client-customer-profiles';

export interface Operations {
  ListDomains: { input: ListDomainsCommandInput; output: ListDomainsCommandOutput };
  GetDomain: { input: GetDomainCommandInput; output: GetDomainCommandOutput };
  CreateDomain: { input: CreateDomainCommandInput; output: CreateDomainCommandOutput };
  UpdateDomain: { input: UpdateDomainCommandInput; output: UpdateDomainCommandOutput };
  DeleteDomain: { input: DeleteDomainCommandInput; output: DeleteDomainCommandOutput };
  ListProfileObjectTypes: { input: ListProfileObjectTypesCommandInput; output: ListProfileObjectTypesCommandOutput };
  GetProfileObjectType: { input: GetProfileObjectTypeCommandInput; output: GetProfileObjectTypeCommandOutput };
  PutProfileObjectType: { input: PutProfileObjectTypeCommandInput; output: PutProfileObjectTypeCommandOutput };
  DeleteProfileObjectType: { input: DeleteProfileObjectTypeCommandInput; output: DeleteProfileObjectTypeCommandOutput };
  ListProfileObjectTypeTemplates: { input: ListProfileObjectTypeTemplatesCommandInput; output: ListProfileObjectTypeTemplatesCommandOutput };
  GetProfileObjectTypeTemplate: { input: GetProfileObjectTypeTemplateCommandInput; output: GetProfileObjectTypeTemplateCommandOutput };
  ListIdentityResolutionJobs: { input: ListIdentityResolutionJobsCommandInput; output: ListIdentityResolutionJobsCommandOutput };
  GetIdentityResolutionJob: { input: GetIdentityResolutionJobCommandInput; output: GetIdentityResolutionJobCommandOutput };
  GetMatches: { input: GetMatchesCommandInput; output: GetMatchesCommandOutput };
  GetSimilarProfiles: { input: GetSimilarProfilesCommandInput; output: GetSimilarProfilesCommandOutput };
  MergeProfiles: { input: MergeProfilesCommandInput; output: MergeProfilesCommandOutput };
  GetAutoMergingPreview: { input: GetAutoMergingPreviewCommandInput; output: GetAutoMergingPreviewCommandOutput };
  ListRuleBasedMatches: { input: ListRuleBasedMatchesCommandInput; output: ListRuleBasedMatchesCommandOutput };
  BatchGetProfile: { input: BatchGetProfileCommandInput; output: BatchGetProfileCommandOutput };
  SearchProfiles: { input: SearchProfilesCommandInput; output: SearchProfilesCommandOutput };
  CreateProfile: { input: CreateProfileCommandInput; output: CreateProfileCommandOutput };
  UpdateProfile: { input: UpdateProfileCommandInput; output: UpdateProfileCommandOutput };
  DeleteProfile: { input: DeleteProfileCommandInput; output: DeleteProfileCommandOutput };
  AddProfileKey: { input: AddProfileKeyCommandInput; output: AddProfileKeyCommandOutput };
  PutProfileObject: { input: PutProfileObjectCommandInput; output: PutProfileObjectCommandOutput };
  ListProfileObjects: { input: ListProfileObjectsCommandInput; output: ListProfileObjectsCommandOutput };
  ListProfileHistoryRecords: { input: ListProfileHistoryRecordsCommandInput; output: ListProfileHistoryRecordsCommandOutput };
  GetProfileHistoryRecord: { input: GetProfileHistoryRecordCommandInput; output: GetProfileHistoryRecordCommandOutput };
  DetectProfileObjectType: { input: DetectProfileObjectTypeCommandInput; output: DetectProfileObjectTypeCommandOutput };
  ListUploadJobs: { input: ListUploadJobsCommandInput; output: ListUploadJobsCommandOutput };
  GetUploadJob: { input: GetUploadJobCommandInput; output: GetUploadJobCommandOutput };
  CreateUploadJob: { input: CreateUploadJobCommandInput; output: CreateUploadJobCommandOutput };
  StartUploadJob: { input: StartUploadJobCommandInput; output: StartUploadJobCommandOutput };
  StopUploadJob: { input: StopUploadJobCommandInput; output: StopUploadJobCommandOutput };
  ListWorkflows: { input: ListWorkflowsCommandInput; output: ListWorkflowsCommandOutput };
  GetWorkflow: { input: GetWorkflowCommandInput; output: GetWorkflowCommandOutput };
  GetWorkflowSteps: { input: GetWorkflowStepsCommandInput; output: GetWorkflowStepsCommandOutput };
  TagResource: { input: TagResourceCommandInput; output: TagResourceCommandOutput };
  UntagResource: { input: UntagResourceCommandInput; output: UntagResourceCommandOutput };
  ListTagsForResource: { input: ListTagsForResourceCommandInput; output: ListTagsForResourceCommandOutput };
}

export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = Operations[K]['input'];
/** Output without the SDK's $metadata (feature code never needs it; request ids are logged here). */
export type OperationOutput<K extends OperationName> = Omit<Operations[K]['output'], '$metadata'>;

export const COMMANDS = {
  ListDomains: ListDomainsCommand,
  GetDomain: GetDomainCommand,
  CreateDomain: CreateDomainCommand,
  UpdateDomain: UpdateDomainCommand,
  DeleteDomain: DeleteDomainCommand,
  ListProfileObjectTypes: ListProfileObjectTypesCommand,
  GetProfileObjectType: GetProfileObjectTypeCommand,
  PutProfileObjectType: PutProfileObjectTypeCommand,
  DeleteProfileObjectType: DeleteProfileObjectTypeCommand,
  ListProfileObjectTypeTemplates: ListProfileObjectTypeTemplatesCommand,
  GetProfileObjectTypeTemplate: GetProfileObjectTypeTemplateCommand,
  ListIdentityResolutionJobs: ListIdentityResolutionJobsCommand,
  GetIdentityResolutionJob: GetIdentityResolutionJobCommand,
  GetMatches: GetMatchesCommand,
  GetSimilarProfiles: GetSimilarProfilesCommand,
  MergeProfiles: MergeProfilesCommand,
  GetAutoMergingPreview: GetAutoMergingPreviewCommand,
  ListRuleBasedMatches: ListRuleBasedMatchesCommand,
  BatchGetProfile: BatchGetProfileCommand,
  SearchProfiles: SearchProfilesCommand,
  CreateProfile: CreateProfileCommand,
  UpdateProfile: UpdateProfileCommand,
  DeleteProfile: DeleteProfileCommand,
  AddProfileKey: AddProfileKeyCommand,
  PutProfileObject: PutProfileObjectCommand,
  ListProfileObjects: ListProfileObjectsCommand,
  ListProfileHistoryRecords: ListProfileHistoryRecordsCommand,
  GetProfileHistoryRecord: GetProfileHistoryRecordCommand,
  DetectProfileObjectType: DetectProfileObjectTypeCommand,
  ListUploadJobs: ListUploadJobsCommand,
  GetUploadJob: GetUploadJobCommand,
  CreateUploadJob: CreateUploadJobCommand,
  StartUploadJob: StartUploadJobCommand,
  StopUploadJob: StopUploadJobCommand,
  ListWorkflows: ListWorkflowsCommand,
  GetWorkflow: GetWorkflowCommand,
  GetWorkflowSteps: GetWorkflowStepsCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
  ListTagsForResource: ListTagsForResourceCommand,
} as const satisfies Record<OperationName, unknown>;
