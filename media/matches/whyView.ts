// "Why do these match" in the group detail. Rule-based groups: the rule at the group's level and, per
// attribute, each profile's normalized value(s) and whether they agreed (explainRuleMatch, the rule engine's
// own normalization). Every value goes in through textContent (el), never as markup.
import * as l10n from '@vscode/l10n';
import type { ProfileRecord } from '../../src/shared/profile';
import { explainRuleMatch, type RuleAttributeExplanation } from '../../src/shared/rules/explainRuleMatch';
import type { RuleBasedConfig } from '../../src/shared/rules/config';
import { el, shortId } from './dom';

/** The why of a rule-based group; a note instead when the domain's rules are unknown. */
export function renderRuleWhy(config: RuleBasedConfig | undefined, level: number | undefined, profiles: readonly ProfileRecord[]): HTMLElement {
  const box = el('section', { class: 'why why-rules', attrs: { 'aria-label': l10n.t('Why do these match') } }, el('h3', { text: l10n.t('Why do these match') }));
  if (level === undefined) return withNote(box, l10n.t('{0} gave no rule level for this group.', 'GetSimilarProfiles'));
  if (!config) return withNote(box, l10n.t('The service matched these profiles at rule level {0}; the domain\'s rules could not be read ({1}), so the rule is not shown.', level, 'GetDomain'));
  const x = explainRuleMatch(config, level, profiles);
  if (!x.rule) return withNote(box, l10n.t('The service matched these profiles at rule level {0}, but the domain has no rule {0} now (its rules changed since).', level));
  box.append(el('p', { class: 'why-rule' },
    document.createTextNode(l10n.t('Matched by rule {0}:', level) + ' '),
    el('strong', { class: 'mono', text: x.rule.join(' + ') }),
    document.createTextNode(` (${x.matchingModel === 'MANY_TO_MANY'
      ? l10n.t('{0}: e-mail, phone and address values compare across the selected fields', 'MANY_TO_MANY')
      : l10n.t('{0}: each field compares with the same field', 'ONE_TO_ONE')}).`)));
  if (!x.usedForMatching) box.append(el('p', { class: 'why-warning', text: l10n.t('Rule {0} is above {1} ({2}) now: the rules changed since this group was matched.', level, 'MaxAllowedRuleLevelForMatching', config.maxMatchingLevel) }));
  const head = el('tr', {}, el('th', { text: l10n.t('Attribute'), attrs: { scope: 'col' } }), el('th', { text: l10n.t('Agreed'), attrs: { scope: 'col' } }));
  for (const p of profiles) head.append(el('th', { class: 'mono', text: shortId(p.ProfileId), attrs: { scope: 'col', title: p.ProfileId } }));
  const body = el('tbody');
  for (const a of x.attributes) body.append(attributeRow(a));
  box.append(el('table', { class: 'why-table', attrs: { 'aria-label': l10n.t('Rule {0} attributes, normalized values per profile', level) } }, el('thead', {}, head), body),
    el('p', { class: 'caption', text: x.allAgreed
      ? l10n.t('Every attribute of the rule has one common value (after normalization) in all profiles.')
      : l10n.t('Values are shown after the rule engine\'s normalization (raw value in the tooltip). A group is connected: with several values per attribute, profiles can be linked in a chain without one common value.') }));
  return box;
}

function attributeRow(a: RuleAttributeExplanation): HTMLElement {
  const verdict = a.agreed ? 'agreed' : a.linked ? 'linked' : 'differs';
  const verdictText = a.agreed ? l10n.t('✓ same: {0}', a.agreedOn?.value ?? '') : a.linked ? l10n.t('≈ linked (chain)') : l10n.t('✗ no common value');
  const name = el('th', { attrs: { scope: 'row' } }, el('span', { class: 'mono', text: a.attribute }));
  if (a.subFields?.length) name.append(el('span', { class: 'why-subfields', text: ` (${a.subFields.join(', ')})` }));
  const tr = el('tr', { class: `why-${verdict}` }, name, el('td', { class: `why-verdict why-verdict-${verdict}`, text: verdictText }));
  for (const p of a.profiles) {
    const td = el('td', { class: p.values.length ? 'mono' : 'empty', text: p.values.length ? p.values.map((v) => v.value).join(' · ') : l10n.t('missing') });
    td.title = p.values.length ? p.values.map((v) => `${v.subField ? `${v.subField}: ` : ''}${v.raw} → ${v.value}`).join('\n') : l10n.t('{0} has no {1}', p.profileId, a.attribute);
    tr.append(td);
  }
  return tr;
}

function withNote(box: HTMLElement, text: string): HTMLElement {
  box.append(el('p', { class: 'note', text }));
  return box;
}
