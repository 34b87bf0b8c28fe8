// Reading `_source.a.b` from a sample object, and walking the sample's leaves to find what no field reads.
//
// Our reading of the reference (it only shows `_source.FirstName`-style paths): after `_source.`, dots walk
// into nested objects. Field names may themselves contain dots (the Fields key pattern allows them, and
// flattened sources such as Shopify's `default_address.city` exist), so at each level the longest literal key
// that matches wins before the path is split further; the sandbox's readSource does the same for the whole
// remainder.
//
// Arrays: a path never indexes into an array (the reference shows no index syntax). A path that would pass
// through an array is reported missing with that reason; a path that ends on an array (or an object) reads
// a non-scalar value, which fills nothing. The leaf walk treats an array as one leaf.
import * as l10n from '@vscode/l10n';

export const SOURCE_PREFIX = '_source.';

export type SourceRead =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly reason?: string };

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The dotted path a Source names (without `_source.`). */
export function sourcePathOf(source: string): string {
  return source.startsWith(SOURCE_PREFIX) ? source.slice(SOURCE_PREFIX.length) : source;
}

/** Reads a field's Source from the sample. */
export function readSourcePath(sample: Record<string, unknown>, source: string): SourceRead {
  const path = sourcePathOf(source);
  if (path === '') return { found: false, reason: l10n.t('the {0} names no field', 'Source') };
  return walk(sample, path.split('.'), []);
}

function walk(cur: Record<string, unknown>, parts: readonly string[], seen: readonly string[]): SourceRead {
  for (let i = parts.length; i >= 1; i--) {
    const key = parts.slice(0, i).join('.');
    if (!hasOwn(cur, key)) continue;
    const value = cur[key];
    const rest = parts.slice(i);
    if (rest.length === 0) return { found: true, value };
    const here = [...seen, key].join('.');
    if (Array.isArray(value)) return { found: false, reason: l10n.t('{0} is an array; paths do not index into arrays', here) };
    if (!isRecord(value)) return { found: false, reason: l10n.t('{0} is not an object', here) };
    const inner = walk(value, rest, [...seen, key]);
    if (inner.found || inner.reason) return inner;
  }
  return { found: false };
}

export interface SampleLeaf {
  /** Dotted path, the way a Source would name it (without `_source.`). */
  readonly path: string;
  readonly value: unknown;
}

/** Every leaf of the sample: scalars, nulls, arrays (as one leaf) and empty objects. */
export function sampleLeaves(sample: Record<string, unknown>): SampleLeaf[] {
  const out: SampleLeaf[] = [];
  const visit = (v: unknown, path: string): void => {
    if (isRecord(v) && Object.keys(v).length > 0) {
      for (const [k, child] of Object.entries(v)) visit(child, path === '' ? k : `${path}.${k}`);
    } else if (path !== '') {
      out.push({ path, value: v });
    }
  };
  visit(sample, '');
  return out;
}
