// Maps whatever an API call threw (SDK service errors, credential-provider errors, socket errors)
// to what the user should know and do next. Pure: works on the error's shape, never imports the SDK,
// so it is table-tested with SDK-shaped objects, and reporting an error never loads the SDK bundle.
// The service's own message is passed through as it came (a value, not translated).
import * as l10n from '@vscode/l10n';

export type ErrorKind =
  | 'accessDenied'
  | 'notFound'
  | 'throttled'
  | 'expiredToken'
  | 'noCredentials'
  | 'unreachable'
  | 'badRequest'
  | 'server'
  | 'cancelled'
  | 'unknown';

/** Follow-up actions the UI offers as buttons; the extension maps them to commands. */
export type ErrorAction = 'showLog' | 'selectProfile' | 'selectRegion' | 'setEndpoint' | 'startSandbox' | 'retry';

export interface ErrorDescription {
  readonly kind: ErrorKind;
  /** One line for the user, without the next step. */
  readonly message: string;
  /** What to do about it. */
  readonly nextStep?: string;
  readonly actions: readonly ErrorAction[];
  readonly requestId?: string;
}

export interface ErrorContext {
  /** Profile in use; undefined = default chain. Used for `aws sso login --profile X`. */
  readonly profile?: string;
  readonly endpoint?: string;
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  errno?: unknown;
  cause?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE']);

function shapeOf(err: unknown): ErrorShape {
  return typeof err === 'object' && err !== null ? (err as ErrorShape) : { message: String(err) };
}

function networkCode(err: ErrorShape, depth = 0): string | undefined {
  if (typeof err.code === 'string' && NETWORK_CODES.has(err.code)) return err.code;
  // Node's fetch/undici and AggregateError nest the socket error.
  const nested = (err as { errors?: unknown }).errors;
  if (Array.isArray(nested)) for (const e of nested) { const c = networkCode(shapeOf(e), depth + 1); if (c) return c; }
  if (depth < 3 && err.cause) return networkCode(shapeOf(err.cause), depth + 1);
  return undefined;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function ssoLogin(profile: string | undefined): string {
  return `aws sso login${profile ? ` --profile ${profile}` : ''}`;
}

export function describeError(err: unknown, context: ErrorContext = {}): ErrorDescription {
  const e = shapeOf(err);
  const name = text(e.name);
  const message = text(e.message) || name || l10n.t('Unknown error');
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  const requestId = typeof e.$metadata?.requestId === 'string' ? e.$metadata.requestId : undefined;
  const base = { requestId };

  if (name === 'AbortError' || name === 'CancellationError') {
    return { ...base, kind: 'cancelled', message: l10n.t('The request was cancelled.'), actions: [] };
  }

  const expired =
    /ExpiredToken|TokenRefreshRequired/.test(name) ||
    ((name === 'CredentialsProviderError' || name === 'TokenProviderError') && /expired|sso session|sso token/i.test(message)) ||
    /security token included in the request is expired/i.test(message);
  if (expired) {
    return {
      ...base,
      kind: 'expiredToken',
      message: context.profile
        ? l10n.t('The credentials of profile "{0}" have expired.', context.profile)
        : l10n.t('The credentials of the default credential chain have expired.'),
      nextStep: l10n.t('Run "{0}" in a terminal (or refresh the credentials), then retry.', ssoLogin(context.profile)),
      actions: ['retry', 'selectProfile', 'showLog'],
    };
  }

  if (name === 'CredentialsProviderError' || name === 'TokenProviderError' || /could not load credentials/i.test(message)) {
    return {
      ...base,
      kind: 'noCredentials',
      message: context.profile
        ? l10n.t('No AWS credentials found for profile "{0}": {1}', context.profile, message)
        : l10n.t('No AWS credentials found for the default credential chain: {0}', message),
      nextStep: l10n.t('Select an AWS profile (or set {0} / {1}), or start the local sandbox to try the extension without AWS.', 'AWS_ACCESS_KEY_ID', 'AWS_PROFILE'),
      actions: ['selectProfile', 'startSandbox', 'showLog'],
    };
  }

  const code = networkCode(e);
  if (code || name === 'TimeoutError' || name === 'RequestTimeout') {
    const where = context.endpoint ?? l10n.t('the Customer Profiles endpoint');
    return {
      ...base,
      kind: 'unreachable',
      message: code ? l10n.t('Cannot reach {0} ({1}).', where, code) : l10n.t('Cannot reach {0}.', where),
      nextStep: context.endpoint
        ? l10n.t('Check the endpoint setting (is the emulator running?) or clear it to use AWS.')
        : l10n.t('Check your network, proxy and region.'),
      actions: ['setEndpoint', 'startSandbox', 'showLog'],
    };
  }

  if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException' || name === 'InvalidSignatureException' || status === 403) {
    return {
      ...base,
      kind: 'accessDenied',
      message: context.profile
        ? l10n.t('Access denied for profile "{0}": {1}', context.profile, message)
        : l10n.t('Access denied for the default credential chain: {0}', message),
      nextStep: l10n.t('Grant the IAM permissions for this action ({0} on the domain), or select another profile.', 'profile:*'),
      actions: ['selectProfile', 'showLog'],
    };
  }
  if (name === 'ResourceNotFoundException' || status === 404) {
    return {
      ...base,
      kind: 'notFound',
      message: l10n.t('Not found: {0}', message),
      nextStep: l10n.t('It may have been deleted or be in another region; refresh the explorer or select another region.'),
      actions: ['retry', 'selectRegion', 'showLog'],
    };
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException' || status === 429) {
    return {
      ...base,
      kind: 'throttled',
      message: l10n.t('Customer Profiles is throttling requests (the SDK already retried).'),
      nextStep: l10n.t('Wait a few seconds and retry; a smaller page size makes fewer calls per list.'),
      actions: ['retry', 'showLog'],
    };
  }
  if (name === 'BadRequestException' || name === 'ValidationException' || status === 400) {
    return { ...base, kind: 'badRequest', message: l10n.t('The service rejected the request: {0}', message), nextStep: l10n.t('Check the input; details are in the log.'), actions: ['showLog'] };
  }
  if (name === 'InternalServerException' || e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return { ...base, kind: 'server', message: l10n.t('Customer Profiles failed: {0}', message), nextStep: l10n.t('Retry in a moment.'), actions: ['retry', 'showLog'] };
  }
  return { ...base, kind: 'unknown', message, nextStep: l10n.t('Details are in the log.'), actions: ['retry', 'showLog'] };
}
