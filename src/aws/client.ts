// The facade feature code uses for every Customer Profiles call: typed by operation name
// (src/aws/operations.ts), one paging path, one log line per call at info (operation, domain, duration,
// request id, attempts; failures at warning, or error for server/network faults — never inputs or credentials).
import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';
import { COMMANDS, type OperationInput, type OperationName, type OperationOutput, type Operations } from './operations';
import { iteratePages, toPage, type Page, type PageInput, type PageItem, type PagedOperationName } from './paging';
import { createCredentialProvider } from './credentials';
import { createCallerIdentityLookup, type CallerIdentity } from './callerIdentity';
import { profileRegion } from './profiles';
import type { Logger } from '../shared/logger';
import type { ConnectionSpec, ResolvedConnection } from '../shared/connection/types';
import { effectiveProfileName, resolveEndpoint, resolveRegion, type Env } from '../shared/connection/resolve';

export interface CallOptions {
  readonly abortSignal?: AbortSignal;
  /** Receives the answer's request id (x-amzn-RequestId), e.g. for a merge journal; the output drops $metadata. */
  readonly onRequestId?: (requestId: string | undefined) => void;
}

export interface PageOptions extends CallOptions {
  /** MaxResults; undefined = the service default. */
  readonly pageSize?: number;
}

export interface CustomerProfilesApi {
  readonly connection: ResolvedConnection;
  call<K extends OperationName>(op: K, input: OperationInput<K>, options?: CallOptions): Promise<OperationOutput<K>>;
  /** One page of a paged list. */
  fetchPage<K extends PagedOperationName>(op: K, input: PageInput<K>, nextToken: string | undefined, options?: PageOptions): Promise<Page<PageItem<K>>>;
  /** Every page, lazily (loops on NextToken; stops on a repeated token or after maxPages). */
  pages<K extends PagedOperationName>(op: K, input: PageInput<K>, options?: PageOptions & { maxPages?: number }): AsyncGenerator<Page<PageItem<K>>>;
  /** STS GetCallerIdentity with this connection's credentials (at its custom endpoint, if it has one). */
  callerIdentity(): Promise<CallerIdentity>;
  dispose(): void;
}

// Connection and socket timeouts so an unreachable endpoint fails instead of hanging the tree.
const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 30_000 };

type AnyCommand = Parameters<CustomerProfilesClient['send']>[0];
type CommandConstructor<K extends OperationName> = new (input: OperationInput<K>) => AnyCommand;

interface Metadata {
  requestId?: string;
  attempts?: number;
  totalRetryDelay?: number;
  httpStatusCode?: number;
}

function domainOf(input: unknown): string {
  const name = (input as { DomainName?: unknown } | undefined)?.DomainName;
  return typeof name === 'string' ? ` ${name}` : '';
}

function metadataText(meta: Metadata | undefined): string {
  if (!meta) return '';
  const parts = [`requestId=${meta.requestId ?? '-'}`, `attempts=${meta.attempts ?? 1}`];
  if (meta.totalRetryDelay) parts.push(`retryDelay=${meta.totalRetryDelay}ms`);
  return parts.join(' ');
}

/**
 * A call the user cancelled is not a failure (info); a client-side answer of the service (4xx: not found,
 * validation, throttling) is a warning; a server fault, a network failure or anything without a status is an
 * error, since nothing the user typed explains it.
 */
function logFailure(logger: Logger, e: { name?: string; $metadata?: Metadata }, line: string): void {
  if (e.name === 'AbortError') return logger.info(line);
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 400 && status < 500) return logger.warn(line);
  logger.error(line);
}

export async function resolveConnection(spec: ConnectionSpec, env: Env, logger: Logger): Promise<Omit<ResolvedConnection, 'credentialSource'>> {
  const endpoint = spec.sandbox ? { endpoint: spec.endpoint, source: 'sandbox' as const } : resolveEndpoint({ setting: spec.endpoint, env });
  let fromProfile: string | undefined;
  if (!spec.sandbox && !spec.region?.trim()) {
    try {
      fromProfile = await profileRegion(effectiveProfileName(spec.profile, env));
    } catch (err) {
      logger.warn(`Could not read the AWS config files: ${(err as Error).message}`);
    }
  }
  const region = resolveRegion({ setting: spec.region, profileRegion: fromProfile, env });
  return { profile: spec.profile, region: region.region, regionSource: region.source, endpoint: endpoint.endpoint, endpointSource: endpoint.source };
}

export async function createCustomerProfilesApi(spec: ConnectionSpec, logger: Logger, env: Env = process.env): Promise<CustomerProfilesApi> {
  const resolved = await resolveConnection(spec, env, logger);
  const credentials = createCredentialProvider(spec, resolved.endpoint, env, logger);
  const connection: ResolvedConnection = { ...resolved, credentialSource: credentials.source };
  const client = new CustomerProfilesClient({
    region: connection.region,
    endpoint: connection.endpoint,
    credentials: credentials.provider,
    requestHandler: REQUEST_HANDLER,
  });
  logger.info(
    `Connected: profile=${connection.profile ?? '(default chain)'} region=${connection.region} (${connection.regionSource})` +
      ` endpoint=${connection.endpoint ?? '(AWS)'} credentials=${connection.credentialSource}`,
  );

  async function call<K extends OperationName>(op: K, input: OperationInput<K>, options: CallOptions = {}): Promise<OperationOutput<K>> {
    const Command = COMMANDS[op] as unknown as CommandConstructor<K>;
    const started = Date.now();
    try {
      // The SDK types abortSignal with its own minimal interface; a DOM/Node AbortSignal satisfies it at runtime.
      const output = (await client.send(new Command(input), { abortSignal: options.abortSignal as never })) as Operations[K]['output'];
      const { $metadata, ...rest } = output;
      logger.info(`${op}${domainOf(input)} ok ${Date.now() - started}ms ${metadataText($metadata)}`);
      options.onRequestId?.($metadata?.requestId);
      return rest as OperationOutput<K>;
    } catch (err) {
      const e = err as { name?: string; message?: string; $metadata?: Metadata };
      const line = `${op}${domainOf(input)} failed ${Date.now() - started}ms ${e.name ?? 'Error'}: ${e.message ?? ''} ${metadataText(e.$metadata)}`;
      logFailure(logger, e, line);
      throw err;
    }
  }

  async function fetchPage<K extends PagedOperationName>(op: K, input: PageInput<K>, nextToken: string | undefined, options: PageOptions = {}): Promise<Page<PageItem<K>>> {
    const full = { ...input, NextToken: nextToken, MaxResults: options.pageSize } as unknown as OperationInput<K>;
    return toPage(op, await call(op, full, options));
  }

  const sts = createCallerIdentityLookup({ region: connection.region, endpoint: connection.endpoint, credentials: credentials.provider }, logger);

  return {
    connection,
    call,
    fetchPage,
    pages: (op, input, options = {}) => iteratePages((token) => fetchPage(op, input, token, options), { maxPages: options.maxPages }),
    callerIdentity: () => sts.lookup(),
    dispose: () => {
      client.destroy();
      sts.dispose();
    },
  };
}
