// MatchesDeps for the extension: the matches panels use the explorer's ConnectionManager (one client per
// connection, SDK loaded lazily) and its log channel.
import type { ConnectionManager } from '../connection/connectionManager';
import type { ConnectionSpec, ResolvedConnection } from '../../shared/connection/types';
import type { Logger } from '../../shared/logger';
import type { CustomerProfilesApi } from '../../aws/client';
import type { MatchesBackend } from './backend';
import type { MatchesConnection, MatchesDeps } from './panel';

/** Review states are stored under this id: the same account/region/endpoint always gives the same id. */
export function matchesConnectionId(spec: ConnectionSpec, resolved: ResolvedConnection): string {
  if (spec.sandbox) return `sandbox|${resolved.endpoint ?? ''}`;
  return ['aws', resolved.profile ?? spec.profile ?? 'default', resolved.region, resolved.endpoint ?? ''].join('|');
}

/** Shown in the panel: "sandbox (127.0.0.1:4566)", "default · eu-west-1", "dev · us-east-1 · localhost:4566". */
export function matchesConnectionLabel(spec: ConnectionSpec, resolved: ResolvedConnection): string {
  const host = resolved.endpoint ? hostOf(resolved.endpoint) : undefined;
  if (spec.sandbox) return `sandbox (${host ?? 'local'})`;
  return [resolved.profile ?? spec.profile ?? 'default', resolved.region, host].filter(Boolean).join(' · ');
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/**
 * `confirm` is left unset (VS Code's modal); the test API sets it on the returned object. `createBackend` comes
 * from the lazily loaded matches bundle (src/extension.ts), so the backend's code is not in the entry bundle.
 */
export function matchesDepsFor(connection: ConnectionManager, log: Logger, createBackend: (api: CustomerProfilesApi) => MatchesBackend): MatchesDeps {
  return {
    async connection(): Promise<MatchesConnection> {
      const spec = connection.spec();
      const api = await connection.api();
      const label = matchesConnectionLabel(spec, api.connection);
      return {
        id: matchesConnectionId(spec, api.connection),
        label,
        backend: createBackend(api),
      };
    },
    connectionKey: () => connection.key(),
    onDidChangeConnection: (listener) => connection.onDidChange(listener),
    async listDomains(): Promise<string[]> {
      const api = await connection.api();
      const names: string[] = [];
      for await (const page of api.pages('ListDomains', {}, { pageSize: 100 })) {
        for (const d of page.items) if (d.DomainName) names.push(d.DomainName);
      }
      return names.sort();
    },
    log: (line) => log.info(line),
  };
}
