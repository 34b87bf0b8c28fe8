// STS GetCallerIdentity on the sandbox's endpoint, so a client pointed at the sandbox learns the account id its
// ARNs carry the way it would on AWS (the extension builds Copy ARN / tag ARNs from it). STS speaks the AWS query
// protocol: a form-encoded POST to `/` with `Action=GetCallerIdentity`, answered with XML. Only this action exists.
import type { ServerResponse } from 'http';
import type { ApiError } from './errors';
import { ACCOUNT_ID } from './ids';
import { CALLER_ARN } from './store/history';

/** The sandbox authenticates no one: every caller is the one sandbox user (the PerformedBy of history records). */
export const SANDBOX_CALLER = { Account: ACCOUNT_ID, Arn: CALLER_ARN, UserId: 'AIDASANDBOXUSER000000' } as const;

/** The form's Action when the request is an STS query call (POST / with a form body); otherwise undefined. */
export function stsAction(method: string, path: string, contentType: string | undefined, body: string): string | undefined {
  if (method !== 'POST' || path !== '/' || !/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) return undefined;
  return new URLSearchParams(body).get('Action') ?? '';
}

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An injected fault in STS's own words (query protocol error codes), so clients see the error STS would send. */
const STS_FAULTS: Readonly<Record<string, { status: number; code: string; type: 'Sender' | 'Receiver' }>> = {
  ThrottlingException: { status: 400, code: 'Throttling', type: 'Sender' },
  InternalServerException: { status: 500, code: 'InternalFailure', type: 'Receiver' },
  AccessDeniedException: { status: 403, code: 'AccessDenied', type: 'Sender' },
};

function sendStsError(res: ServerResponse, error: { status: number; code: string; type: string }, message: string, requestId: string): number {
  const body = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${error.type}</Type><Code>${error.code}</Code>` +
    `<Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  res.writeHead(error.status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId });
  res.end(body);
  return error.status;
}

export function sendStsResponse(res: ServerResponse, action: string, requestId: string, fault?: ApiError): number {
  if (fault) return sendStsError(res, STS_FAULTS[fault.errorName] ?? { status: fault.status, code: fault.errorName, type: 'Sender' }, fault.message, requestId);
  if (action !== 'GetCallerIdentity') {
    return sendStsError(res, { status: 400, code: 'InvalidAction', type: 'Sender' }, `The local sandbox answers only STS GetCallerIdentity, not ${action || '(no Action)'}.`, requestId);
  }
  const c = SANDBOX_CALLER;
  const body = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
    `<Arn>${escapeXml(c.Arn)}</Arn><UserId>${c.UserId}</UserId><Account>${c.Account}</Account></GetCallerIdentityResult>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
  res.writeHead(200, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId });
  res.end(body);
  return 200;
}
