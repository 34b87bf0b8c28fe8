// Reads a request body with a size limit. An oversized body is drained (so the client sees our
// error response instead of a reset) up to a hard cap, then the connection is dropped after replying.
import type { IncomingMessage } from 'http';
import { badRequest } from './errors';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DRAIN_CAP_BYTES = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const tooLarge = (): Error => badRequest(`Request body exceeds the sandbox limit of ${maxBytes} bytes.`);
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) chunks.push(chunk);
      else if (total > DRAIN_CAP_BYTES && !settled) {
        settled = true;
        req.pause();
        reject(tooLarge());
      }
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      if (total > maxBytes) reject(tooLarge());
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
  });
}

/** Parses a JSON request body into an object; empty body = {}. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw badRequest(`The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest('The request body must be a JSON object.');
  return value as Record<string, unknown>;
}
