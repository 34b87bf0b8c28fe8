// Tree node ids, in one place. A resource's node id IS its resource key (src/shared/resourceId.ts: connection key +
// resource path), so the tree, documents, panels and review states name a resource the same way; folder and
// helper nodes extend their parent's id. Pure.
import { CHILD_SEGMENT, resourceKey, type ChildKind } from '../../shared/resourceId';
import type { FolderKind } from './nodes';

export const ROOT_LIST = 'domains';

/** The kind of resource each folder lists. */
export const FOLDER_CHILD: Readonly<Record<FolderKind, ChildKind>> = {
  objectTypes: 'objectType',
  identityResolutionJobs: 'identityResolutionJob',
  uploadJobs: 'uploadJob',
  workflows: 'workflow',
};

export const domainNodeId = (connectionKey: string, domainName: string): string => resourceKey(connectionKey, { kind: 'domain', domainName });
/** `<domain id>/object-types`: the prefix of its children's resource keys. */
export const folderNodeId = (domainId: string, folder: FolderKind): string => `${domainId}/${CHILD_SEGMENT[FOLDER_CHILD[folder]]}`;
/** A resource listed in a folder (object type, job, workflow): equal to its resource key. */
export const childNodeId = (folderId: string, name: string): string => `${folderId}/${encodeURIComponent(name)}`;
export const matchesNodeId = (domainId: string): string => `${domainId}#matches`;
export const ruleMatchesNodeId = (domainId: string): string => `${domainId}#ruleMatches`;
/** `<domain id>/profiles`: the prefix of its profiles' resource keys (kind 'profile'); also the results' list key. */
export const profilesNodeId = (domainId: string): string => `${domainId}/${CHILD_SEGMENT.profile}`;
export const profileSearchActionNodeId = (profilesId: string, recentIdentity?: string): string =>
  recentIdentity === undefined ? `${profilesId}#search` : `${profilesId}#recent:${encodeURIComponent(recentIdentity)}`;
export const profileResultsNodeId = (profilesId: string): string => `${profilesId}#results`;
export const loadMoreNodeId = (listKey: string): string => `${listKey}#more`;
export const errorNodeId = (listKey: string): string => `${listKey}#error`;
export const placeholderNodeId = (listKey: string, why: 'empty' | 'filtered'): string => `${listKey}#${why}`;

/**
 * A tree node of ANOTHER connection than `currentKey`: its id names a resource as `<connection key>::<path>…`.
 * VS Code keeps showing the previous connection's rows until the new domain list arrives, and a row's command
 * carries its node; such a node must not act on the current connection. Root-level helper nodes (no '::') pass.
 */
export function isOtherConnectionNode(arg: unknown, currentKey: string): boolean {
  if (!arg || typeof arg !== 'object') return false;
  const { kind, id } = arg as { kind?: unknown; id?: unknown };
  return typeof kind === 'string' && typeof id === 'string' && id.includes('::') && !id.startsWith(`${currentKey}::`);
}
