// Member paths of a generated JSON Schema, in the same notation as sdkShapes.ts (list items `[]`, map values `{}`).
import type { JsonSchema } from '../../../generators/schemas/jsonSchema';
import type { MemberKind, ShapeReading } from './sdkShapes';

function deref(root: JsonSchema, s: JsonSchema): JsonSchema {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  if (!target) throw new Error(`Dangling $ref ${s.$ref}`);
  return target;
}

function kindOf(s: JsonSchema): MemberKind {
  if (s.type === 'array') return 'list';
  if (s.type === 'object') return s.properties ? 'structure' : 'map';
  return 'scalar';
}

function walk(root: JsonSchema, node: JsonSchema, prefix: string, out: ShapeReading, depth: number): void {
  if (depth > 30) return;
  const s = deref(root, node);
  if (s.type === 'array' && s.items) return walk(root, s.items, `${prefix}[]`, out, depth + 1);
  if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object') {
    return walk(root, s.additionalProperties, `${prefix}{}`, out, depth + 1);
  }
  for (const [name, member] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const resolved = deref(root, member);
    out.members.set(path, kindOf(resolved));
    if (s.required?.includes(name)) out.required.add(path);
    walk(root, resolved, path, out, depth + 1);
  }
}

export function readSchemaPaths(schema: JsonSchema): ShapeReading {
  const out: ShapeReading = { members: new Map(), required: new Set(), timestamps: new Set() };
  walk(schema, schema, '', out, 0);
  return out;
}
