// In-memory state of the sandbox. Anything keyed by caller-chosen strings is a Map (names like
// "__proto__" pass the model's patterns). Timestamps are epoch seconds, as they travel on the wire.
import type { ProfileRecord } from '../../shared/profile';

export interface StoredObject {
  ObjectTypeName: string;
  ProfileObjectUniqueKey: string;
  /** The object exactly as received (a JSON string). */
  Object: string;
  ProfileId: string;
}

export interface StoredProfile {
  profile: ProfileRecord;
  /** Profile keys (AddProfileKey, object-type keys): key name -> values. */
  keys: Map<string, string[]>;
  /** Objects attached to this profile: object type -> unique key -> object. */
  objects: Map<string, Map<string, StoredObject>>;
  lastUpdatedAt: number;
  /** Object types whose data created/updated this profile (for SOURCE conflict resolution). */
  sourceObjectTypes: string[];
  /** Per object type, the profile fields and keys its objects populated (DeleteProfileObjectType scrubs them). */
  populatedBy?: Map<string, TypeProvenance>;
}

export interface TypeProvenance {
  /** Profile path (`PhoneNumber`, `Address.City`, `Attributes.x`) -> the value the type wrote. */
  fields: Map<string, string>;
  /** Key name -> values the type added. */
  keys: Map<string, string[]>;
}

export interface MatchGroupState {
  /** Position in the job's original output: the stable paging key even after groups shrink. */
  seq: number;
  MatchId: string;
  ProfileIds: string[];
  ConfidenceScore: number;
}

export interface MatchResultState {
  jobId: string;
  generatedAt: number;
  groups: MatchGroupState[];
}

export type JobStatus = 'PENDING' | 'PREPROCESSING' | 'FIND_MATCHING' | 'MERGING' | 'COMPLETED' | 'PARTIAL_SUCCESS' | 'FAILED';

export interface IdentityJobState {
  JobId: string;
  Status: JobStatus;
  JobStartTime: number;
  JobEndTime?: number;
  LastUpdatedAt: number;
  JobExpirationTime: number;
  Message?: string;
  AutoMerging?: Record<string, unknown>;
  ExportingLocation?: { S3Exporting: { S3BucketName: string; S3KeyName: string } };
  JobStats?: { NumberOfProfilesReviewed: number; NumberOfMatchesFound: number; NumberOfMergesDone: number };
  /** Groups found in FIND_MATCHING, published at COMPLETED. Not part of the wire shape. */
  pendingGroups?: MatchGroupState[];
}

export interface ObjectTypeState {
  ObjectTypeName: string;
  Description: string;
  TemplateId?: string;
  ExpirationDays?: number;
  EncryptionKey?: string;
  AllowProfileCreation?: boolean;
  SourceLastUpdatedTimestampFormat?: string;
  MaxProfileObjectCount?: number;
  SourcePriority?: number;
  Fields?: Record<string, { Source?: string; Target?: string; ContentType?: string }>;
  Keys?: Record<string, Array<{ StandardIdentifiers?: string[]; FieldNames?: string[] }>>;
  CreatedAt: number;
  LastUpdatedAt: number;
  Tags: Map<string, string>;
}

export interface UploadJobState {
  JobId: string;
  DisplayName: string;
  Status: 'CREATED' | 'IN_PROGRESS' | 'PARTIALLY_SUCCEEDED' | 'SUCCEEDED' | 'FAILED' | 'STOPPED';
  StatusReason?: 'VALIDATION_FAILURE' | 'INTERNAL_FAILURE';
  CreatedAt: number;
  CompletedAt?: number;
  Fields: Record<string, unknown>;
  UniqueKey: string;
  DataExpiry?: number;
  ResultsSummary?: { UpdatedRecords: number; CreatedRecords: number; FailedRecords: number };
}

export interface WorkflowStepState {
  /** AppflowIntegrationWorkflowStep members. */
  FlowName: string;
  Status: string;
  ExecutionMessage: string;
  RecordsProcessed: number;
  BatchRecordsStartTime: string;
  BatchRecordsEndTime: string;
  CreatedAt: number;
  LastUpdatedAt: number;
}

export interface WorkflowState {
  WorkflowId: string;
  WorkflowType: 'APPFLOW_INTEGRATION';
  Status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE' | 'FAILED' | 'SPLIT' | 'RETRY' | 'CANCELLED';
  StatusDescription: string;
  CreatedAt: number;
  LastUpdatedAt: number;
  Attributes: Record<string, unknown>;
  Metrics: Record<string, unknown>;
  steps: WorkflowStepState[];
}

export type RuleBasedStatus = 'PENDING' | 'IN_PROGRESS' | 'ACTIVE';

/**
 * RuleBasedMatching's server-owned Status. Persisted; the rule matches themselves are not (they are rebuilt
 * from the profiles and the configuration on load).
 */
export interface RuleStatusState {
  Status: RuleBasedStatus;
  /** Epoch seconds the current status began. */
  since: number;
  /** ACTIVE only: from when the configuration may change again ("a day after the status is ACTIVE"). */
  changeableAt?: number;
}

/** ListProfileHistoryRecords' ActionType enum. */
export type HistoryActionType =
  | 'ADDED_PROFILE_KEY' | 'DELETED_PROFILE_KEY' | 'CREATED' | 'UPDATED' | 'INGESTED' | 'DELETED_BY_CUSTOMER' | 'EXPIRED' | 'MERGED' | 'DELETED_BY_MERGE';

export interface HistoryRecordState {
  Id: string;
  /** Per-domain write order: the listing's sort key (newest first), stable across equal timestamps. */
  seq: number;
  ObjectTypeName: string;
  CreatedAt: number;
  LastUpdatedAt: number;
  ActionType: HistoryActionType;
  ProfileObjectUniqueKey?: string;
  PerformedBy: string;
  Content: string;
}

export interface DomainHistoryState {
  seq: number;
  /** Profile id -> its records, oldest first. */
  byProfile: Map<string, HistoryRecordState[]>;
  /** Deleted profiles whose history is kept, earliest deleted first. */
  deleted: string[];
}

export interface DomainState {
  DomainName: string;
  DefaultExpirationDays: number;
  DefaultEncryptionKey?: string;
  DeadLetterQueueUrl?: string;
  /** MatchingRequest as given (Enabled, JobSchedule, AutoMerging, ExportingConfig). */
  Matching?: Record<string, unknown>;
  /** RuleBasedMatchingRequest as given (Status is server-owned: see ruleStatus). */
  RuleBasedMatching?: Record<string, unknown>;
  /** Where the rule-based matching configuration is in its lifecycle; absent while it is off or absent. */
  ruleStatus?: RuleStatusState;
  DataStore?: { Enabled?: boolean };
  CreatedAt: number;
  LastUpdatedAt: number;
  Tags: Map<string, string>;
  profiles: Map<string, StoredProfile>;
  objectTypes: Map<string, ObjectTypeState>;
  /** Identity-resolution jobs in start order. */
  jobs: IdentityJobState[];
  /** Latest completed job's match groups. */
  matches?: MatchResultState;
  uploadJobs: Map<string, UploadJobState>;
  workflows: Map<string, WorkflowState>;
  /** Profile history records (store/history.ts); absent until the first one, and in older state files. */
  history?: DomainHistoryState;
}

export interface SandboxState {
  version: 1;
  /** HMAC secret of NextTokens; persisted so tokens survive a restart. */
  tokenSecret: string;
  domains: Map<string, DomainState>;
}
