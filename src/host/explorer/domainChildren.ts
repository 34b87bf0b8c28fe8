// The folders under a domain. Each entry is one folder backed by one paged list operation; adding a
// folder is one more entry in DOMAIN_CHILDREN. (The "Matches" item beside them is not a list: see
// matchesSummary.ts and the provider's matchesNodeOf.)
import type { CustomerProfilesApi, PageOptions } from '../../aws/client';
import type { Page, PageInput, PageItem, PagedOperationName } from '../../aws/paging';
import type { FolderKind, IdentityResolutionJobNode, ObjectTypeNode, ResourceNode, UploadJobNode, WorkflowNode } from './nodes';
import { isRunningIdentityResolutionStatus, isRunningUploadStatus } from './jobStatus';
import { childNodeId } from './nodeIds';

export interface FolderSpec {
  readonly folder: FolderKind;
  readonly label: string;
  /** Codicon id. */
  readonly icon: string;
  /** Plural noun for messages: "Failed to load object types". */
  readonly what: string;
  readonly emptyLabel: string;
  fetchPage(api: CustomerProfilesApi, domainName: string, folderId: string, nextToken: string | undefined, options: PageOptions): Promise<Page<ResourceNode>>;
  /** When any loaded node is running, the folder refreshes itself (with backoff) until none is. */
  readonly isRunning?: (node: ResourceNode) => boolean;
}

interface FolderDefinition<K extends PagedOperationName, N extends ResourceNode> {
  readonly folder: FolderKind;
  readonly label: string;
  readonly icon: string;
  readonly what: string;
  readonly emptyLabel: string;
  readonly op: K;
  /** Item → node; `key` must be unique within the list (used for ids and de-duplication). */
  toNode(domainName: string, item: PageItem<K>, folderId: string): N;
  readonly isRunning?: (node: N) => boolean;
}

function defineFolder<K extends PagedOperationName, N extends ResourceNode>(def: FolderDefinition<K, N>): FolderSpec {
  return {
    folder: def.folder,
    label: def.label,
    icon: def.icon,
    what: def.what,
    emptyLabel: def.emptyLabel,
    async fetchPage(api, domainName, folderId, nextToken, options) {
      // Every folder list here takes just the domain name besides the paging members.
      const input = { DomainName: domainName } as PageInput<K>;
      const page = await api.fetchPage(def.op, input, nextToken, options);
      return { items: page.items.map((item) => def.toNode(domainName, item, folderId)), nextToken: page.nextToken };
    },
    isRunning: def.isRunning ? (node) => def.isRunning!(node as N) : undefined,
  };
}

export const OBJECT_TYPES = defineFolder({
  folder: 'objectTypes',
  label: 'Object Types',
  icon: 'symbol-class',
  what: 'object types',
  emptyLabel: 'No object types',
  op: 'ListProfileObjectTypes',
  toNode: (domainName, item, folderId): ObjectTypeNode => ({
    kind: 'objectType',
    id: childNodeId(folderId, item.ObjectTypeName ?? ''),
    domainName,
    objectTypeName: item.ObjectTypeName ?? '',
    item,
  }),
});

export const IDENTITY_RESOLUTION_JOBS = defineFolder({
  folder: 'identityResolutionJobs',
  label: 'Identity Resolution Jobs',
  icon: 'git-merge',
  what: 'identity resolution jobs',
  emptyLabel: 'No identity resolution jobs',
  op: 'ListIdentityResolutionJobs',
  toNode: (domainName, item, folderId): IdentityResolutionJobNode => ({
    kind: 'identityResolutionJob',
    id: childNodeId(folderId, item.JobId ?? ''),
    domainName,
    jobId: item.JobId ?? '',
    item,
  }),
  isRunning: (node) => isRunningIdentityResolutionStatus(node.item.Status),
});

export const UPLOAD_JOBS = defineFolder({
  folder: 'uploadJobs',
  label: 'Upload Jobs',
  icon: 'cloud-upload',
  what: 'upload jobs',
  emptyLabel: 'No upload jobs',
  op: 'ListUploadJobs',
  toNode: (domainName, item, folderId): UploadJobNode => ({
    kind: 'uploadJob',
    id: childNodeId(folderId, item.JobId ?? ''),
    domainName,
    jobId: item.JobId ?? '',
    item,
  }),
  isRunning: (node) => isRunningUploadStatus(node.item.Status),
});

export const WORKFLOWS = defineFolder({
  folder: 'workflows',
  label: 'Workflows',
  icon: 'type-hierarchy',
  what: 'workflows',
  emptyLabel: 'No workflows',
  op: 'ListWorkflows',
  toNode: (domainName, item, folderId): WorkflowNode => ({
    kind: 'workflow',
    id: childNodeId(folderId, item.WorkflowId ?? ''),
    domainName,
    workflowId: item.WorkflowId ?? '',
    item,
  }),
});

export const DOMAIN_CHILDREN: readonly FolderSpec[] = [OBJECT_TYPES, IDENTITY_RESOLUTION_JOBS, UPLOAD_JOBS, WORKFLOWS];

export function folderSpec(folder: FolderKind): FolderSpec {
  const spec = DOMAIN_CHILDREN.find((s) => s.folder === folder);
  if (!spec) throw new Error(`Unknown folder ${folder}`);
  return spec;
}
