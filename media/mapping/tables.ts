// The preview's tables: each field (source path → target, status, value written, compared form per
// ContentType, problems), each key (StandardIdentifiers with their meaning, value, whether it is stored), and
// plain path lists. textContent only.
import * as l10n from '@vscode/l10n';
import type { FieldPreview, KeyPreview } from '../../src/shared/objectTypes/types';
import { el } from '../matches/dom';

function statusText(s: FieldPreview['status']): string {
  switch (s) {
    case 'written': return l10n.t('written');
    case 'missing': return l10n.t('missing in sample');
    case 'null': return l10n.t('null: nothing written');
    case 'empty': return l10n.t('empty: nothing written');
    case 'notScalar': return l10n.t('object/array: not written');
  }
}

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
  if (f.targetKind === 'object') return l10n.t('{0} (kept on the object; fills no profile attribute)', f.target);
  if (f.targetKind === 'invalid') return l10n.t('{0} (not a profile member)', f.target || l10n.t('(none)'));
  return f.profileAttribute ?? f.target;
}

export function fieldsTable(fields: readonly FieldPreview[]): HTMLElement {
  if (fields.length === 0) return el('p', { class: 'muted', text: l10n.t('The object type has no {0}.', 'Fields') });
  const rows = fields.map((f) => el('tr', { class: `status-${f.status}` },
    el('td', { class: 'mono', text: f.source || l10n.t('(no {0})', 'Source') }),
    el('td', { class: 'mono', text: targetText(f) }),
    el('td', { text: f.contentType }),
    el('td', { text: statusText(f.status) }),
    el('td', { class: 'mono value', text: f.value ?? '' }),
    el('td', { class: 'mono', text: f.comparedAs ?? '' }),
    el('td', {}, f.problems.length ? problemList(f.problems) : null)));
  return el('table', {}, head('Source', 'Target', 'ContentType', l10n.t('Status'), l10n.t('Value written'), l10n.t('Compared as'), l10n.t('Problems')), el('tbody', {}, ...rows));
}

function stored(k: KeyPreview): string {
  if (k.storedOnAttach) return l10n.t('yes');
  if (k.storedOnCreate) return l10n.t('only on create');
  return l10n.t('no');
}

export function keysTable(keys: readonly KeyPreview[], uniqueKeyName: string | undefined): HTMLElement {
  if (keys.length === 0) return el('p', { class: 'muted', text: l10n.t('The object type has no {0}.', 'Keys') });
  const rows = keys.map((k) => el('tr', {},
    el('td', { class: 'mono', text: k.keyName === uniqueKeyName ? l10n.t('{0} (the {1} key)', k.keyName, 'UNIQUE') : k.keyName }),
    el('td', {}, ...(k.standardIdentifiers.length ? k.standardIdentifiers : [l10n.t('(none)')]).map((id) => el('span', { class: 'badge id', text: id }))),
    el('td', { class: 'mono', text: k.fieldNames.join(' + ') }),
    el('td', { class: 'mono value', text: k.value ?? l10n.t('(no value: {0} missing)', k.missingFields.join(', ')) }),
    el('td', { text: stored(k) }),
    el('td', {}, problemList([...k.meaning, ...k.problems]))));
  return el('table', {}, head(l10n.t('Key'), 'StandardIdentifiers', 'FieldNames', l10n.t('Value'), l10n.t('Stored on profile'), l10n.t('Meaning and problems')), el('tbody', {}, ...rows));
}
