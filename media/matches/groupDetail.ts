// The opened group: its profiles side by side (one column per profile, one row per field) with differences
// highlighted, review-state buttons, and the merge composer below.
import type { FieldSourceProfileIds, ProfileRecord } from '../../src/core/profile';
import { compareProfiles, type ComparisonRow } from '../../src/matches/model/compareProfiles';
import { getFieldSource, setFieldSource } from '../../src/matches/model/fieldSources';
import { preselectMainProfile } from '../../src/matches/model/mainProfile';
import type { SettableReviewState } from '../../src/matches/model/reviewState';
import { renderComposer } from './composer';
import { clear, el, formatScore, plural, shortId } from './dom';
import { STATE_LABEL } from './groupRow';
import type { MatchesStore } from './store';

export interface DetailActions {
  setReviewState(matchId: string, state: SettableReviewState): void;
  merge(matchId: string, mainProfileId: string, profileIdsToBeMerged: string[], fieldSources: FieldSourceProfileIds): void;
}

/** What the reviewer composed for the open group (reset when another group opens). */
export interface Composition {
  mainProfileId?: string;
  /** True once the reviewer picked the main profile themselves. */
  mainChosen: boolean;
  fieldSources: FieldSourceProfileIds;
}

export class GroupDetail {
  readonly root = el('section', { class: 'detail', attrs: { 'aria-label': 'Group detail', 'aria-live': 'polite' } });
  private matchId: string | undefined;
  private composition: Composition = { mainChosen: false, fieldSources: {} };

  constructor(private readonly store: MatchesStore, private readonly actions: DetailActions) {
    this.renderEmpty();
  }

  get openMatchId(): string | undefined { return this.matchId; }

  open(matchId: string): void {
    if (matchId !== this.matchId) this.composition = { mainChosen: false, fieldSources: {} };
    this.matchId = matchId;
    this.render();
  }

  private renderEmpty(): void {
    clear(this.root);
    this.root.append(el('p', { class: 'placeholder', text: 'Select a group (click, or arrow keys and Enter) to compare its profiles and compose a merge.' }));
  }

  render(): void {
    const gi = this.matchId === undefined ? undefined : this.store.indexOf(this.matchId);
    if (gi === undefined) return this.renderEmpty();
    const s = this.store;
    const group = s.groups[gi];
    const state = s.states[gi];
    const locked = s.locked.has(group.matchId);
    clear(this.root);

    const buttons = (['not-a-match', 'skipped', 'unreviewed'] as const).map((target) => {
      const b = el('button', { class: 'secondary', text: target === 'not-a-match' ? 'Not a match' : target === 'skipped' ? 'Skip' : 'Reset' });
      b.disabled = locked || state === 'merged' || state === target;
      b.addEventListener('click', () => this.actions.setReviewState(group.matchId, target));
      return b;
    });
    this.root.append(
      el('div', { class: 'detail-head' },
        el('h2', { text: `Group ${group.matchId}` }),
        el('span', { class: `row-state state-${state}`, text: STATE_LABEL[state] }),
        el('div', { class: 'review-buttons' }, ...buttons)),
      el('p', { class: 'note', text: `Score ${formatScore(group.score)} is the service's ConfidenceScore for this group. ` +
        'The highlighting below is our own comparison of the values (trimmed, case-insensitive, phone numbers by digits), not the service\'s matching.' }),
    );
    const error = s.groupErrors.get(group.matchId);
    if (error) this.root.append(el('p', { class: 'group-error', text: error, attrs: { role: 'alert' } }));

    const unknown = s.unknownProfileIds(gi);
    const present = s.loadedProfiles(gi);
    const gone = group.profileIds.filter((id) => s.profiles.get(id) === null);
    if (gone.length) {
      this.root.append(el('p', { class: 'gone', text: `${plural(gone.length, 'profile')} merged or deleted since the job: ${gone.join(', ')}` }));
    }
    if (unknown.length) this.root.append(el('p', { class: 'loading', text: `Loading ${plural(unknown.length, 'profile')}…` }));
    if (present.length === 0) return;

    const preselected = preselectMainProfile(present)!;
    const c = this.composition;
    if (!c.mainProfileId || !present.some((p) => p.ProfileId === c.mainProfileId)) {
      c.mainProfileId = preselected.profileId;
      c.mainChosen = false;
    }
    this.root.append(this.comparisonTable(present, c.mainProfileId, preselected.profileId, locked || state === 'merged', `main-${gi}`));
    if (state === 'merged') {
      this.root.append(el('p', { class: 'merged-note', text: 'This group has been merged.' }));
    } else if (present.length < 2) {
      this.root.append(el('p', { class: 'note', text: 'Only one of the group\'s profiles still exists: nothing to merge.' }));
    } else if (unknown.length === 0) {
      this.root.append(renderComposer({
        domain: s.domain, group, present, composition: c, preselected, locked,
        clearPicks: () => { c.fieldSources = {}; this.render(); },
        merge: (ids) => this.actions.merge(group.matchId, c.mainProfileId!, ids, c.fieldSources),
      }));
    }
  }

