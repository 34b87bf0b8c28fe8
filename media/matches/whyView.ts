// "Why do these match" in the group detail. Rule-based groups: the rule at the group's level and, per
// attribute, each profile's normalized value(s) and whether they agreed (explainRuleMatch, the rule engine's
// own normalization). Every value goes in through textContent (el), never as markup.
import type { ProfileRecord } from '../../src/shared/profile';
import { explainRuleMatch, type RuleAttributeExplanation } from '../../src/shared/rules/explainRuleMatch';
import type { RuleBasedConfig } from '../../src/shared/rules/config';
import { el, shortId } from './dom';

/** The why of a rule-based group; a note instead when the domain's rules are unknown. */
export function renderRuleWhy(config: RuleBasedConfig | undefined, level: number | undefined, profiles: readonly ProfileRecord[]): HTMLElement {
  const box = el('section', { class: 'why why-rules', attrs: { 'aria-label': 'Why do these match' } }, el('h3', { text: 'Why do these match' }));
  if (level === undefined) return withNote(box, 'GetSimilarProfiles gave no rule level for this group.');
  if (!config) return withNote(box, `The service matched these profiles at rule level ${level}; the domain's rules could not be read (GetDomain), so the rule is not shown.`);
  const x = explainRuleMatch(config, level, profiles);
  if (!x.rule) return withNote(box, `The service matched these profiles at rule level ${level}, but the domain has no rule ${level} now (its rules changed since).`);
  box.append(el('p', { class: 'why-rule' },
    document.createTextNode(`Matched by rule ${level}: `),
    el('strong', { class: 'mono', text: x.rule.join(' + ') }),
    document.createTextNode(` (${x.matchingModel === 'MANY_TO_MANY' ? 'MANY_TO_MANY: e-mail, phone and address values compare across the selected fields' : 'ONE_TO_ONE: each field compares with the same field'}).`)));
  if (!x.usedForMatching) box.append(el('p', { class: 'why-warning', text: `Rule ${level} is above MaxAllowedRuleLevelForMatching (${config.maxMatchingLevel}) now: the rules changed since this group was matched.` }));
  const head = el('tr', {}, el('th', { text: 'Attribute', attrs: { scope: 'col' } }), el('th', { text: 'Agreed', attrs: { scope: 'col' } }));
  for (const p of profiles) head.append(el('th', { class: 'mono', text: shortId(p.ProfileId), attrs: { scope: 'col', title: p.ProfileId } }));
  const body = el('tbody');
  for (const a of x.attributes) body.append(attributeRow(a));
  box.append(el('table', { class: 'why-table', attrs: { 'aria-label': `Rule ${level} attributes, normalized values per profile` } }, el('thead', {}, head), body),
    el('p', { class: 'caption', text: x.allAgreed
      ? 'Every attribute of the rule has one common value (after normalization) in all profiles.'
      : 'Values are shown after the rule engine\'s normalization (raw value in the tooltip). A group is connected: with several values per attribute, profiles can be linked in a chain without one common value.' }));
  return box;
}

function attributeRow(a: RuleAttributeExplanation): HTMLElement {
  const verdict = a.agreed ? 'agreed' : a.linked ? 'linked' : 'differs';
  const verdictText = a.agreed ? `✓ same: ${a.agreedOn?.value ?? ''}` : a.linked ? '≈ linked (chain)' : '✗ no common value';
  const name = el('th', { attrs: { scope: 'row' } }, el('span', { class: 'mono', text: a.attribute }));
  if (a.subFields?.length) name.append(el('span', { class: 'why-subfields', text: ` (${a.subFields.join(', ')})` }));
  const tr = el('tr', { class: `why-${verdict}` }, name, el('td', { class: `why-verdict why-verdict-${verdict}`, text: verdictText }));
  for (const p of a.profiles) {
    const td = el('td', { class: p.values.length ? 'mono' : 'empty', text: p.values.length ? p.values.map((v) => v.value).join(' · ') : 'missing' });
    td.title = p.values.length ? p.values.map((v) => `${v.subField ? `${v.subField}: ` : ''}${v.raw} → ${v.value}`).join('\n') : `${p.profileId} has no ${a.attribute}`;
    tr.append(td);
  }
  return tr;
}

function withNote(box: HTMLElement, text: string): HTMLElement {
  box.append(el('p', { class: 'note', text }));
  return box;
}
