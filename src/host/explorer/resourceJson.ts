// "Open as JSON": which Get* call describes each resource, how a resource is named in a virtual
// document path, and how the response is rendered (timestamps ISO, no $metadata). Pure.
import * as l10n from '@vscode/l10n';
import type { CustomerProfilesApi } from '../../aws/client';
import { parseResourcePath as parseResourceIdPath, resourcePath as resourceIdPath, type ResourceId } from '../../shared/resourceId';
import type { ResourceNode } from './nodes';

/** The resource a JSON document shows: the one resource identity (src/shared/resourceId.ts). */
export type ResourceRef = ResourceId;

export function resourceRefOf(node: ResourceNode): ResourceRef {
  switch (node.kind) {
    case 'domain':
      return { kind: 'domain', domainName: node.domainName };
    case 'objectType':
      return { kind: 'objectType', domainName: node.domainName, name: node.objectTypeName };
    case 'identityResolutionJob':
      return { kind: 'identityResolutionJob', domainName: node.domainName, name: node.jobId };
    case 'uploadJob':
      return { kind: 'uploadJob', domainName: node.domainName, name: node.jobId };
    case 'workflow':
      return { kind: 'workflow', domainName: node.domainName, name: node.workflowId };
    case 'profile':
      return { kind: 'profile', domainName: node.domainName, name: node.profileId };
  }
}

/** A resource of one connection (connectionSegment() of src/shared/connection/identity.ts). */
export interface ConnectionResourceRef {
  readonly connection: string;
  readonly ref: ResourceRef;
}

/**
 * `/<connection>/demo-retail.json`, `/<connection>/demo-retail/object-types/Customer.json`: the editor tab shows
 * the resource's own name, and the first segment says which connection the document was read from (so a
 * document never shows another connection's resource of the same name).
 */
export function resourcePath(connection: string, ref: ResourceRef): string {
  return `/${encodeURIComponent(connection)}/${resourceIdPath(ref)}.json`;
}

export function parseResourcePath(path: string): ConnectionResourceRef | undefined {
  const match = /^\/([^/]+)\/(.+)\.json$/.exec(path);
  if (!match) return undefined;
  try {
    const connection = decodeURIComponent(match[1]);
    const ref = parseResourceIdPath(match[2]);
    return connection && ref ? { connection, ref } : undefined;
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** The Get* response for a resource, through the facade. */
export function fetchResource(api: CustomerProfilesApi, ref: ResourceRef): Promise<object> {
  const DomainName = ref.domainName;
  switch (ref.kind) {
    case 'domain':
      return api.call('GetDomain', { DomainName });
    case 'objectType':
      return api.call('GetProfileObjectType', { DomainName, ObjectTypeName: ref.name });
    case 'identityResolutionJob':
      return api.call('GetIdentityResolutionJob', { DomainName, JobId: ref.name });
    case 'uploadJob':
      return api.call('GetUploadJob', { DomainName, JobId: ref.name });
    case 'workflow':
      return api.call('GetWorkflow', { DomainName, WorkflowId: ref.name });
    case 'profile':
      return fetchProfile(api, DomainName, ref.name);
  }
}

/** There is no GetProfile: SearchProfiles on the standard `_profileId` key is the service's lookup by id. */
async function fetchProfile(api: CustomerProfilesApi, DomainName: string, profileId: string): Promise<object> {
  const found = await api.call('SearchProfiles', { DomainName, KeyName: '_profileId', Values: [profileId] });
  const profile = found.Items?.find((p) => p.ProfileId === profileId);
  if (!profile) throw Object.assign(new Error(l10n.t('Profile {0} was not found in domain {1}.', profileId, DomainName)), { name: 'ResourceNotFoundException' });
  return profile;
}

/** Pretty JSON: Dates as ISO-8601 strings, SDK `$metadata` dropped, undefined members omitted. */
export function renderResourceJson(output: object): string {
  return `${JSON.stringify(output, (key, value: unknown) => (key === '$metadata' ? undefined : value), 2)}\n`;
}
