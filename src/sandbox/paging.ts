// The one NextToken scheme for every list operation. A token names the operation, the scope it was
// issued for (domain + filters) and the sort key of the last item returned, and carries an HMAC so a
// forged, garbled or foreign token is rejected with BadRequestException. Cursoring by key (not offset)
// means items deleted between pages (e.g. match groups shrunk by a merge) never cause skips or repeats.
import { createHash, createHmac, timingSafeEqual } from 'crypto';
import { badRequest } from './errors';

export interface PageRequest {
  op: string;
  scope: string;
  token?: string;
  maxResults?: number;
  defaultMax: number;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export class Pager {
  constructor(private readonly secret: string) {}

  /** `items` must be sorted ascending by `keyOf` (string comparison) with unique keys. */
  page<T>(items: readonly T[], keyOf: (item: T) => string, req: PageRequest): Page<T> {
    const max = req.maxResults ?? req.defaultMax;
    let start = 0;
    if (req.token !== undefined) {
      const after = this.decode(req.token, req.op, req.scope);
      start = firstIndexAfter(items, keyOf, after);
    }
    const slice = items.slice(start, start + max);
    const more = start + max < items.length;
    return { items: slice, nextToken: more && slice.length ? this.encode(req.op, req.scope, keyOf(slice[slice.length - 1])) : undefined };
  }

  encode(op: string, scope: string, lastKey: string): string {
    const body = Buffer.from(JSON.stringify([op, scopeDigest(scope), lastKey])).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  decode(token: string, op: string, scope: string): string {
    const invalid = badRequest('The NextToken is invalid or was issued for a different request.');
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) throw invalid;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw invalid;
    }
    if (!Array.isArray(parsed) || parsed[0] !== op || parsed[1] !== scopeDigest(scope) || typeof parsed[2] !== 'string') throw invalid;
    return parsed[2];
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 22);
  }
}

// The scope travels as a digest, so tokens stay short whatever the filters were.
const scopeDigest = (scope: string): string => createHash('sha256').update(scope).digest('base64url').slice(0, 16);

function firstIndexAfter<T>(items: readonly T[], keyOf: (item: T) => string, after: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fixed-width, sortable rendering of a non-negative integer (for numeric sort keys). */
export const sortableNumber = (n: number): string => Math.max(0, Math.floor(n)).toString().padStart(16, '0');
