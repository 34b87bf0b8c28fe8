// The HTTP front: one request -> (control route | faults -> route -> input -> validation -> handler) -> response.
// Every failure becomes a modeled error response; nothing a client sends can crash or hang the server.
import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import { parseJsonObject, readBody } from './body';
import { handleControl, type ControlDeps } from './control';
import { sendStsResponse, stsAction } from './sts';
import { ApiError, badRequest, notFound } from './errors';
import type { Faults } from './faults';
import { buildInput } from './input';
import type { HandlerTable, OpContext } from './ops/context';
import { findRoute } from './router';
import { validateOperationInput } from './validation/validateOperationInput';
import { sendError, sendJson } from './wire';

export interface ServerDeps extends ControlDeps {
  ctx: OpContext;
  handlers: HandlerTable;
  faults: Faults;
  maxBodyBytes: number;
  log?: (line: string) => void;
}

// Read-only operations that travel as POST (nothing to persist after them).
const READ_ONLY_POSTS = new Set([
  'SearchProfiles', 'BatchGetProfile', 'ListProfileObjects', 'ListWorkflows', 'GetAutoMergingPreview', 'GetIntegration',
  'ListAccountIntegrations', 'GetSimilarProfiles', 'ListProfileHistoryRecords', 'DetectProfileObjectType',
]);

export function createRequestListener(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handleRequest(deps, req, res);
  };
}

async function handleRequest(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  let op = '-';
  let status = 500;
  try {
    const body = await readBody(req, deps.maxBodyBytes);
    if (path.startsWith('/_sandbox/')) {
      const result = handleControl(method, path, parseJsonObject(body), deps);
      status = result.status;
      sendJson(res, status, result.body, requestId);
      return;
    }
    if (deps.faults.latencyMs > 0) await delay(deps.faults.latencyMs);
    const fault = deps.faults.draw();
    const action = stsAction(method, path, req.headers['content-type'], body.toString('utf8'));
    if (action !== undefined) {
      // STS speaks XML, faults included.
      op = `sts:${action || '-'}`;
      status = sendStsResponse(res, action, requestId, fault);
      return;
    }
    if (fault) throw fault;

    const route = findRoute(method, path);
    if (!route) throw notFound(`No Customer Profiles operation matches ${method} ${path}.`);
    op = route.spec.op;
    const handler = deps.handlers[op];
    const bodyMembers = method === 'GET' || method === 'DELETE' ? {} : parseJsonObject(body);
    const input = buildInput(route.spec, route.labels, new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1)), bodyMembers);
    if (!handler) throw badRequest(`${op} is not implemented by the local Customer Profiles sandbox.`);
    // The single validation call site: model constraints (required, lengths, ranges, patterns, enums, unknown members).
    const problem = validateOperationInput(op, input);
    if (problem) throw badRequest(problem);
    const output = handler(input, deps.ctx);
    if (method !== 'GET' && !READ_ONLY_POSTS.has(op)) deps.onMutation();
    status = route.spec.status;
    sendJson(res, status, output, requestId);
  } catch (e) {
    const err = toApiError(e, deps.log);
    status = err.status;
    if (!res.headersSent) sendError(res, err, requestId);
    else res.destroy();
    // The body was not fully drained (hard cap): do not keep the connection for another request.
    if (!req.complete) res.once('finish', () => req.socket.destroy());
  } finally {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    deps.log?.(`${method} ${path} ${status} ${op} ${ms.toFixed(1)}ms ${requestId}`);
  }
}

function toApiError(e: unknown, log?: (line: string) => void): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof URIError) return badRequest(`Malformed request: ${e.message}`);
  log?.(`internal error: ${(e as Error)?.stack ?? String(e)}`);
  return new ApiError('InternalServerException', `The local sandbox failed: ${(e as Error)?.message ?? String(e)}`);
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
