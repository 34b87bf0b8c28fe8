// The opened group: its profiles side by side (one column per profile, one row per field) with differences
// highlighted, review-state buttons, and the merge composer below.
import * as l10n from '@vscode/l10n';
import type { FieldSourceProfileIds, ProfileRecord } from '../../src/shared/profile';
import { compareProfiles, type ComparisonRow } from '../../src/shared/matches/compareProfiles';
import { describeSameValue } from '../../src/shared/normalize/sameValue';
import { getFieldSource, setFieldSource } from '../../src/shared/matches/fieldSources';
import { preselectMainProfile } from '../../src/shared/matches/mainProfile';
import type { SettableReviewState } from '../../src/shared/matches/reviewState';
import { renderComposer } from './composer';
import { renderMlWhy } from './mlWhyView';
import { renderRuleWhy } from './whyView';
import type { Composition } from './composition';
import { clear, el, formatCount, formatScore, shortId } from './dom';
import { stateLabel } from './groupRow';
import type { MatchesStore } from './store';

export interface DetailActions {
  setReviewState(matchId: string, state: SettableReviewState): void;
  merge(matchId: string, mainProfileId: string, profileIdsToBeMerged: string[], fieldSources: FieldSourceProfileIds): void;
}

/** An empty cell the reviewer clicked as a field source: it removes the field, so it waits for a confirmation. */
interface PendingEmptyPick { readonly rowKey: string; readonly sourceKey: string; readonly profileId: string }


export class GroupDetail {
  readonly root = el('section', { class: 'detail', attrs: { 'aria-label': l10n.t('Group detail'), 'aria-live': 'polite' } });
  private matchId: string | undefined;
  private composition: Composition = { mainChosen: false, fieldSources: {} };
  private pendingEmptyPick: PendingEmptyPick | undefined;

  constructor(private readonly store: MatchesStore, private readonly actions: DetailActions) {
    this.renderEmpty();
  }

  get openMatchId(): string | undefined { return this.matchId; }

  open(matchId: string): void {
    if (matchId !== this.matchId) {
      this.composition = { mainChosen: false, fieldSources: {} };
      this.pendingEmptyPick = undefined;
    }
    this.matchId = matchId;
    this.render();
  }

