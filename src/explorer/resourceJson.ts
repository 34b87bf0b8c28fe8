// "Open as JSON": which Get* call describes each resource, how a resource is named in a virtual
// document path, and how the response is rendered (timestamps ISO, no $metadata). Pure.
import type { CustomerProfilesApi } from '../aws/client';
import type { ResourceNode } from './nodes';

export type ResourceRef =
  | { readonly kind: 'domain'; readonly domainName: string }
  | { readonly kind: 'objectType'; readonly domainName: string; readonly name: string }
  | { readonly kind: 'identityResolutionJob'; readonly domainName: string; readonly name: string }
  | { readonly kind: 'uploadJob'; readonly domainName: string; readonly name: string }
  | { readonly kind: 'workflow'; readonly domainName: string; readonly name: string };

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
  }
}

// Path segment per kind; the document title shows it ("object-types/Customer.json").
const SEGMENT = {
  objectType: 'object-types',
  identityResolutionJob: 'identity-resolution-jobs',
  uploadJob: 'upload-jobs',
  workflow: 'workflows',
} as const;
type ChildKind = keyof typeof SEGMENT;
const KIND_OF_SEGMENT = new Map<string, ChildKind>(Object.entries(SEGMENT).map(([k, v]) => [v, k as ChildKind]));

/** A resource of one connection (connectionSegment() of src/connection/identity.ts). */
export interface ConnectionResourceRef {
  readonly connection: string;
  readonly ref: ResourceRef;
}

/**
 * `/<connection>/demo-retail.json`, `/<connection>/demo-retail/object-types/Customer.json`: the editor tab shows
 * the resource's own name, and the first segment says which connection the document was read from (so a
 * document never shows another connection's resource of the same name). Segments are URI-encoded.
 */
export function resourcePath(connection: string, ref: ResourceRef): string {
  const base = `/${encodeURIComponent(connection)}/${encodeURIComponent(ref.domainName)}`;
  if (ref.kind === 'domain') return `${base}.json`;
  return `${base}/${SEGMENT[ref.kind]}/${encodeURIComponent(ref.name)}.json`;
}

export function parseResourcePath(path: string): ConnectionResourceRef | undefined {
  const [connectionPart, ...parts] = path.split('/').filter(Boolean);
  if (!connectionPart || parts.some((p) => p === '.json')) return undefined; // no connection, empty name
  try {
    const connection = decodeURIComponent(connectionPart);
    if (parts.length === 1 && parts[0].endsWith('.json')) {
      return { connection, ref: { kind: 'domain', domainName: decodeURIComponent(parts[0].slice(0, -'.json'.length)) } };
    }
    if (parts.length === 3 && parts[2].endsWith('.json')) {
      const kind = KIND_OF_SEGMENT.get(parts[1]);
      if (!kind) return undefined;
      return { connection, ref: { kind, domainName: decodeURIComponent(parts[0]), name: decodeURIComponent(parts[2].slice(0, -'.json'.length)) } };
    }
  } catch {
    return undefined; // malformed percent-encoding
  }
  return undefined;
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
  }
}

/** Pretty JSON: Dates as ISO-8601 strings, SDK `$metadata` dropped, undefined members omitted. */
export function renderResourceJson(output: object): string {
  return `${JSON.stringify(output, (key, value: unknown) => (key === '$metadata' ? undefined : value), 2)}\n`;
}
