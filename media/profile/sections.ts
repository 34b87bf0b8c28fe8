// One renderer per section of the profile view. Every value goes in through textContent (el's `text`): profile
// data is untrusted and must show literally.
import * as l10n from '@vscode/l10n';
import { el } from '../matches/dom';
import type { HistoryRecordMessage, SectionDataMap } from '../../src/shared/profiles/protocol';
import type { AttributeRow } from '../../src/shared/profiles/presentation';

// Buttons carry what they act on in data-* attributes; app.ts handles clicks for the whole view in one place.

/** Lists longer than this start collapsed. */
const COLLAPSE_AFTER = 3;

function table(rows: readonly AttributeRow[], empty: string): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted', text: empty });
  return el('table', { class: 'kv' }, el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { text: r.label, attrs: { scope: 'row' } }), el('td', { class: 'value', text: r.value })))));
}

export function renderProfile(d: SectionDataMap['profile']): HTMLElement[] {
  const out: HTMLElement[] = [table(d.standard, l10n.t('No standard attribute has a value.'))];
  if (d.unset.length) out.push(el('p', { class: 'muted small', text: l10n.t('Not set: {0}', d.unset.join(', ')) }));
  out.push(el('h3', { text: l10n.t('Attributes ({0})', d.attributes.length) }), table(d.attributes, l10n.t('No custom attributes.')));
  return out;
}

export function renderKeys(d: SectionDataMap['keys']): HTMLElement[] {
  const rows = d.keys.map((k) => el('tr', {}, el('th', { text: k.keyName, attrs: { scope: 'row' } }), el('td', { class: 'value', text: k.value }), el('td', { class: 'muted small', text: k.derivedFrom })));
  return [
    el('p', { class: 'note', text: d.derivation }),
    rows.length ? el('table', { class: 'kv' }, el('tbody', {}, ...rows)) : el('p', { class: 'muted', text: l10n.t('No keys could be derived.') }),
  ];
}

export function renderObjects(d: SectionDataMap['objects']): HTMLElement[] {
  if (d.groups.length === 0) return [el('p', { class: 'muted', text: l10n.t('This profile has no objects.') })];
  return d.groups.map((g) => {
    const items = g.objects.map((o, i) => {
      const details = el('details', { class: 'object' }, el('summary', { class: 'mono', text: o.uniqueKey || l10n.t('(object {0})', i + 1) }), el('pre', { class: 'json', text: o.json }));
      if (g.objects.length <= COLLAPSE_AFTER) details.open = true;
      return details;
    });
    return el('div', { class: 'object-group' },
      el('h3', { text: `${g.objectTypeName} (${g.objects.length}${g.more ? '+' : ''})` }),
      g.error ? el('p', { class: 'error', text: g.error }) : null,
      ...items,
      g.more ? el('button', { class: 'secondary', text: l10n.t('Load more…'), attrs: { 'data-load-more': g.objectTypeName } }) : null);
  });
}

export function renderHistory(d: SectionDataMap['history'], opened: ReadonlyMap<string, HistoryRecordMessage>): HTMLElement[] {
  if (d.rows.length === 0) return [el('p', { class: 'muted', text: l10n.t('No history records.') })];
  const list = el('ol', { class: 'history' }, ...d.rows.map((r) => {
    const record = opened.get(r.id);
    const open = el('button', { class: 'link', text: record ? l10n.t('Content') : l10n.t('Show content'), attrs: { 'data-record': r.id, title: 'GetProfileHistoryRecord' } });
    return el('li', { class: `hrow action-${r.actionType.toLowerCase()}` },
      el('div', { class: 'hline' },
        el('span', { class: 'badge', text: r.actionType }),
        el('span', { text: r.description }),
        el('span', { class: 'muted mono small', text: r.time }),
        open),
      el('div', { class: 'muted small', text: [l10n.t('by {0}', r.performedBy || '—'), l10n.t('object type {0}', r.objectTypeName || '—'), r.uniqueKey ? l10n.t('key {0}', r.uniqueKey) : ''].filter(Boolean).join(' · ') }),
      record?.merge ? el('div', { class: 'merge-ids' },
        el('span', { text: l10n.t('Main profile:') + ' ' }), el('span', { class: 'mono', text: record.merge.mainProfileId }),
        el('span', { text: ` · ${l10n.t('merged:')} ` }), ...record.merge.profileIdsToBeMerged.map((id) => el('span', { class: 'mono', text: `${id} ` }))) : null,
      record ? el('pre', { class: 'json', text: record.content }) : null);
  }));
  return [list, d.more ? el('button', { class: 'secondary', text: l10n.t('Load more…'), attrs: { 'data-more-history': '1' } }) : el('p', { class: 'muted small', text: l10n.t('{0} record(s), newest first.', d.rows.length) })];
}

export function renderSimilar(d: SectionDataMap['similar']): HTMLElement[] {
  const out: HTMLElement[] = d.groups.map((g) => el('div', { class: 'similar-group' },
    el('div', { class: 'hline' },
      el('span', { class: 'badge', text: g.matchType === 'ML_BASED_MATCHING' ? l10n.t('ML') : l10n.t('Rules') }),
      el('span', { class: 'mono small', text: `MatchId ${g.matchId}` }),
      el('span', { text: g.ruleLevel !== undefined ? `RuleLevel ${g.ruleLevel}` : g.confidenceScore !== undefined ? `ConfidenceScore ${g.confidenceScore.toFixed(3)}` : '' }),
      el('button', { class: 'secondary', text: l10n.t('Open in matches panel'), attrs: { 'data-match': g.matchId, 'data-match-type': g.matchType } })),
    el('ul', { class: 'others' }, ...g.otherProfileIds.map((id) => el('li', {}, el('button', { class: 'link mono', text: id, attrs: { 'data-profile': id, title: l10n.t('Open this profile') } }))))));
  for (const n of d.notes) out.push(el('p', { class: 'muted small', text: n }));
  if (out.length === 0) out.push(el('p', { class: 'muted', text: l10n.t('No similar profiles.') }));
  return out;
}
