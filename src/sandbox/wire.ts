// Response encoding as the rest-json protocol expects it (see SHAPES.md "Wire behaviour"):
// JSON bodies, nulls omitted, x-amzn-RequestId on every response, errors typed by x-amzn-ErrorType.
import type { ServerResponse } from 'http';
import { ApiError } from './errors';

/** Drops null/undefined members recursively (the service omits absent members). Maps become objects. */
export function compact(value: unknown): unknown {
  if (value instanceof Map) return compact(Object.fromEntries(value));
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      // defineProperty so a member literally named "__proto__" stays data, never a prototype.
      Object.defineProperty(out, k, { value: compact(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(compact(body ?? {}));
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': requestId,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: ApiError, requestId: string): void {
  // "message" (lowercase) is what both clients read first; "Message" is the modeled member.
  const text = JSON.stringify({ __type: err.errorName, Message: err.message, message: err.message });
  res.writeHead(err.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': err.errorName,
  });
  res.end(text);
}
