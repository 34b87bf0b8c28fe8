// Builds one operation's input object from the request: URI labels, query members (by member name,
// typed per the model) and JSON body members. This is exactly what the validator and handlers see.
import type { RouteSpec } from './model/routeSpec';

export function buildInput(
  spec: RouteSpec,
  labels: Record<string, string>,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = { ...body };
  for (const [wire, [member, type]] of Object.entries(spec.query ?? {})) {
    const values = query.getAll(wire);
    if (!values.length) continue;
    input[member] = type === 'list' ? values : convert(values[values.length - 1], type);
  }
  for (const [member, value] of Object.entries(labels)) input[member] = value;
  return input;
}

// A value that does not parse stays a string, so the validator reports it by member name.
function convert(value: string, type: string): unknown {
  if (type === 'integer') return /^-?\d+$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}