  private comparisonTable(profiles: ProfileRecord[], mainId: string, preselectedId: string, readOnly: boolean, radioName: string): HTMLElement {
    const rows = compareProfiles(profiles);
    const head = el('tr', {}, el('th', { text: 'Field', attrs: { scope: 'col' } }));
    for (const p of profiles) {
      const radio = el('input', { attrs: { type: 'radio', name: radioName, 'aria-label': `Main profile ${p.ProfileId}` } });
      radio.checked = p.ProfileId === mainId;
      radio.disabled = readOnly;
      radio.addEventListener('change', () => {
        this.composition.mainProfileId = p.ProfileId;
        this.composition.mainChosen = true;
        this.render();
      });
      head.append(el('th', { class: p.ProfileId === mainId ? 'is-main' : '', attrs: { scope: 'col', title: p.ProfileId } },
        el('span', { class: 'mono', text: shortId(p.ProfileId) }),
        el('label', { class: 'main-pick' }, radio, document.createTextNode(p.ProfileId === mainId ? ' main' : ' make main')),
        p.ProfileId === preselectedId ? el('span', { class: 'badge', text: 'preselected' }) : null));
    }
    const body = el('tbody');
    for (const row of rows) body.append(this.comparisonRow(row, profiles, mainId, readOnly));
    return el('div', { class: 'table-wrap' },
      el('table', { class: 'compare', attrs: { 'aria-label': 'Profiles side by side' } }, el('thead', {}, head), body),
      el('p', { class: 'caption', text: readOnly ? 'Highlighted rows hold different values.' :
        'Highlighted rows hold different values. Click a cell to take that field from that profile (also when empty); click again to undo.' }));
  }

  private comparisonRow(row: ComparisonRow, profiles: ProfileRecord[], mainId: string, readOnly: boolean): HTMLElement {
    const tr = el('tr', { class: row.differs ? 'differs' : row.partial ? 'partial' : 'same' },
      el('th', { text: row.key, attrs: { scope: 'row' } }));
    const picked = row.sourceKey ? getFieldSource(this.composition.fieldSources, row.sourceKey) : undefined;
    row.values.forEach((value, i) => {
      const id = profiles[i].ProfileId;
      const empty = value === undefined || value.trim() === '';
      const td = el('td', { class: `${empty ? 'empty' : ''}${id === mainId ? ' is-main' : ''}${picked === id ? ' picked' : ''}`.trim(), text: empty ? '—' : value });
      if (row.sourceKey && !readOnly) {
        const sourceKey = row.sourceKey;
        td.tabIndex = 0;
        td.classList.add('pickable');
        td.title = `${picked === id ? 'Undo: ' : ''}take ${sourceKey} from ${id}${empty ? ' (empty: the merged profile will not have it)' : ''}`;
        td.setAttribute('aria-pressed', String(picked === id));
        const toggle = (): void => {
          this.composition.fieldSources = setFieldSource(this.composition.fieldSources, sourceKey, picked === id ? undefined : id);
          this.render();
        };
        td.addEventListener('click', toggle);
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
      }
      tr.append(td);
    });
    return tr;
  }
}
