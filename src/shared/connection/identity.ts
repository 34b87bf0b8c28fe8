// The identity of a connection, in its two spellings. Pure.
//   connectionKey:     the full identity (sandbox or AWS, profile, region, endpoint as the user chose them);
//                      panels, caches and tree ids are keyed by it, so two connections never share state.
//   connectionSegment: the same identity as one URI path segment (readable label + hash of the key), so a
//                      document, including one VS Code restores after a reload, says which connection it is of.
import type { ConnectionSpec } from './types';

export function connectionKey(spec: ConnectionSpec): string {
  return [spec.sandbox ? 'sandbox' : 'aws', spec.profile ?? '', spec.region ?? '', spec.endpoint ?? ''].join('|');
}

/** FNV-1a, 32 bit: a short stable fingerprint (not security relevant). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `sandbox-1a2b3c4d`, `default-us-east-1-9f8e7d6c`, `prod-eu-west-1-…`: readable in breadcrumbs, unique by hash. */
export function connectionSegment(spec: ConnectionSpec): string {
  const label = spec.sandbox ? 'sandbox' : [spec.profile ?? 'default', spec.region].filter(Boolean).join('-');
  const safe = label.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 40);
  return `${safe}-${fnv1a(connectionKey(spec))}`;
}
