// Reads the installed SDK client's own shape definitions (smithy static schemas in
// dist-cjs/schemas/schemas_0.js) into member paths, so tests can compare them with the generated schemas.
// Encoding (@smithy/core/schema static schemas):
//   [3 | -3, namespace, name, traits, memberNames[], memberSchemas[], requiredCount?]  structure / error;
//     required members come first, requiredCount of them
//   [1, namespace, name, traits, memberSchema]             list
//   [2, namespace, name, traits, keySchema, valueSchema]   map
//   [0, namespace, name, traits, schema]                   simple schema with traits (e.g. sensitive)
//   [4, ...] union; () => schema  lazy reference;  [schema, memberTraits]  a member with traits (httpLabel…)
//   numbers: 0 string, 1 number, 2 boolean, 4 timestamp, 21 blob; 64|x list of x; 128|x map of x
export type MemberKind = 'structure' | 'list' | 'map' | 'scalar';

/** Member path -> kind. Paths: `Matching.JobSchedule.DayOfTheWeek`; list items `[]`, map values `{}`. */
export type MemberPaths = Map<string, MemberKind>;

export interface ShapeReading {
  members: MemberPaths;
  /** Paths of required members. */
  required: Set<string>;
  /** Paths whose leaf is a timestamp. */
  timestamps: Set<string>;
}

type StaticSchema = unknown;

export function loadSdkSchemas(): Record<string, StaticSchema> {
  // A test may read the SDK's files; runtime code never does (src/aws is the only SDK importer).
  return require(require.resolve('@aws-sdk/client-customer-profiles/dist-cjs/schemas/schemas_0.js')) as Record<string, StaticSchema>;
}

function isNamed(s: unknown): s is unknown[] {
  return Array.isArray(s) && s.length >= 4 && typeof s[1] === 'string';
}

/** Follows lazy references, member-trait tuples and trait-only simple schemas down to the shape itself. */
function resolve(s: StaticSchema): StaticSchema {
  for (let i = 0; i < 20; i++) {
    if (typeof s === 'function') s = (s as () => StaticSchema)();
    else if (Array.isArray(s) && !isNamed(s) && s.length === 2) s = s[0];
    else if (isNamed(s) && s[0] === 0) s = s[4];
    else return s;
  }
  throw new Error('SDK schema: reference chain too deep');
}

function kindOf(s: StaticSchema): MemberKind {
  if (typeof s === 'number') {
    if (s & 128) return 'map';
    if (s & 64) return 'list';
    return 'scalar';
  }
  if (isNamed(s)) {
    if (s[0] === 1) return 'list';
    if (s[0] === 2) return 'map';
    if (s[0] === 3 || s[0] === 4) return 'structure';
  }
  throw new Error(`SDK schema: unknown encoding ${JSON.stringify(s)}`);
}

function walk(s: StaticSchema, prefix: string, out: ShapeReading, depth: number): void {
  if (depth > 30) return; // recursive shapes: far deeper than any real document
  const shape = resolve(s);
  if (typeof shape === 'number') return; // scalars and scalar lists/maps have no members
  if (!isNamed(shape)) return;
  if (shape[0] === 1) return walk(shape[4], `${prefix}[]`, out, depth + 1);
  if (shape[0] === 2) return walk(shape[5], `${prefix}{}`, out, depth + 1);
  if (shape[0] !== 3 && shape[0] !== 4) return;
  const names = shape[4] as string[];
  const schemas = shape[5] as StaticSchema[];
  const requiredCount = typeof shape[6] === 'number' ? shape[6] : 0;
  names.forEach((name, i) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const member = resolve(schemas[i]);
    out.members.set(path, kindOf(member));
    if (i < requiredCount) out.required.add(path);
    if (member === 4) out.timestamps.add(path);
    walk(member, path, out, depth + 1);
  });
}

/** All member paths of an SDK structure, e.g. readSdkShape('CreateDomainRequest'). */
export function readSdkShape(structureName: string, schemas: Record<string, StaticSchema> = loadSdkSchemas()): ShapeReading {
  const root = schemas[`${structureName}$`];
  if (!root) throw new Error(`SDK has no schema ${structureName}$`);
  const out: ShapeReading = { members: new Map(), required: new Set(), timestamps: new Set() };
  walk(root, '', out, 0);
  return out;
}
