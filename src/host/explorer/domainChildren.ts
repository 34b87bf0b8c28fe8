// The folders under a domain. Each entry is one folder backed by one paged list operation; adding a
// folder is one more entry in DOMAIN_CHILDREN. (The "Matches" item beside them is not a list: see
// matchesSummary.ts and the provider's matchesNodeOf.)
import * as l10n from '@vscode/l10n';
import type { CustomerProfilesApi, PageOptions } from '../../aws/client';
import type { Page, PageInput, PageItem, PagedOperationName } from '../../aws/paging';
import type { FolderKind, IdentityResolutionJobNode, ObjectTypeNode, ResourceNode, UploadJobNode, WorkflowNode } from './nodes';
import { isRunningIdentityResolutionStatus, isRunningUploadStatus } from './jobStatus';
import { childNodeId } from './nodeIds';

/** The user-visible texts of a folder, translated when asked for (l10n.t at render time). */
export interface FolderTexts {
  readonly label: string;
  readonly emptyLabel: string;
  /** The error row when the first page failed: "Failed to load object types". */
  readonly failed: string;
  /** The error row when a later page failed. */
  readonly failedMore: string;
}

export interface FolderSpec {
  readonly folder: FolderKind;
  /** Label, placeholder and error rows (translated). */
  texts(): FolderTexts;
  readonly label: string;
  /** Codicon id. */
  readonly icon: string;
  /** Plural noun for log lines (English, not shown in the UI): "object types". */
  readonly what: string;
  fetchPage(api: CustomerProfilesApi, domainName: string, folderId: string, nextToken: string | undefined, options: PageOptions): Promise<Page<ResourceNode>>;
  /** When any loaded node is running, the folder refreshes itself (with backoff) until none is. */
  readonly isRunning?: (node: ResourceNode) => boolean;
}

interface FolderDefinition<K extends PagedOperationName, N extends ResourceNode> {
  readonly folder: FolderKind;
  texts(): FolderTexts;
  readonly icon: string;
  readonly what: string;
  readonly op: K;
  /** Item → node; `key` must be unique within the list (used for ids and de-duplication). */
  toNode(domainName: string, item: PageItem<K>, folderId: string): N;
  readonly isRunning?: (node: N) => boolean;
}

function defineFolder<K extends PagedOperationName, N extends ResourceNode>(def: FolderDefinition<K, N>): FolderSpec {
  return {
    folder: def.folder,
    texts: def.texts,
    get label() { return def.texts().label; },
    icon: def.icon,
    what: def.what,
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
  texts: () => ({ label: l10n.t('Object Types'), emptyLabel: l10n.t('No object types'), failed: l10n.t('Failed to load object types'), failedMore: l10n.t('Failed to load more object types') }),
  icon: 'symbol-class',
  what: 'object types',
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
  texts: () => ({
    label: l10n.t('Identity Resolution Jobs'), emptyLabel: l10n.t('No identity resolution jobs'),
    failed: l10n.t('Failed to load identity resolution jobs'), failedMore: l10n.t('Failed to load more identity resolution jobs'),
  }),
  icon: 'git-merge',
  what: 'identity resolution jobs',
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
  texts: () => ({ label: l10n.t('Upload Jobs'), emptyLabel: l10n.t('No upload jobs'), failed: l10n.t('Failed to load upload jobs'), failedMore: l10n.t('Failed to load more upload jobs') }),
  icon: 'cloud-upload',
  what: 'upload jobs',
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
  texts: () => ({ label: l10n.t('Workflows'), emptyLabel: l10n.t('No workflows'), failed: l10n.t('Failed to load workflows'), failedMore: l10n.t('Failed to load more workflows') }),
  icon: 'type-hierarchy',
  what: 'workflows',
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
