// How a connection is shown to the user (status bar, tooltips, log). Pure.
import type { ConnectionSpec, ResolvedConnection } from './types';
import * as l10n from '@vscode/l10n';

function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** Status-bar text: `$(account) profile @ region` (plus the custom endpoint's host) or `$(beaker) sandbox`. */
export function statusBarText(spec: ConnectionSpec, resolved?: ResolvedConnection): string {
  if (spec.sandbox) return `$(beaker) ${l10n.t('sandbox')}`;
  const profile = spec.profile ?? l10n.t('default');
  const region = resolved?.region ?? spec.region ?? '…';
  const endpoint = resolved?.endpoint ?? spec.endpoint;
  return `$(account) ${profile} @ ${region}${endpoint ? ` · ${endpointHost(endpoint)}` : ''}`;
}

export function connectionTooltip(spec: ConnectionSpec, resolved?: ResolvedConnection): string {
  if (spec.sandbox) return `${l10n.t('Customer Profiles: local sandbox at {0}', spec.endpoint ?? '…')}\n${l10n.t('Click for connection actions')}`;
  const lines = [
    spec.profile ? l10n.t('Customer Profiles: profile {0}', spec.profile) : l10n.t('Customer Profiles: profile (default credential chain)'),
    resolved ? l10n.t('Region: {0} (from {1})', resolved.region, resolved.regionSource) : spec.region ? l10n.t('Region: {0}', spec.region) : l10n.t('Region: not resolved yet'),
  ];
  const endpoint = resolved?.endpoint ?? spec.endpoint;
  if (endpoint) lines.push(resolved?.endpointSource ? l10n.t('Endpoint: {0} (from {1})', endpoint, resolved.endpointSource) : l10n.t('Endpoint: {0}', endpoint));
  lines.push(l10n.t('Click for connection actions'));
  return lines.join('\n');
}

export { connectionKey } from './identity';
