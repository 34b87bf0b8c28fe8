// The preview's tables: each field (source path → target, status, value written, compared form per
// ContentType, problems), each key (StandardIdentifiers with their meaning, value, whether it is stored), and
// plain path lists. textContent only.
import type { FieldPreview, KeyPreview } from '../../src/shared/objectTypes/types';
import { el } from '../matches/dom';

const STATUS: Record<FieldPreview['status'], string> = {
  written: 'written', missing: 'missing in sample', null: 'null: nothing written', empty: 'empty: nothing written', notScalar: 'object/array: not written',
};

function head(...titles: string[]): HTMLElement {
  return el('thead', {}, el('tr', {}, ...titles.map((t) => el('th', { text: t }))));
}

export function problemList(problems: readonly string[]): HTMLElement {
  return el('ul', { class: 'problems' }, ...problems.map((p) => el('li', { text: p })));
}

export function pathList(paths: readonly string[], none: string): HTMLElement {
  if (paths.length === 0) return el('p', { class: 'muted', text: none });
  return el('ul', { class: 'paths' }, ...paths.map((p) => el('li', { class: 'mono', text: p })));
}

function targetText(f: FieldPreview): string {
  if (f.targetKind === 'object') return `${f.target} (kept on the object; fills no profile attribute)`;
  if (f.targetKind === 'invalid') return `${f.target || '(none)'} (not a profile member)`;
  return f.profileAttribute ?? f.target;
}

export function fieldsTable(fields: readonly FieldPreview[]): HTMLElement {
  if (fields.length === 0) return el('p', { class: 'muted', text: 'The object type has no Fields.' });
  const rows = fields.map((f) => el('tr', { class: `status-${f.status}` },
    el('td', { class: 'mono', text: f.source || '(no Source)' }),
    el('td', { class: 'mono', text: targetText(f) }),
    el('td', { text: f.contentType }),
    el('td', { text: STATUS[f.status] }),
    el('td', { class: 'mono value', text: f.value ?? '' }),
    el('td', { class: 'mono', text: f.comparedAs ?? '' }),
    el('td', {}, f.problems.length ? problemList(f.problems) : null)));
  return el('table', {}, head('Source', 'Target', 'ContentType', 'Status', 'Value written', 'Compared as', 'Problems'), el('tbody', {}, ...rows));
}

function stored(k: KeyPreview): string {
  if (k.storedOnAttach) return 'yes';
  if (k.storedOnCreate) return 'only on create';
  return 'no';
}

export function keysTable(keys: readonly KeyPreview[], uniqueKeyName: string | undefined): HTMLElement {
  if (keys.length === 0) return el('p', { class: 'muted', text: 'The object type has no Keys.' });
  const rows = keys.map((k) => el('tr', {},
    el('td', { class: 'mono', text: k.keyName + (k.keyName === uniqueKeyName ? ' (the UNIQUE key)' : '') }),
    el('td', {}, ...(k.standardIdentifiers.length ? k.standardIdentifiers : ['(none)']).map((id) => el('span', { class: 'badge id', text: id }))),
    el('td', { class: 'mono', text: k.fieldNames.join(' + ') }),
    el('td', { class: 'mono value', text: k.value ?? `(no value: ${k.missingFields.join(', ')} missing)` }),
    el('td', { text: stored(k) }),
    el('td', {}, problemList([...k.meaning, ...k.problems]))));
  return el('table', {}, head('Key', 'StandardIdentifiers', 'FieldNames', 'Value', 'Stored on profile', 'Meaning and problems'), el('tbody', {}, ...rows));
}
