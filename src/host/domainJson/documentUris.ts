// Where the editable documents live: `customer-profiles:/<connection>/domains/<name>.json` and friends; a profile at
// `customer-profiles:/<connection>/<domain>/profiles/<id>.json` (the one resource identity's path, src/shared/resourceId.ts). Pure.
// The first segment identifies the connection (connectionSegment() of src/shared/connection/identity.ts), so two
// connections never share a document and a restored tab can tell it belongs to another connection.
// The file name is always `<name>.json`: the tab shows the resource's name and the language mode is json.

import { parseResourcePath, resourcePath } from '../../shared/resourceId';
import * as l10n from '@vscode/l10n';

export const DOCUMENT_SCHEME = 'customer-profiles';

export type DocumentRef =
  | { readonly kind: 'domain'; readonly connection: string; readonly domainName: string }
  | { readonly kind: 'newDomain'; readonly connection: string; readonly domainName: string }
  | { readonly kind: 'objectType'; readonly connection: string; readonly domainName: string; readonly objectTypeName: string }
  | { readonly kind: 'newObjectType'; readonly connection: string; readonly domainName: string; readonly objectTypeName: string }
  | { readonly kind: 'profile'; readonly connection: string; readonly domainName: string; readonly profileId: string };

export type DocumentKind = DocumentRef['kind'];

const enc = encodeURIComponent;

export function documentPath(ref: DocumentRef): string {
  const base = `/${enc(ref.connection)}`;
  switch (ref.kind) {
    case 'domain':
      return `${base}/domains/${enc(ref.domainName)}.json`;
    case 'newDomain':
      return `${base}/new-domains/${enc(ref.domainName)}.json`;
    case 'objectType':
      return `${base}/domains/${enc(ref.domainName)}/object-types/${enc(ref.objectTypeName)}.json`;
    case 'newObjectType':
      return `${base}/domains/${enc(ref.domainName)}/new-object-types/${enc(ref.objectTypeName)}.json`;
    case 'profile':
      return `${base}/${resourcePath({ kind: 'profile', domainName: ref.domainName, name: ref.profileId })}.json`;
  }
}

function jsonName(segment: string): string | undefined {
  if (!segment.endsWith('.json') || segment.length === '.json'.length) return undefined;
  return decodeURIComponent(segment.slice(0, -'.json'.length));
}

/** Inverse of documentPath; undefined for anything else (directories, malformed encodings). */
export function parseDocumentPath(path: string): DocumentRef | undefined {
  const parts = path.split('/').filter(Boolean);
  try {
    const connection = parts[0] === undefined ? '' : decodeURIComponent(parts[0]);
    if (!connection) return undefined;
    if (parts.length === 3) {
      const domainName = jsonName(parts[2]);
      if (domainName === undefined) return undefined;
      if (parts[1] === 'domains') return { kind: 'domain', connection, domainName };
      if (parts[1] === 'new-domains') return { kind: 'newDomain', connection, domainName };
    }
    if (parts.length === 5 && parts[1] === 'domains') {
      const domainName = decodeURIComponent(parts[2]);
      const objectTypeName = jsonName(parts[4]);
      if (!domainName || objectTypeName === undefined) return undefined;
      if (parts[3] === 'object-types') return { kind: 'objectType', connection, domainName, objectTypeName };
      if (parts[3] === 'new-object-types') return { kind: 'newObjectType', connection, domainName, objectTypeName };
    }
    if (parts.length === 4 && parts[3].endsWith('.json')) {
      const id = parseResourcePath(parts.slice(1).join('/').slice(0, -'.json'.length));
      if (id?.kind === 'profile') return { kind: 'profile', connection, domainName: id.domainName, profileId: id.name };
    }
  } catch {
    return undefined; // malformed percent-encoding
  }
  return undefined;
}

/** True for every document of the domain (its own, its drafts, its object types). */
export function belongsToDomain(ref: DocumentRef, connection: string, domainName: string): boolean {
  return ref.connection === connection && ref.domainName === domainName;
}

/** Human name for messages: `domain demo-retail`, `object type Customer in demo-retail`. */
export function describeRef(ref: DocumentRef): string {
  switch (ref.kind) {
    case 'domain':
    case 'newDomain':
      return l10n.t('domain {0}', ref.domainName);
    case 'objectType':
    case 'newObjectType':
      return l10n.t('object type {0} in {1}', ref.objectTypeName, ref.domainName);
    case 'profile':
      return l10n.t('profile {0} in {1}', ref.profileId, ref.domainName);
  }
}

/** The document a draft turns into once created. */
export function savedRef(ref: DocumentRef): DocumentRef {
  if (ref.kind === 'newDomain') return { kind: 'domain', connection: ref.connection, domainName: ref.domainName };
  if (ref.kind === 'newObjectType') return { ...ref, kind: 'objectType' };
  return ref;
}

export const DOMAIN_NAME = { pattern: /^[a-zA-Z0-9_-]+$/, min: 1, max: 64 } as const;
export const OBJECT_TYPE_NAME = { pattern: /^[a-zA-Z_][a-zA-Z_0-9-]*$/, min: 1, max: 255 } as const;

/** Problem with a proposed name (InputBox validateInput), or undefined when it is well-formed. */
export function nameProblem(value: string, rule: { pattern: RegExp; min: number; max: number }, what: 'domain' | 'object type'): string | undefined {
  const domain = what === 'domain';
  if (value.length < rule.min) return domain ? l10n.t('Enter a domain name.') : l10n.t('Enter an object type name.');
  if (value.length > rule.max) {
    return domain
      ? l10n.t('A domain name has at most {0} characters (this one has {1}).', rule.max, value.length)
      : l10n.t('An object type name has at most {0} characters (this one has {1}).', rule.max, value.length);
  }
  if (!rule.pattern.test(value)) {
    return domain
      ? l10n.t('A domain name may only contain letters, digits, _ and -.')
      : l10n.t('An object type name may only contain letters, digits, _ and - (not starting with a digit or -).');
  }
  return undefined;
}
