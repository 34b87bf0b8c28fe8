// Member paths as users read them: `Matching.JobSchedule.DayOfTheWeek`, `ProfileIds[2]`, `Fields["a b"].Source`.
// Shared by the sandbox's BadRequestException messages and the domain-JSON editor's diagnostics.

export type PathSegment = string | number; // number = array index

/**
 * Splits an ajv `instancePath` (a JSON pointer) into segments, walking `data` so array indices become numbers
 * (a pointer alone cannot tell the index 0 from a map key "0").
 */
export function pointerSegments(data: unknown, pointer: string): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(key);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

export function formatMemberPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
