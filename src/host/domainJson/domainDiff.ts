// What a save will change, member by member, for the confirmation; plus canonical JSON for a side-by-side diff.
import { PathSegment, formatMemberPath } from '../../schemas/memberPath';
import { jsonEqual, stableJson } from './stableJson';

export interface DomainChange {
  /** e.g. `Matching.JobSchedule.DayOfTheWeek`. Lists are compared whole (`MatchingRules`), not per item. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** A removal the request makes by sending this value (UpdateProfile removes a value sent as ""). */
  sentAs?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function walk(before: unknown, after: unknown, at: PathSegment[], out: DomainChange[]): void {
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const key of keys) walk(before[key], after[key], [...at, key], out);
    return;
  }
  const path = formatMemberPath(at);
  if (before === undefined && after === undefined) return;
  if (before === undefined) out.push({ path, kind: 'added', after });
  else if (after === undefined) out.push({ path, kind: 'removed', before });
  else if (!jsonEqual(before, after)) out.push({ path, kind: 'changed', before, after });
}

/** Leaf-level changes from `remote` to `edited` (both editable documents), in document order. */
export function domainDiff(remote: unknown, edited: unknown): DomainChange[] {
  const out: DomainChange[] = [];
  walk(remote, edited, [], out);
  return out;
}

/** Canonical pretty JSON of a document, for `vscode.diff` between remote and edited. */
export function diffText(document: unknown): string {
  return stableJson(document);
}
