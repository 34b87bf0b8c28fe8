// Chooses the credential provider for a connection. The in-process sandbox gets dummy credentials
// (it ignores signatures, and the user's real credentials have no business there); a loopback endpoint
// falls back to them when nothing else is configured; AWS gets the SDK's providers unchanged.
import { createCredentialChain, fromEnv, fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { Logger } from '../shared/logger';
import type { ConnectionSpec, CredentialSource } from '../shared/connection/types';
import { effectiveProfileName, isLoopbackEndpoint, type Env } from '../shared/connection/resolve';

export type CredentialProvider = ReturnType<typeof fromEnv>;
type Credentials = Awaited<ReturnType<CredentialProvider>>;

export const DUMMY_CREDENTIALS: Credentials = Object.freeze({
  accessKeyId: 'AKIDSANDBOXDUMMY',
  secretAccessKey: 'local-sandbox-ignores-signatures',
});

const isMissingCredentials = (err: unknown): boolean => {
  const name = (err as { name?: unknown } | undefined)?.name;
  return name === 'CredentialsProviderError' || name === 'TokenProviderError';
};

function withDummyFallback(primary: CredentialProvider, logger: Logger): CredentialProvider {
  return async () => {
    try {
      return await primary();
    } catch (err) {
      if (!isMissingCredentials(err)) throw err;
      logger.info('No AWS credentials found; signing requests to the loopback endpoint with dummy credentials.');
      return DUMMY_CREDENTIALS;
    }
  };
}

export function createCredentialProvider(
  spec: ConnectionSpec,
  endpoint: string | undefined,
  env: Env,
  logger: Logger,
): { provider: CredentialProvider; source: CredentialSource } {
  if (spec.sandbox) return { provider: async () => DUMMY_CREDENTIALS, source: 'sandbox' };
  if (isLoopbackEndpoint(endpoint)) {
    // Never the full node chain here: it would probe the EC2 metadata address, which is not loopback.
    const primary = spec.profile
      ? fromIni({ profile: spec.profile, ignoreCache: true })
      : createCredentialChain(fromEnv(), fromIni({ profile: effectiveProfileName(undefined, env), ignoreCache: true }));
    return { provider: withDummyFallback(primary, logger), source: 'loopbackFallback' };
  }
  // fromIni covers static keys, assume-role, credential_process and SSO profiles (incl. sso-session).
  if (spec.profile) return { provider: fromIni({ profile: spec.profile, ignoreCache: true }), source: 'profile' };
  return { provider: fromNodeProviderChain({ ignoreCache: true }), source: 'defaultChain' };
}
