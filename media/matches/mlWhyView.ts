// "Why do these match" for an ML group: a LOCAL ESTIMATE (explainMlMatch, the sandbox matcher's model run in
// the webview), per attribute: each profile's normalized values and, against the first profile, the comparison
// outcome with its agreement weight. The service's ConfidenceScore is the service's: it stays shown above as
// such and this box never replaces it. Every value goes in through textContent (el).
import * as l10n from '@vscode/l10n';
import type { ProfileRecord } from '../../src/shared/profile';
import { explainMlMatch, type MlAttributeRow } from '../../src/shared/identity/explainMlMatch';
import { el, shortId } from './dom';
import { attributeTitle, outcomeLabel } from './mlWhyLabels';

const signed = (w: number): string => `${w > 0 ? '+' : w < 0 ? '−' : '±'}${Math.abs(w).toFixed(1)}`;

export function renderMlWhy(profiles: readonly ProfileRecord[]): HTMLElement {
  const box = el('section', { class: 'why why-ml', attrs: { 'aria-label': l10n.t('Why do these match (local estimate, not the service\'s score)') } },
    el('h3', { text: l10n.t('Why do these match — local estimate') }),
    el('p', { class: 'note', text: l10n.t('Not the service\'s {0}: the service does not say why its model grouped these profiles. This is our own per-attribute comparison (Fellegi–Sunter weights: + is evidence for a match, − against), each profile against the first.', 'ConfidenceScore') }));
  if (profiles.length < 2) return box;
  const x = explainMlMatch(profiles);
  const head = el('tr', {}, el('th', { text: l10n.t('Attribute'), attrs: { scope: 'col' } }));
  profiles.forEach((p, i) => head.append(el('th', { class: 'mono', text: i === 0 ? l10n.t('{0} (reference)', shortId(p.ProfileId)) : shortId(p.ProfileId), attrs: { scope: 'col', title: p.ProfileId } })));
  const body = el('tbody');
  for (const row of x.attributes) if (row.values.some((v) => v.normalized.length > 0)) body.append(attributeRow(row));
  const total = el('tr', { class: 'why-total' }, el('th', { text: l10n.t('Local pair probability'), attrs: { scope: 'row' } }), el('td', { class: 'empty', text: '—' }));
  for (const pair of x.pairs) {
    total.append(el('td', { class: `why-weight ${pair.matched ? 'why-verdict-agreed' : 'why-verdict-differs'}`,
      text: pair.matched ? l10n.t('{0}% ({1}) link', (pair.probability * 100).toFixed(1), signed(pair.totalWeight)) : `${(pair.probability * 100).toFixed(1)}% (${signed(pair.totalWeight)})` }));
  }
  body.append(total);
  box.append(el('table', { class: 'why-table', attrs: { 'aria-label': l10n.t('Per-attribute agreement, local estimate') } }, el('thead', {}, head), body),
    el('p', { class: 'caption', text: l10n.t('Local model: prior {0}, a pair links at ≥ {1}%. Raw values in the tooltips.', signed(x.priorWeight), (x.threshold * 100).toFixed(0)) }));
  return box;
}

function attributeRow(row: MlAttributeRow): HTMLElement {
  const tr = el('tr', {}, el('th', { text: attributeTitle(row.attribute, row.title), attrs: { scope: 'row' } }));
  row.values.forEach((v, i) => {
    const text = v.normalized.length ? v.normalized.join(' · ') : l10n.t('missing');
    const td = el('td', { class: v.normalized.length ? 'mono' : 'empty' }, el('span', { text }));
    td.title = v.raw.length ? v.raw.map((r) => `${r.field}: ${r.value}`).join('\n') : l10n.t('{0}: no value', v.profileId);
    const c = i === 0 ? undefined : row.comparisons[i - 1];
    if (c && v.normalized.length) {
      const verdict = c.weight > 0 ? 'agreed' : c.weight < 0 ? 'differs' : 'linked';
      td.append(el('span', { class: `why-weight why-verdict-${verdict}`, text: ` ${outcomeLabel(row.attribute, c.outcome, c.label)} ${signed(c.weight)}` }));
    }
    tr.append(td);
  });
  return tr;
}
