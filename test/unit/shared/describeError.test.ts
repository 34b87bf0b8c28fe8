import * as assert from 'node:assert/strict';
import { describeError, type ErrorKind } from '../../../src/shared/describeError';

/** SDK-shaped service error as @aws-sdk/client-customer-profiles throws it (see SHAPES.md, wire behaviour). */
function serviceError(name: string, status: number, message: string, fault: 'client' | 'server' = status >= 500 ? 'server' : 'client'): Error {
  return Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: status, requestId: 'req-1', attempts: 1 } });
}

function credentialsError(message: string, name = 'CredentialsProviderError'): Error {
  return Object.assign(new Error(message), { name, tryNextLink: false });
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, errno: -111, syscall: 'connect' });
}

describe('shared/describeError', () => {
  const cases: { name: string; err: unknown; kind: ErrorKind; mentions?: RegExp; actions?: string[] }[] = [
    { name: 'AccessDeniedException', err: serviceError('AccessDeniedException', 403, 'User is not authorized'), kind: 'accessDenied', mentions: /profile "dev"/, actions: ['selectProfile', 'showLog'] },
    { name: 'bare 403 without a modeled type', err: serviceError('Unknown', 403, 'UnknownError'), kind: 'accessDenied' },
    { name: 'UnrecognizedClientException (bad keys)', err: serviceError('UnrecognizedClientException', 400, 'The security token is invalid'), kind: 'accessDenied' },
    { name: 'ResourceNotFoundException', err: serviceError('ResourceNotFoundException', 404, 'Domain x not found'), kind: 'notFound', mentions: /Domain x not found/ },
    { name: 'ThrottlingException', err: serviceError('ThrottlingException', 429, 'Rate exceeded'), kind: 'throttled', actions: ['retry', 'showLog'] },
    { name: 'ThrottlingException sent with 400', err: serviceError('ThrottlingException', 400, 'Rate exceeded'), kind: 'throttled' },
    { name: 'BadRequestException', err: serviceError('BadRequestException', 400, 'Invalid MaxResults'), kind: 'badRequest' },
    { name: 'InternalServerException', err: serviceError('InternalServerException', 500, 'oops'), kind: 'server' },
    { name: '503 with unknown type', err: serviceError('Unknown', 503, 'UnknownError'), kind: 'server' },
    { name: 'ExpiredTokenException', err: serviceError('ExpiredTokenException', 400, 'The security token included in the request is expired'), kind: 'expiredToken', mentions: /aws sso login --profile dev/ },
    { name: 'expired SSO session', err: credentialsError('The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.'), kind: 'expiredToken', mentions: /aws sso login --profile dev/ },
    { name: 'expired SSO token (token provider)', err: credentialsError('Token is expired. To refresh this SSO session run \'aws sso login\'', 'TokenProviderError'), kind: 'expiredToken' },
    { name: 'no credentials anywhere', err: credentialsError('Could not load credentials from any providers'), kind: 'noCredentials', actions: ['selectProfile', 'startSandbox', 'showLog'] },
    { name: 'missing profile', err: credentialsError('Could not resolve credentials using profile: [dev] in configuration/credentials file(s).'), kind: 'noCredentials' },
    { name: 'connection refused', err: socketError('ECONNREFUSED'), kind: 'unreachable', mentions: /http:\/\/127\.0\.0\.1:4566.*ECONNREFUSED/ },
    { name: 'DNS failure nested in cause', err: Object.assign(new Error('fetch failed'), { cause: socketError('ENOTFOUND') }), kind: 'unreachable' },
    { name: 'SDK timeout', err: Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }), kind: 'unreachable' },
    { name: 'aborted', err: Object.assign(new Error('Request aborted'), { name: 'AbortError' }), kind: 'cancelled', actions: [] },
    { name: 'plain Error', err: new Error('weird'), kind: 'unknown', mentions: /weird/ },
    { name: 'non-Error value', err: 'just a string', kind: 'unknown', mentions: /just a string/ },
    { name: 'null', err: null, kind: 'unknown' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.kind}`, () => {
      const d = describeError(c.err, { profile: 'dev', endpoint: 'http://127.0.0.1:4566' });
      assert.equal(d.kind, c.kind);
      assert.ok(d.message.length > 0);
      if (c.mentions) assert.match(`${d.message} ${d.nextStep ?? ''}`, c.mentions);
      if (c.actions) assert.deepEqual(d.actions, c.actions);
    });
  }

  it('keeps the request id of service errors', () => {
    assert.equal(describeError(serviceError('InternalServerException', 500, 'x')).requestId, 'req-1');
  });

  it('without a profile suggests the plain sso login and names the default chain', () => {
    const d = describeError(credentialsError('The SSO session associated with this profile has expired.'));
    assert.match(d.nextStep ?? '', /"aws sso login"/);
    assert.match(d.message, /default credential chain/);
  });
});
