// The overview's sentences (status line, filter summary, histogram caption), each a whole message in the
// display language. A line made of several facts joins whole messages with ' · ' or '; ' (the separators the
// English text always used), never translated fragments glued into one sentence.
import * as l10n from '@vscode/l10n';
import type { ScoreHistogram } from '../../src/shared/matches/histogram';
import { formatCount } from './dom';
import { stateLabel } from './groupRow';
import type { MatchesStore } from './store';

/** "Matches · <domain>" or "Rule-based matches · <domain>". */
export function titleText(s: MatchesStore): string {
  return s.source === 'rules' ? l10n.t('Rule-based matches · {0}', s.domain) : l10n.t('Matches · {0}', s.domain);
}

export function titleTooltip(s: MatchesStore): string {
  return [s.connectionLabel, s.matchGenerationDate ? l10n.t('job run {0}', s.matchGenerationDate) : ''].filter(Boolean).join(' · ');
}

export function statusText(s: MatchesStore): string {
  const st = s.status;
  const loaded = formatCount(st.loaded);
  let groups: string;
  if (st.total !== undefined) {
    const total = formatCount(st.total);
    groups = !st.done ? l10n.t('{0} of {1} groups loaded…', loaded, total)
      : st.cancelled ? l10n.t('{0} of {1} groups loaded (stopped)', loaded, total) : l10n.t('{0} of {1} groups loaded', loaded, total);
  } else {
    groups = !st.done ? l10n.t('{0} groups loaded…', loaded)
      : st.cancelled ? l10n.t('{0} groups loaded (stopped)', loaded) : l10n.t('{0} groups loaded', loaded);
  }
  return [
    s.connectionLabel, groups, profilesLine(s),
    st.unusable ? l10n.t('{0} unusable items skipped', st.unusable) : '',
    s.matchGenerationDate ? l10n.t('run of {0} UTC', s.matchGenerationDate.slice(0, 16).replace('T', ' ')) : '',
  ].filter(Boolean).join(' · ');
}

/** "profiles for N of M groups" while the host fetches profiles in the background (or when some failed). */
function profilesLine(s: MatchesStore): string {
  const p = s.profilesStatus;
  if (p.groupsTotal === 0 || (p.done && p.failedGroups === 0)) return '';
  const fetched = formatCount(p.groupsFetched);
  const total = formatCount(p.groupsTotal);
  return p.done
    ? l10n.t('profiles for {0} of {1} groups ({2} could not be loaded)', fetched, total, formatCount(p.failedGroups))
    : l10n.t('profiles for {0} of {1} groups…', fetched, total);
}

/** "12 groups shown", and plainly when a search ran on incomplete data (not every group's profiles fetched). */
export function shownText(s: MatchesStore): string {
  const n = s.visible.length;
  const shown = n === 1 ? l10n.t('1 group shown') : l10n.t('{0} groups shown', formatCount(n));
  if (s.filter.text.trim() === '' || !s.searchIncomplete) return shown;
  const p = s.profilesStatus;
  const fetched = formatCount(p.groupsFetched);
  const all = formatCount(s.groups.length);
  return `${shown} ${p.done
    ? l10n.t('(searched {0} of {1} groups\' profiles)', fetched, all)
    : l10n.t('(searched {0} of {1} groups\' profiles — still loading)', fetched, all)}`;
}

/** The active filters, or undefined when none is. */
export function filterSummary(s: MatchesStore): string | undefined {
  const f = s.filter;
  const parts: string[] = [];
  if (f.state !== 'all') parts.push(l10n.t('state {0}', stateLabel(f.state)));
  if (f.minScore > 0 && s.source !== 'rules') parts.push(l10n.t('score ≥ {0}', f.minScore));
  if (f.maxLevel !== undefined && s.source === 'rules') parts.push(l10n.t('level ≤ {0}', f.maxLevel));
  if (f.text.trim()) parts.push(l10n.t('search “{0}”', f.text.trim()));
  if (!parts.length) return undefined;
  const visible = formatCount(s.visible.length);
  return s.groups.length === 1
    ? l10n.t('Filtered: {0} — {1} of 1 group shown', parts.join(' · '), visible)
    : l10n.t('Filtered: {0} — {1} of {2} groups shown', parts.join(' · '), visible, formatCount(s.groups.length));
}

export function noFilterText(s: MatchesStore): string {
  return s.groups.length === 1 ? l10n.t('No filter — all 1 group shown') : l10n.t('No filter — all {0} groups shown', formatCount(s.groups.length));
}

/** A score bucket's tooltip: "0.80–0.85: 12 groups". */
export function bucketTitle(from: number, to: number, count: number): string {
  return count === 1
    ? l10n.t('{0}–{1}: 1 group', from.toFixed(2), to.toFixed(2))
    : l10n.t('{0}–{1}: {2} groups', from.toFixed(2), to.toFixed(2), formatCount(count));
}

export function scoreHistogramCaption(h: ScoreHistogram, threshold: number | undefined): string {
  return [
    h.total === 1
      ? l10n.t('{0} of 1 group (the service\'s score)', 'ConfidenceScore')
      : l10n.t('{0} of {1} groups (the service\'s score)', 'ConfidenceScore', formatCount(h.total)),
    threshold !== undefined ? l10n.t('line = {0} threshold {1}', 'AutoMerging', threshold) : l10n.t('no {0} threshold set', 'AutoMerging'),
  ].join('; ');
}
