// Maps METHOD + path to an operation using the route table generated from the model.
import { badRequest } from './errors';
import { ROUTES } from './model/routes.generated';
import type { RouteSpec } from './model/routeSpec';

type Segment = { literal: string } | { label: string };

interface CompiledRoute {
  spec: RouteSpec;
  segments: Segment[];
  literals: number;
}

export interface RouteMatch {
  spec: RouteSpec;
  /** URI labels by member name, percent-decoded. */
  labels: Record<string, string>;
}

function compile(spec: RouteSpec): CompiledRoute {
  const segments: Segment[] = spec.uri
    .split('/')
    .slice(1)
    .map((s) => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s }));
  return { spec, segments, literals: segments.filter((s) => 'literal' in s).length };
}

// Most literal segments first, so '/profiles/keys/delete' wins over a label in the same position.
const COMPILED = ROUTES.map(compile).sort((a, b) => b.literals - a.literals);

export function findRoute(method: string, rawPath: string, routes: readonly CompiledRoute[] = COMPILED): RouteMatch | undefined {
  const parts = rawPath.split('/').slice(1);
  for (const route of routes) {
    if (route.spec.method !== method || route.segments.length !== parts.length) continue;
    const labels: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const seg = route.segments[i];
      if ('literal' in seg) ok = seg.literal === parts[i];
      else labels[seg.label] = decodeSegment(parts[i]);
    }
    if (ok) return { spec: route.spec, labels };
  }
  return undefined;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw badRequest(`Malformed percent-encoding in the request path: '${s}'`);
  }
}
