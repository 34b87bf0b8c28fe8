// Tree node ids, in one place. Every id starts with the connection's key and names the resource by its
// URI-encoded name, so ids are unique across connections and a name with `/` or `#` cannot collide with
// another node's id. Pure.

const enc = encodeURIComponent;

export const ROOT_LIST = 'domains';

export const domainNodeId = (connectionKey: string, domainName: string): string => `${connectionKey}::${enc(domainName)}`;
export const folderNodeId = (domainId: string, folder: string): string => `${domainId}/${folder}`;
export const matchesNodeId = (domainId: string): string => `${domainId}/matches`;
/** A resource listed in a folder (object type, job, workflow). */
export const childNodeId = (folderId: string, name: string): string => `${folderId}/${enc(name)}`;
export const loadMoreNodeId = (listKey: string): string => `${listKey}#more`;
export const errorNodeId = (listKey: string): string => `${listKey}#error`;
export const placeholderNodeId = (listKey: string, why: 'empty' | 'filtered'): string => `${listKey}#${why}`;
