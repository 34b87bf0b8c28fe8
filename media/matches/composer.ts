// The merge composer: main profile and why, the live merged preview with per-field provenance, the exact
// MergeProfiles request(s), and the Merge button (the host asks for the confirmation).
import * as l10n from '@vscode/l10n';
import type { ProfileRecord } from '../../src/shared/profile';
import { fieldSourceEntries } from '../../src/shared/matches/fieldSources';
import type { MainProfileChoice } from '../../src/shared/matches/mainProfile';
import type { MatchGroup } from '../../src/shared/matches/matchGroup';
import { describeProvenance, previewMerge, provenanceValueText, type MergePreview } from '../../src/shared/matches/mergePreview';
import { el, formatCount, shortId } from './dom';
import type { Composition } from './composition';

export interface ComposerInput {
  readonly domain: string;
  readonly group: MatchGroup;
  readonly present: readonly ProfileRecord[];
  readonly composition: Composition;
  readonly preselected: MainProfileChoice;
  readonly locked: boolean;
  clearPicks(): void;
  merge(profileIdsToBeMerged: string[]): void;
}

export function renderComposer(input: ComposerInput): HTMLElement {
  const { composition: c, preselected } = input;
  const mainId = c.mainProfileId!;
  const root = el('section', { class: 'composer', attrs: { 'aria-label': l10n.t('Merge composer') } }, el('h3', { text: l10n.t('Merge') }));
  const why = c.mainChosen && mainId !== preselected.profileId
    ? l10n.t('chosen by you (preselected was {0}: {1})', shortId(preselected.profileId), preselected.reason)
    : l10n.t('preselected: {0}', preselected.reason);
  root.append(el('p', {}, el('strong', { text: l10n.t('Main profile') + ' ' }), el('span', { class: 'mono', text: mainId }), document.createTextNode(l10n.t(' — {0}.', why))));

  let preview: MergePreview;
  try {
    preview = previewMerge(input.domain, input.present, mainId, c.fieldSources);
  } catch (e) {
    root.append(el('p', { class: 'group-error', text: l10n.t('Cannot preview this merge: {0}', e instanceof Error ? e.message : String(e)), attrs: { role: 'alert' } }));
    return root;
  }
  const picks = fieldSourceEntries(c.fieldSources).length;
  const clear = el('button', { class: 'secondary link', text: l10n.t('Clear picks') });
  clear.disabled = picks === 0 || input.locked;
  clear.addEventListener('click', input.clearPicks);
  root.append(el('p', { text: (picks === 1 ? l10n.t('1 field taken from a chosen profile.') : picks ? l10n.t('{0} fields taken from a chosen profile.', formatCount(picks)) : l10n.t('No field picked: conflicts keep the main profile\'s value, missing values are filled in (union).')) + ' ' }, clear));

  const label = (id: string): string => (id === mainId ? l10n.t('main {0}', shortId(id)) : shortId(id));
  const body = el('tbody');
  for (const f of preview.fields) {
    body.append(el('tr', { class: `reason-${f.reason}` },
      el('th', { text: f.field, attrs: { scope: 'row' } }),
      el('td', { class: f.value === undefined ? 'empty' : '', text: f.value === undefined ? l10n.t('(removed)') : provenanceValueText(f.value) }),
      el('td', { class: 'provenance', text: describeProvenance(f, label) })));
  }
  root.append(el('h4', { text: l10n.t('Merged profile (preview, computed with the {0} rules)', 'MergeProfiles') }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'preview' },
      el('thead', {}, el('tr', {}, el('th', { text: l10n.t('Field'), attrs: { scope: 'col' } }), el('th', { text: l10n.t('Value'), attrs: { scope: 'col' } }), el('th', { text: l10n.t('From'), attrs: { scope: 'col' } }))),
      body)));

  const calls = preview.requests.length;
  root.append(el('h4', { text: calls > 1 ? l10n.t('{0} requests ({1} calls of at most 20 ids, in order, into the same main profile)', 'MergeProfiles', calls) : l10n.t('{0} request', 'MergeProfiles') }),
    el('pre', { class: 'request', text: JSON.stringify(calls > 1 ? preview.requests : preview.requests[0], null, 2) }));

  const button = el('button', { class: 'merge', text: input.locked ? l10n.t('Merging…') : preview.deletedCount === 1 ? l10n.t('Merge 1 profile into {0}…', shortId(mainId)) : l10n.t('Merge {0} profiles into {1}…', formatCount(preview.deletedCount), shortId(mainId)) });
  button.disabled = input.locked;
  button.addEventListener('click', () => {
    button.disabled = true; // no double submit, even before the host answers
    input.merge([...preview.profileIdsToBeMerged]);
  });
  root.append(el('div', { class: 'merge-bar' }, button,
    el('span', { class: 'note', text: preview.deletedCount === 1 ? l10n.t('You will be asked to confirm. Merging deletes 1 profile and cannot be undone.') : l10n.t('You will be asked to confirm. Merging deletes {0} profiles and cannot be undone.', formatCount(preview.deletedCount)) })));
  return root;
}
