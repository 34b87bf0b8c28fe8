// Everything the webview knows: groups (in GetMatches order), their review states, loaded profiles, the
// filter/sort and the resulting display order. Views read from it and are re-rendered on change.
import type { ProfileRecord } from '../../src/shared/profile';
import { DEFAULT_FILTER, groupSearchText, selectGroups, type GroupFilter, type SortOrder } from '../../src/shared/matches/groupFilter';
import type { MatchGroup, MatchSource } from '../../src/shared/matches/matchGroup';
import type { RuleBasedConfig } from '../../src/shared/rules/config';
import type { GroupSummary, InitMessage, ProfilesProgressMessage, ReviewState } from '../../src/shared/matches/protocol';

export interface LoadStatus {
  loaded: number;
  total?: number;
  done: boolean;
  cancelled: boolean;
  unusable: number;
}

/** The host's background profile fetch ("profiles for N of M groups"). */
export interface ProfilesStatus {
  groupsFetched: number;
  groupsTotal: number;
  done: boolean;
  failedGroups: number;
}

export class MatchesStore {
  domain = '';
  connectionLabel = '';
  /** The panel's connection (ConnectionManager.key()), saved with the webview state. */
  connectionKey: string | undefined;
  /** Set once the host said the panel is detached (connection gone, domain deleted): every action is off. */
  detachedReason: string | undefined;
  autoMergeThreshold: number | undefined;
  /** Which matching the panel reviews; rule-based panels show levels instead of scores. */
  source: MatchSource = 'ml';
  /** Rule-based panels: the domain's RuleBasedMatching (the rule of each level, the "why"). */
  ruleConfig: RuleBasedConfig | undefined;
  /** customerProfiles.matching.defaultPhoneRegion from the host (undefined = the normalizers' default, US). */
  defaultPhoneRegion: string | undefined;
  matchGenerationDate: string | undefined;
  readonly groups: MatchGroup[] = [];
  readonly states: ReviewState[] = [];
  private readonly indexById = new Map<string, number>();
  private readonly groupsOfProfile = new Map<string, number[]>();
  private readonly searchTexts: string[] = [];
  /** Search text per group from the host's background profile fetch (it covers groups never opened here). */
  private readonly hostSearchTexts: Array<string | undefined> = [];
  /** Host search texts of groups that have not arrived yet (the fetch and the stream overlap after a reload). */
  private readonly earlySearchTexts = new Map<string, string>();
  readonly profilesStatus: ProfilesStatus = { groupsFetched: 0, groupsTotal: 0, done: false, failedGroups: 0 };
  /** Loaded profiles; null = merged or deleted since the job. */
  readonly profiles = new Map<string, ProfileRecord | null>();
  readonly status: LoadStatus = { loaded: 0, done: false, cancelled: false, unusable: 0 };
  filter: GroupFilter = DEFAULT_FILTER;
  sort: SortOrder = 'score-desc';
  /** Indices into `groups`, in display order. */
  visible: number[] = [];
  /** Groups with a merge (or bulk merge) in flight: locked in the UI. */
  readonly locked = new Set<string>();
  /** Last error per group (API errors of a failed merge or state change). */
  readonly groupErrors = new Map<string, string>();

  reset(): void {
    this.groups.length = 0;
    this.states.length = 0;
    this.searchTexts.length = 0;
    this.hostSearchTexts.length = 0;
    this.earlySearchTexts.clear();
    Object.assign(this.profilesStatus, { groupsFetched: 0, groupsTotal: 0, done: false, failedGroups: 0 });
    this.indexById.clear();
    this.groupsOfProfile.clear();
    this.visible = [];
    Object.assign(this.status, { loaded: 0, total: undefined, done: false, cancelled: false, unusable: 0 });
  }

  /** A new load: everything from before is dropped (the host streams every group again). */
  init(m: InitMessage): void {
    this.reset();
    this.domain = m.domain;
    this.connectionLabel = m.connectionLabel;
    this.autoMergeThreshold = m.autoMergeThreshold;
    this.source = m.source ?? 'ml';
    this.ruleConfig = m.ruleConfig;
    this.defaultPhoneRegion = m.defaultPhoneRegion;
    this.matchGenerationDate = m.matchGenerationDate;
    this.status.total = m.potentialMatches;
    this.connectionKey = m.connectionKey ?? this.connectionKey;
  }

  /** New review states; a merged group's profiles are gone from the service, so their cached copies go too. */
  applyReviewStates(states: Readonly<Record<string, ReviewState>>): void {
    for (const [matchId, state] of Object.entries(states)) {
      this.setState(matchId, state);
      const gi = state === 'merged' ? this.indexOf(matchId) : undefined;
      if (gi !== undefined) this.forgetProfiles(this.groups[gi].profileIds);
    }
  }