  private renderEmpty(): void {
    clear(this.root);
    this.root.append(el('p', { class: 'placeholder', text: l10n.t('Select a group (click, or arrow keys and Enter) to compare its profiles and compose a merge.') }));
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
      const b = el('button', { class: 'secondary', text: target === 'not-a-match' ? l10n.t('Not a match') : target === 'skipped' ? l10n.t('Skip') : l10n.t('Reset') });
      b.disabled = locked || state === 'merged' || state === target;
      b.addEventListener('click', () => this.actions.setReviewState(group.matchId, target));
      return b;
    });
    this.root.append(
      el('div', { class: 'detail-head' },
        el('h2', { text: l10n.t('Group {0}', group.matchId) }),
        el('span', { class: `row-state state-${state}`, text: stateLabel(state) }),
        el('div', { class: 'review-buttons' }, ...buttons)),
      s.source === 'rules'
        ? el('p', { class: 'note', text: group.unresolved !== undefined ? group.unresolved : l10n.t('Rule level {0}: the service\'s rule-based matching put these profiles in one group. The highlighting of the table is our own comparison of the values; "Why do these match" below uses the rule engine\'s normalization.', group.level ?? '?') })
        : el('p', { class: 'note', text: l10n.t('Score {0} is the service\'s {1} for this group. The highlighting below is our own comparison of the values after normalization (phone numbers, dates, addresses, names; ≡ marks a value written differently but equal), not the service\'s matching.', formatScore(group.score), 'ConfidenceScore') }),
    );
    if (group.unresolved !== undefined) return;
    const error = s.groupErrors.get(group.matchId);
    if (error) this.root.append(el('p', { class: 'group-error', text: error, attrs: { role: 'alert' } }));

    const unknown = s.unknownProfileIds(gi);
    const present = s.loadedProfiles(gi);
    const gone = group.profileIds.filter((id) => s.profiles.get(id) === null);
    if (gone.length) {
      this.root.append(el('p', { class: 'gone', text: gone.length === 1 ? l10n.t('1 profile merged or deleted since the job: {0}', gone[0]) : l10n.t('{0} profiles merged or deleted since the job: {1}', formatCount(gone.length), gone.join(', ')) }));
    }
    if (unknown.length) this.root.append(el('p', { class: 'loading', text: unknown.length === 1 ? l10n.t('Loading 1 profile…') : l10n.t('Loading {0} profiles…', formatCount(unknown.length)) }));
    if (present.length === 0) return;

    const preselected = preselectMainProfile(present)!;
    const c = this.composition;
    if (!c.mainProfileId || !present.some((p) => p.ProfileId === c.mainProfileId)) {
      c.mainProfileId = preselected.profileId;
      c.mainChosen = false;
    }
    if (unknown.length === 0 && state !== 'merged') this.root.append(this.why(group.level, present));
    this.root.append(this.comparisonTable(present, c.mainProfileId, preselected.profileId, locked || state === 'merged', `main-${gi}`));
    if (state === 'merged') {
      this.root.append(el('p', { class: 'merged-note', text: l10n.t('This group has been merged.') }));
    } else if (present.length < 2) {
      this.root.append(el('p', { class: 'note', text: l10n.t('Only one of the group\'s profiles still exists: nothing to merge.') }));
    } else if (unknown.length === 0) {
      this.root.append(renderComposer({
        domain: s.domain, group, present, composition: c, preselected, locked,
        clearPicks: () => { c.fieldSources = {}; this.render(); },
        merge: (ids) => this.actions.merge(group.matchId, c.mainProfileId!, ids, c.fieldSources),
      }));
    }
  }

  /** "Why do these match" once every profile is loaded (a partial group would explain the wrong thing). */
  private why(level: number | undefined, present: ProfileRecord[]): HTMLElement {
    return this.store.source === 'rules' ? renderRuleWhy(this.store.ruleConfig, level, present) : renderMlWhy(present);
  }

  private comparisonTable(profiles: ProfileRecord[], mainId: string, preselectedId: string, readOnly: boolean, radioName: string): HTMLElement {
    const rows = compareProfiles(profiles, { defaultPhoneRegion: this.store.defaultPhoneRegion });
    const head = el('tr', {}, el('th', { text: l10n.t('Field'), attrs: { scope: 'col' } }));
    for (const p of profiles) {
      const radio = el('input', { attrs: { type: 'radio', name: radioName, 'aria-label': l10n.t('Main profile {0}', p.ProfileId) } });
      radio.checked = p.ProfileId === mainId;
      radio.disabled = readOnly;
      radio.addEventListener('change', () => {
        this.composition.mainProfileId = p.ProfileId;
        this.composition.mainChosen = true;
        this.render();
      });
      head.append(el('th', { class: p.ProfileId === mainId ? 'is-main' : '', attrs: { scope: 'col', title: p.ProfileId } },
        el('span', { class: 'mono', text: shortId(p.ProfileId) }),
        el('label', { class: 'main-pick' }, radio, document.createTextNode(' ' + (p.ProfileId === mainId ? l10n.t('main') : l10n.t('make main')))),
        p.ProfileId === preselectedId ? el('span', { class: 'badge', text: l10n.t('preselected') }) : null));
    }
    const body = el('tbody');
    for (const row of rows) body.append(this.comparisonRow(row, profiles, mainId, readOnly));
    const pending = readOnly ? undefined : this.pendingEmptyPick;
    return el('div', { class: 'table-wrap' },
      el('p', { class: 'legend', attrs: { 'aria-label': l10n.t('Highlighting') } },
        el('span', { class: 'legend-item legend-differs', text: l10n.t('differs') }),
        el('span', { class: 'legend-item legend-partial', text: l10n.t('missing in some') }),
        el('span', { class: 'legend-item legend-equivalent' }, equivalenceMarker(l10n.t('Written differently, same value')), document.createTextNode(' ' + l10n.t('same, written differently'))),
        el('span', { class: 'legend-item legend-same', text: l10n.t('same (dimmed)') })),
      el('table', { class: 'compare', attrs: { 'aria-label': l10n.t('Profiles side by side') } }, el('thead', {}, head), body),
      pending ? this.emptyPickConfirm(pending) : null,
      el('p', { class: 'caption', text: readOnly ? l10n.t('Highlighted rows hold different values.') :
        l10n.t('Highlighted rows hold different values. Click a cell to take that field from that profile (an empty cell asks first); click again to undo.') }));
  }

  /** Inline confirmation (a webview cannot use window.confirm): an empty source removes the field from the merge. */
  private emptyPickConfirm(p: PendingEmptyPick): HTMLElement {
    const part = p.rowKey.slice(p.sourceKey.length + 1);
    const effect = p.rowKey === p.sourceKey
      ? l10n.t('the merged profile will not have {0}', p.rowKey)
      : l10n.t('the merged profile\'s {0} will be that profile\'s, which has no {1}', p.sourceKey, part);
    const apply = el('button', { class: 'confirm-empty-pick', text: l10n.t('Remove {0} from the merged profile', p.rowKey) });
    const cancel = el('button', { class: 'secondary', text: l10n.t('Cancel') });
    const box = el('div', { class: 'pick-confirm', attrs: { role: 'alertdialog', 'aria-label': l10n.t('Take an empty field?') } },
      el('p', { text: l10n.t('{0} has no {1}. Taking {2} from it: {3}.', shortId(p.profileId), p.rowKey, p.sourceKey, effect) }), apply, cancel);
    apply.addEventListener('click', () => {
      this.pendingEmptyPick = undefined;
      this.composition.fieldSources = setFieldSource(this.composition.fieldSources, p.sourceKey, p.profileId);
      this.render();
    });
    const dismiss = (): void => { this.pendingEmptyPick = undefined; this.render(); };
    cancel.addEventListener('click', dismiss);
    box.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); dismiss(); } });
    requestAnimationFrame(() => { if (apply.isConnected) apply.focus(); });
    return box;
  }

  /** The open group's Merge button, when the composer shows one that can be used (the `m` shortcut). */
  mergeButton(): HTMLButtonElement | undefined {
    const b = this.root.querySelector<HTMLButtonElement>('button.merge');
    return b && !b.disabled ? b : undefined;
  }

  private comparisonRow(row: ComparisonRow, profiles: ProfileRecord[], mainId: string, readOnly: boolean): HTMLElement {
    const missing = row.values.filter((v) => v === undefined || v.trim() === '').length;
    // The mark is drawn by CSS from data-mark (not text content) so the header's text stays the field name.
    const mark = row.differs ? l10n.t('differs') : row.partial ? l10n.t('missing in {0}', missing) : row.equivalent ? l10n.t('same, written differently') : '';
    const th = el('th', { text: row.key, attrs: { scope: 'row', title: mark ? `${row.key}: ${mark}` : l10n.t('{0}: same in every profile', row.key) } });
    if (mark) th.dataset.mark = mark;
    const tr = el('tr', { class: `${row.differs ? 'differs' : row.partial ? 'partial' : 'same'}${row.equivalent ? ' equivalent' : ''}${missing ? ' has-missing' : ''}` }, th);
    const picked = row.sourceKey ? getFieldSource(this.composition.fieldSources, row.sourceKey) : undefined;
    row.values.forEach((value, i) => {
      const id = profiles[i].ProfileId;
      const empty = value === undefined || value.trim() === '';
      const td = el('td', { class: `${empty ? 'empty' : ''}${id === mainId ? ' is-main' : ''}${picked === id ? ' picked' : ''}`.trim(), text: empty ? l10n.t('missing') : value });
      if (row.sourceKey && !readOnly) {
        const sourceKey = row.sourceKey;
        td.tabIndex = 0;
        td.classList.add('pickable');
        td.title = picked === id ? l10n.t('Undo: take {0} from {1}', sourceKey, id)
          : empty ? l10n.t('take {0} from {1} (empty: asks first, the merged profile would not have it)', sourceKey, id)
          : l10n.t('take {0} from {1}', sourceKey, id);
        td.setAttribute('aria-pressed', String(picked === id));
        const toggle = (): void => {
          if (empty && picked !== id) {
            this.pendingEmptyPick = { rowKey: row.key, sourceKey, profileId: id };
          } else {
            this.pendingEmptyPick = undefined;
            this.composition.fieldSources = setFieldSource(this.composition.fieldSources, sourceKey, picked === id ? undefined : id);
          }
          this.render();
        };
        td.addEventListener('click', toggle);
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
      }
      // Equal after normalization but written differently: the raw value stays, the marker says why it counts as equal.
      const comparison = row.comparisons[i];
      if (comparison?.equal && comparison.reason !== 'identical' && value !== undefined) td.append(equivalenceMarker(describeSameValue(comparison)));
      tr.append(td);
    });
    return tr;
  }
}

/** The "≡" badge of a value that is the same as the row's first value once normalized (title and label say how). */
function equivalenceMarker(description: string): HTMLElement {
  return el('span', { class: 'equivalent-mark', text: l10n.t('≡'), attrs: { title: description, 'aria-label': description, role: 'img' } });
}
