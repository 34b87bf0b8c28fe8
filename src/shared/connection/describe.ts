// How a connection is shown to the user (status bar, tooltips, log). Pure.
import type { ConnectionSpec, ResolvedConnection } from './types';

function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** Status-bar text: `$(account) profile @ region` (plus the custom endpoint's host) or `$(beaker) sandbox`. */
export function statusBarText(spec: ConnectionSpec, resolved?: ResolvedConnection): string {
  if (spec.sandbox) return '$(beaker) sandbox';
  const profile = spec.profile ?? 'default';
  const region = resolved?.region ?? spec.region ?? '…';
  const endpoint = resolved?.endpoint ?? spec.endpoint;
  return `$(account) ${profile} @ ${region}${endpoint ? ` · ${endpointHost(endpoint)}` : ''}`;
}

export function connectionTooltip(spec: ConnectionSpec, resolved?: ResolvedConnection): string {
  if (spec.sandbox) return `Customer Profiles: local sandbox at ${spec.endpoint ?? '…'}\nClick for connection actions`;
  const lines = [
    `Customer Profiles: profile ${spec.profile ?? '(default credential chain)'}`,
    `Region: ${resolved ? `${resolved.region} (from ${resolved.regionSource})` : spec.region ?? 'not resolved yet'}`,
  ];
  const endpoint = resolved?.endpoint ?? spec.endpoint;
  if (endpoint) lines.push(`Endpoint: ${endpoint}${resolved?.endpointSource ? ` (from ${resolved.endpointSource})` : ''}`);
  lines.push('Click for connection actions');
  return lines.join('\n');
}

export { connectionKey } from './identity';
