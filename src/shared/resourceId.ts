// The one identity of a Customer Profiles resource: a domain, or a resource inside it. Everything that names a
// resource derives from it: tree node ids, "Open as JSON" and editor document paths, ARNs, matches panel and
// review-state keys (with the connection's key in front), and command arguments. Pure.

export type ChildKind = 'objectType' | 'identityResolutionJob' | 'uploadJob' | 'workflow' | 'profile';

export type ResourceId =
  | { readonly kind: 'domain'; readonly domainName: string }
  | { readonly kind: ChildKind; readonly domainName: string; readonly name: string };

/** The path segment of each kind of child: `demo-retail/object-types/Customer`. */
export const CHILD_SEGMENT: Readonly<Record<ChildKind, string>> = {
  objectType: 'object-types',
  identityResolutionJob: 'identity-resolution-jobs',
  uploadJob: 'upload-jobs',
  workflow: 'workflows',
  profile: 'profiles',
};
const KIND_OF_SEGMENT = new Map<string, ChildKind>(Object.entries(CHILD_SEGMENT).map(([kind, segment]) => [segment, kind as ChildKind]));

const enc = encodeURIComponent;

/** `demo-retail`, `demo-retail/object-types/Customer`: URI-encoded segments, so any name round-trips. */
export function resourcePath(id: ResourceId): string {
  const domain = enc(id.domainName);
  return id.kind === 'domain' ? domain : `${domain}/${CHILD_SEGMENT[id.kind]}/${enc(id.name)}`;
}

/** Inverse of resourcePath; undefined for anything else (empty names, unknown kinds, bad encodings). */
export function parseResourcePath(path: string): ResourceId | undefined {
  const parts = path.split('/');
  try {
    const domainName = decodeURIComponent(parts[0] ?? '');
    if (!domainName) return undefined;
    if (parts.length === 1) return { kind: 'domain', domainName };
    const kind = KIND_OF_SEGMENT.get(parts[1]);
    const name = parts.length === 3 ? decodeURIComponent(parts[2]) : '';
    return kind && name ? { kind, domainName, name } : undefined;
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** The resource within one connection (connectionKey of src/shared/connection/identity.ts): unique across connections. */
export function resourceKey(connectionKey: string, id: ResourceId): string {
  return `${connectionKey}::${resourcePath(id)}`;
}

export function parseResourceKey(key: string): { readonly connectionKey: string; readonly id: ResourceId } | undefined {
  const at = key.lastIndexOf('::');
  if (at < 0) return undefined;
  const id = parseResourcePath(key.slice(at + 2));
  return id ? { connectionKey: key.slice(0, at), id } : undefined;
}

export function sameResource(a: ResourceId, b: ResourceId): boolean {
  return resourcePath(a) === resourcePath(b);
}