  setProfilesProgress(m: ProfilesProgressMessage): void {
    Object.assign(this.profilesStatus, { groupsFetched: m.groupsFetched, groupsTotal: m.groupsTotal, done: m.done, failedGroups: m.failedGroups ?? 0 });
  }

  addGroups(summaries: readonly GroupSummary[]): void {
    for (const s of summaries) {
      if (this.indexById.has(s.matchId)) continue;
      const index = this.groups.length;
      this.groups.push({
        matchId: s.matchId, profileIds: s.profileIds, score: s.score,
        ...(s.level !== undefined ? { level: s.level } : {}), ...(s.unresolved !== undefined ? { unresolved: s.unresolved } : {}),
      });
      this.states.push(s.state);
      this.indexById.set(s.matchId, index);
      for (const id of s.profileIds) {
        const list = this.groupsOfProfile.get(id);
        if (list) list.push(index);
        else this.groupsOfProfile.set(id, [index]);
      }
      this.hostSearchTexts.push(this.earlySearchTexts.get(s.matchId));
      this.earlySearchTexts.delete(s.matchId);
      this.searchTexts.push(this.searchTextOf(index));
    }
  }

  /** Search texts the host computed from every profile of these groups. */
  addSearchEntries(entries: ReadonlyArray<readonly [string, string]>): void {
    for (const [matchId, text] of entries) {
      const i = this.indexById.get(matchId);
      if (i === undefined) { this.earlySearchTexts.set(matchId, text); continue; }
      this.hostSearchTexts[i] = text;
      this.searchTexts[i] = this.searchTextOf(i);
    }
  }

  /** True while a search may miss groups: the host has not fetched every group's profiles yet. */
  get searchIncomplete(): boolean {
    const p = this.profilesStatus;
    return !p.done || p.failedGroups > 0 || p.groupsFetched < this.groups.length;
  }

  /** What the group is searched by: its loaded profiles' text, plus the host's text over all its profiles. */
  private searchTextOf(index: number): string {
    const local = groupSearchText(this.groups[index], this.loadedProfiles(index));
    const host = this.hostSearchTexts[index];
    return host === undefined ? local : `${local}\n${host}`;
  }

  /** Rule levels the domain has (its rules, or the highest level seen when the config is unknown). */
  ruleLevels(): number {
    if (this.ruleConfig && this.ruleConfig.rules.length > 0) return this.ruleConfig.rules.length;
    let top = 0;
    for (const g of this.groups) if (g.level !== undefined && g.level > top) top = g.level;
    return top;
  }

  /**
   * A rule-based panel still looking groups up: a search that could be a MatchId not loaded yet, to be looked up
   * next (the host ignores ids ListRuleBasedMatches did not list).
   */
  wantedBySearch(): string | undefined {
    const text = this.filter.text.trim();
    if (this.source !== 'rules' || this.status.done || text === '' || text.length > 255 || /\s/.test(text)) return undefined;
    return this.indexOf(text) === undefined ? text : undefined;
  }

  indexOf(matchId: string): number | undefined {
    return this.indexById.get(matchId);
  }

  setState(matchId: string, state: ReviewState): void {
    const i = this.indexById.get(matchId);
    if (i !== undefined) this.states[i] = state;
  }

  addProfiles(profiles: readonly ProfileRecord[], missingIds: readonly string[]): void {
    const touched = new Set<number>();
    for (const p of profiles) {
      this.profiles.set(p.ProfileId, p);
      for (const g of this.groupsOfProfile.get(p.ProfileId) ?? []) touched.add(g);
    }
    for (const id of missingIds) this.profiles.set(id, null);
    for (const g of touched) this.searchTexts[g] = this.searchTextOf(g);
  }

  /** After a merge the group's profiles changed: drop them so they are fetched again if needed. */
  forgetProfiles(profileIds: readonly string[]): void {
    for (const id of profileIds) this.profiles.delete(id);
  }

  loadedProfiles(index: number): ProfileRecord[] {
    return this.groups[index].profileIds.map((id) => this.profiles.get(id)).filter((p): p is ProfileRecord => !!p);
  }

  /** Ids of a group that are neither loaded nor known gone. */
  unknownProfileIds(index: number): string[] {
    return this.groups[index].profileIds.filter((id) => !this.profiles.has(id));
  }

  refilter(): void {
    this.visible = selectGroups(this.groups, (i) => this.states[i], (i) => this.searchTexts[i], this.filter, this.sort);
  }
}
