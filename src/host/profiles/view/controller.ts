// The profile view's behaviour, without vscode: loads each section (a failure fails that section only, with its
// own Retry), pages objects and history, answers validated requests, and hands actions (edit, add key, delete,
// open another profile, open a match group) to the panel's UI callbacks. Every webview message goes through
// validateProfileMessage before anything else: a forged one is answered with an error and makes no call.
import * as l10n from '@vscode/l10n';
import { historyRow, mergeIds, prettyJson, profileName, profileRows, type HistoryRow, type ObjectGroupView } from '../../../shared/profiles/presentation';
import type { HostMessage, MatchType, ProfileAction, SectionDataMap, SectionName, SectionState } from '../../../shared/profiles/protocol';
import { SECTIONS } from '../../../shared/profiles/protocol';
import type { ProfileRef } from '../profileRef';
import { HISTORY_PAGE, objectsPage, objectTypeNames, readKeys, readProfile, readSimilar, type ProfileViewApi } from './loaders';
import { validateProfileMessage, type ProfileValidationContext } from './validateMessage';

export interface ProfileViewUi {
  post(message: HostMessage): void;
  action(action: ProfileAction): Promise<void>;
  openProfile(profileId: string): Promise<void>;
  openMatch(matchType: MatchType, matchId: string): Promise<void>;
  log(line: string): void;
}

export interface ProfileViewOptions {
  readonly ref: ProfileRef;
  readonly connectionLabel: string;
  readonly connectionKey: string;
  readonly api: ProfileViewApi;
  readonly ui: ProfileViewUi;
  /** Turns a failure into the sentence the view shows (describeError). */
  describe(error: unknown): string;
}

/** Merge records read at once per history page. */
const AUTO_OPENED_MERGES = 5;

const isNotFound = (e: unknown): boolean => (e as { name?: string })?.name === 'ResourceNotFoundException';

export class ProfileViewController {
  private readonly sections = new Map<SectionName, SectionState>();
  private readonly objects = new Map<string, { group: ObjectGroupView; nextToken?: string }>();
  private history: { rows: HistoryRow[]; nextToken?: string } = { rows: [] };
  private gone: string | undefined;
  /** Bumped by every full reload: answers of an older load are dropped. */
  private generation = 0;

  private readonly validation: ProfileValidationContext;

  constructor(private readonly o: ProfileViewOptions) {
    this.validation = {
      profileId: o.ref.profileId,
      isListedRecord: (id) => this.history.rows.some((r) => r.id === id),
      isListedSimilarProfile: (id) => this.similarGroups().some((g) => g.otherProfileIds.includes(id)),
      isListedGroup: (type, id) => this.similarGroups().some((g) => g.matchType === type && g.matchId === id),
      hasMoreObjects: (name) => this.objects.get(name)?.nextToken !== undefined,
    };
  }

  /** The last state posted for each section (the test API reads it: what the webview renders). */
  get state(): ReadonlyMap<SectionName, SectionState> { return this.sections; }
  get goneReason(): string | undefined { return this.gone; }

  private similarGroups(): SectionDataMap['similar']['groups'] {
    const s = this.sections.get('similar');
    return s?.status === 'ready' ? (s.data as SectionDataMap['similar']).groups : [];
  }

  async receive(raw: unknown): Promise<void> {
    const v = validateProfileMessage(raw, this.validation);
    if (!v.ok) {
      this.o.ui.log(`Profile view (${this.o.ref.profileId}): refused a webview message: ${v.reason}`);
      return this.o.ui.post({ type: 'error', requestId: v.requestId, message: l10n.t('Refused: {0}', v.reason) });
    }
    const m = v.message;
    if (m.type === 'ready') return this.init();
    try {
      // A deleted or merged-away profile's history stays readable (its audit trail); nothing acts on it any more.
      if (this.gone && (m.type === 'action' || m.type === 'openMatch')) throw new Error(this.gone);
      switch (m.type) {
        case 'refresh': await this.loadAll(); break;
        case 'retry': await this.load(m.section, this.generation); break;
        case 'loadMoreObjects': await this.moreObjects(m.objectTypeName); break;
        case 'loadMoreHistory': await this.moreHistory(); break;
        case 'openHistoryRecord': await this.openRecord(m.recordId); break;
        case 'openProfile': await this.o.ui.openProfile(m.otherProfileId); break;
        case 'openMatch': await this.o.ui.openMatch(m.matchType, m.matchId); break;
        case 'action': await this.o.ui.action(m.action); break;
      }
      this.o.ui.post({ type: 'done', requestId: m.requestId });
    } catch (e) {
      this.o.ui.post({ type: 'error', requestId: m.requestId, message: this.o.describe(e) });
    }
  }

  /** The webview (re)started: it gets init, then what is already loaded, or a fresh load. */
  private async init(): Promise<void> {
    const { ref, connectionLabel, connectionKey } = this.o;
    this.o.ui.post({ type: 'init', domainName: ref.domainName, profileId: ref.profileId, connectionLabel, connectionKey });
    if (this.gone) return this.o.ui.post({ type: 'gone', reason: this.gone });
    if (this.sections.size === 0) return this.loadAll();
    for (const [section, state] of this.sections) this.o.ui.post({ type: 'section', section, state } as HostMessage);
  }

  /** Every section again (Refresh, the view visible again after an edit elsewhere, a changed profile). */
  async loadAll(): Promise<void> {
    const generation = ++this.generation;
    this.gone = undefined;
    await Promise.all(SECTIONS.map((s) => this.load(s, generation)));
  }

