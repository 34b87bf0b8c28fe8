// STS GetCallerIdentity for the connection's credentials: the account id Customer Profiles ARNs need (no Customer
// Profiles response carries it). Same region and credentials as the Customer Profiles client; with a custom
// endpoint (an emulator such as the sandbox) STS is asked at that endpoint too, never at AWS, so a local connection
// never sends credentials elsewhere.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CredentialProvider } from './credentials';
import type { Logger } from '../shared/logger';

export interface CallerIdentity {
  readonly account: string;
  readonly arn?: string;
}

export function createCallerIdentityLookup(
  options: { readonly region: string; readonly endpoint?: string; readonly credentials: CredentialProvider },
  logger: Logger,
): { lookup(): Promise<CallerIdentity>; dispose(): void } {
  let client: STSClient | undefined;
  return {
    async lookup() {
      client ??= new STSClient({
        region: options.region,
        endpoint: options.endpoint,
        credentials: options.credentials,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
        maxAttempts: 2,
      });
      const started = Date.now();
      try {
        const out = await client.send(new GetCallerIdentityCommand({}));
        if (!out.Account) throw new Error('STS GetCallerIdentity answered without an Account.');
        logger.info(`sts:GetCallerIdentity ok ${Date.now() - started}ms requestId=${out.$metadata.requestId ?? '-'}`);
        return { account: out.Account, arn: out.Arn };
      } catch (err) {
        const e = err as { name?: string; message?: string };
        logger.warn(`sts:GetCallerIdentity failed ${Date.now() - started}ms ${e.name ?? 'Error'}: ${e.message ?? ''}`);
        throw err;
      }
    },
    dispose: () => client?.destroy(),
  };
}
