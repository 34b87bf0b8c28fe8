// The merge composer: main profile and why, the live merged preview with per-field provenance, the exact
// MergeProfiles request(s), and the Merge button (the host asks for the confirmation).
import type { ProfileRecord } from '../../src/shared/profile';
import { fieldSourceEntries } from '../../src/shared/matches/fieldSources';
import type { MainProfileChoice } from '../../src/shared/matches/mainProfile';
import type { MatchGroup } from '../../src/shared/matches/matchGroup';
import { describeProvenance, previewMerge, provenanceValueText, type MergePreview } from '../../src/shared/matches/mergePreview';
import { el, plural, shortId } from './dom';
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
  const root = el('section', { class: 'composer', attrs: { 'aria-label': 'Merge composer' } }, el('h3', { text: 'Merge' }));
  const why = c.mainChosen && mainId !== preselected.profileId
    ? `chosen by you (preselected was ${shortId(preselected.profileId)}: ${preselected.reason})`
    : `preselected: ${preselected.reason}`;
  root.append(el('p', {}, el('strong', { text: 'Main profile ' }), el('span', { class: 'mono', text: mainId }), document.createTextNode(` — ${why}.`)));

  let preview: MergePreview;
  try {
    preview = previewMerge(input.domain, input.present, mainId, c.fieldSources);
  } catch (e) {
    root.append(el('p', { class: 'group-error', text: `Cannot preview this merge: ${e instanceof Error ? e.message : String(e)}`, attrs: { role: 'alert' } }));
    return root;
  }
  const picks = fieldSourceEntries(c.fieldSources).length;
  const clear = el('button', { class: 'secondary link', text: 'Clear picks' });
  clear.disabled = picks === 0 || input.locked;
  clear.addEventListener('click', input.clearPicks);
  root.append(el('p', { text: picks ? `${plural(picks, 'field')} taken from a chosen profile. ` : 'No field picked: conflicts keep the main profile\'s value, missing values are filled in (union). ' }, clear));

  const label = (id: string): string => (id === mainId ? `main ${shortId(id)}` : shortId(id));
  const body = el('tbody');
  for (const f of preview.fields) {
    body.append(el('tr', { class: `reason-${f.reason}` },
      el('th', { text: f.field, attrs: { scope: 'row' } }),
      el('td', { class: f.value === undefined ? 'empty' : '', text: f.value === undefined ? '(removed)' : provenanceValueText(f.value) }),
      el('td', { class: 'provenance', text: describeProvenance(f, label) })));
  }
  root.append(el('h4', { text: 'Merged profile (preview, computed with the MergeProfiles rules)' }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'preview' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Field', attrs: { scope: 'col' } }), el('th', { text: 'Value', attrs: { scope: 'col' } }), el('th', { text: 'From', attrs: { scope: 'col' } }))),
      body)));

  const calls = preview.requests.length;
  root.append(el('h4', { text: calls > 1 ? `MergeProfiles requests (${calls} calls of at most 20 ids, in order, into the same main profile)` : 'MergeProfiles request' }),
    el('pre', { class: 'request', text: JSON.stringify(calls > 1 ? preview.requests : preview.requests[0], null, 2) }));

  const button = el('button', { class: 'merge', text: input.locked ? 'Merging…' : `Merge ${plural(preview.deletedCount, 'profile')} into ${shortId(mainId)}…` });
  button.disabled = input.locked;
  button.addEventListener('click', () => {
    button.disabled = true; // no double submit, even before the host answers
    input.merge([...preview.profileIdsToBeMerged]);
  });
  root.append(el('div', { class: 'merge-bar' }, button,
    el('span', { class: 'note', text: `You will be asked to confirm. Merging deletes ${plural(preview.deletedCount, 'profile')} and cannot be undone.` })));
  return root;
}