  /** The profile was deleted (by this view's Delete, or found missing): final until a Refresh finds it again. */
  markGone(reason: string): void {
    this.gone = reason;
    this.o.ui.post({ type: 'gone', reason });
  }

  private set<S extends SectionName>(section: S, state: SectionState<S>, generation: number): void {
    if (generation !== this.generation) return;
    this.sections.set(section, state);
    this.o.ui.post({ type: 'section', section, state } as HostMessage);
  }

  private async load(section: SectionName, generation: number): Promise<void> {
    this.set(section, { status: 'loading' }, generation);
    try {
      switch (section) {
        case 'profile': return this.set('profile', { status: 'ready', data: await this.readProfileSection() }, generation);
        case 'keys': {
          const { keys, derivation } = await readKeys(this.o.api, this.o.ref);
          return this.set('keys', { status: 'ready', data: { keys, derivation } }, generation);
        }
        case 'objects': return this.set('objects', { status: 'ready', data: { groups: await this.firstObjectPages() } }, generation);
        case 'history': return this.set('history', { status: 'ready', data: await this.firstHistoryPage() }, generation);
        case 'similar': return this.set('similar', { status: 'ready', data: await readSimilar(this.o.api, this.o.ref) }, generation);
      }
    } catch (e) {
      this.o.ui.log(`Profile view (${this.o.ref.profileId}): ${section} failed: ${(e as Error)?.message ?? String(e)}`);
      this.set(section, { status: 'error', message: this.o.describe(e) }, generation);
    }
  }

  private async readProfileSection(): Promise<SectionDataMap['profile']> {
    const profile = await readProfile(this.o.api, this.o.ref);
    if (!profile) {
      const reason = l10n.t('Profile {0} no longer exists in {1} (deleted or merged into another profile).', this.o.ref.profileId, this.o.ref.domainName);
      this.markGone(reason);
      throw new Error(reason);
    }
    return { name: profileName(profile), ...profileRows(profile) };
  }

  private async firstObjectPages(): Promise<ObjectGroupView[]> {
    this.objects.clear();
    const names = await objectTypeNames(this.o.api, this.o.ref.domainName);
    await Promise.all(names.map(async (name) => {
      try {
        const page = await objectsPage(this.o.api, this.o.ref, name, undefined);
        this.objects.set(name, { group: { objectTypeName: name, objects: page.objects, more: !!page.nextToken }, nextToken: page.nextToken });
      } catch (e) {
        if (isNotFound(e)) return; // the type was deleted meanwhile
        this.objects.set(name, { group: { objectTypeName: name, objects: [], more: false, error: this.o.describe(e) } });
      }
    }));
    return this.objectGroups();
  }

  /** Types with objects (or a failure), by name; types this profile has nothing of are left out. */
  private objectGroups(): ObjectGroupView[] {
    return [...this.objects.values()].map((o) => o.group).filter((g) => g.objects.length > 0 || g.error)
      .sort((a, b) => a.objectTypeName.localeCompare(b.objectTypeName));
  }

  private async moreObjects(name: string): Promise<void> {
    const open = this.objects.get(name)!;
    const page = await objectsPage(this.o.api, this.o.ref, name, open.nextToken);
    this.objects.set(name, { group: { objectTypeName: name, objects: [...open.group.objects, ...page.objects], more: !!page.nextToken }, nextToken: page.nextToken });
    this.set('objects', { status: 'ready', data: { groups: this.objectGroups() } }, this.generation);
  }

  private async historyPage(nextToken: string | undefined): Promise<{ rows: HistoryRow[]; nextToken?: string }> {
    const page = await this.o.api.fetchPage('ListProfileHistoryRecords', { DomainName: this.o.ref.domainName, ProfileId: this.o.ref.profileId }, nextToken, { pageSize: HISTORY_PAGE });
    return { rows: page.items.map((r) => historyRow(r as unknown as Record<string, unknown>)).filter((r): r is HistoryRow => !!r), nextToken: page.nextToken };
  }

  private async firstHistoryPage(): Promise<SectionDataMap['history']> {
    this.history = await this.historyPage(undefined);
    await this.openMerges(this.history.rows);
    return { rows: this.history.rows, more: !!this.history.nextToken };
  }

  private async moreHistory(): Promise<void> {
    if (!this.history.nextToken) return;
    const page = await this.historyPage(this.history.nextToken);
    await this.openMerges(page.rows);
    this.history = { rows: [...this.history.rows, ...page.rows], nextToken: page.nextToken };
    this.set('history', { status: 'ready', data: { rows: this.history.rows, more: !!page.nextToken } }, this.generation);
  }

  /**
   * A merge names its profile ids only in the record's Content: the first few merge records of a page are read at
   * once, so the audit trail shows without a click (one that fails just stays closed, with its own button).
   */
  private async openMerges(rows: readonly HistoryRow[]): Promise<void> {
    const merges = rows.filter((r) => r.actionType === 'MERGED' || r.actionType === 'DELETED_BY_MERGE').slice(0, AUTO_OPENED_MERGES);
    await Promise.all(merges.map((r) => this.openRecord(r.id).catch(() => undefined)));
  }

  private async openRecord(recordId: string): Promise<void> {
    const out = await this.o.api.call('GetProfileHistoryRecord', { DomainName: this.o.ref.domainName, ProfileId: this.o.ref.profileId, Id: recordId });
    const content = out.Content ?? '';
    const merge = out.ActionType === 'MERGED' || out.ActionType === 'DELETED_BY_MERGE' ? mergeIds(content) : undefined;
    this.o.ui.post({ type: 'historyRecord', recordId, content: prettyJson(content), ...(merge ? { merge } : {}) });
  }
}
