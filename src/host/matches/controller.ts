// The host side of one matches panel, without vscode: it answers the webview's messages, records review
// states and runs merges; GetMatches streaming is MatchesStream's (matchesStream.ts) and the background
// profile fetch ProfilePrefetch's (profilePrefetch.ts). The panel (panel.ts) only plugs in the webview,
// the modal, the save dialog and the progress notification. The backend is reachable only from handlers
// that take Validated<...> messages, and receive() is the only way in.
import * as l10n from '@vscode/l10n';
import type { MatchesBackend, MatchesPage } from './backend';
import { BulkMergeService } from './bulkMergeService';
import { watchForDomainGone } from './domainGone';
import { exportMatches } from './exportMatches';
import type { GroupIndex } from './groupIndex';
import type { MergeContext } from './mergeContext';
import { MergeService } from './mergeService';
import { errorText } from '../../shared/matches/bulkMerge';
import type { ExportContext } from '../../shared/matches/exportGroups';
import type { MatchGroup } from '../../shared/matches/matchGroup';
import { transition } from '../../shared/matches/reviewState';
import { MatchesStream } from './matchesStream';
import { RuleMatchesStream } from './ruleMatchesStream';
import { countByLevel, type RuleLevelCount } from '../../shared/matches/ruleLevels';
import type { MatchSource } from '../../shared/matches/matchGroup';
import type { RuleBasedConfig } from '../../shared/rules/config';
import { ProfileCache } from './profileCache';
import { ProfilePrefetch } from './profilePrefetch';
import type { ExportRequest, GroupSummary, HostMessage, LoadProfilesRequest, SetReviewStateRequest } from '../../shared/matches/protocol';
import type { MatchesHostUi } from './hostUi';
import { ReviewBook, type KeyValueStore } from './reviewBook';
import { validateWebviewMessage, type Validated } from './validateWebviewMessage';

export type { MatchesHostUi } from './hostUi';

export interface MatchesControllerOptions {
  readonly domain: string;
  /** Stable id of the connection (profile + region + endpoint): part of the review-state key. */
  readonly connectionId: string;
  readonly connectionLabel: string;
  readonly backend: MatchesBackend;
  readonly ui: MatchesHostUi;
  readonly store: KeyValueStore;
  readonly bulkConcurrency?: number;
  readonly now?: () => Date;
  /** Called once MergeProfiles changed the domain (a merge, or a bulk merge that merged a group): other views re-read it. */
  readonly onMerged?: () => void;
  /** How long the stream waits for the webview's `firstPaint` before going on without it (default 500 ms). */
  readonly firstPaintTimeoutMs?: number;
  /** Identity of the panel's connection (ConnectionManager.key()), sent in `init` for the webview's saved state. */
  readonly connectionKey?: string;
  /** A call showed the domain no longer exists (ResourceNotFound): the panel detaches. */
  readonly onDomainGone?: (reason: string) => void;
  /** BatchGetProfile calls in flight for the background profile fetch (default 4; 0 = no background fetch). */
  readonly prefetchConcurrency?: number;
  /** Which matching the panel reviews (default 'ml'). */
  readonly source?: MatchSource;
  /** Rule-based panels: GetSimilarProfiles calls in flight at most (default 8). */
  readonly ruleConcurrency?: number;
  /** Rule-based panels: a completed load records its counts per level here (the domain JSON's rule hover). */
  readonly ruleMatchResults?: { record(connectionKey: string, domain: string, levels: ReadonlyMap<number, RuleLevelCount>): void };
  /** customerProfiles.matching.defaultPhoneRegion, read for each `init` (undefined = unset). */
  readonly defaultPhoneRegion?: () => string | undefined;
}

/** The review states and bulk-merge journal of a rule-based panel live apart from the ML panel's of the same domain. */
export function storageScope(connectionId: string, source: MatchSource | undefined): string {
  return source === 'rules' ? `${connectionId}|rules` : connectionId;
}

export class MatchesController {
  private readonly backend: MatchesBackend;
  private readonly stream: MatchesStream | RuleMatchesStream;
  private ruleConfig: RuleBasedConfig | undefined;
  private readonly profiles: ProfileCache;
  private readonly prefetcher: ProfilePrefetch;
  private readonly review: ReviewBook;
  private readonly mergesInFlight = new Set<string>();
  private readonly merges: MergeService;
  private readonly bulk: BulkMergeService;
  private matchGenerationDate: string | undefined;
  private disposed = false;

  constructor(private readonly options: MatchesControllerOptions) {
    this.backend = watchForDomainGone(options.backend, options.domain, (reason) => options.onDomainGone?.(reason));
    this.profiles = new ProfileCache(this.backend, options.domain);
    const scope = storageScope(options.connectionId, options.source);
    this.review = new ReviewBook(options.store, scope, options.domain);
    this.prefetcher = new ProfilePrefetch({
      cache: this.profiles, post: (m) => this.post(m), log: (line) => options.ui.log(`Matches (${options.domain}): ${line}`),
      concurrency: options.prefetchConcurrency,
    });
    // Search and export cover every loaded group: once the stream stops, fetch all their profiles.
    const ended = (groups: GroupIndex): unknown => options.prefetchConcurrency !== 0 && this.prefetcher.start(groups.all);
    const common = {
      domain: options.domain, backend: this.backend, firstPaintTimeoutMs: options.firstPaintTimeoutMs,
      post: (m: HostMessage) => this.post(m), log: (line: string) => options.ui.log(line), summary: (g: MatchGroup) => this.summary(g),
    };
    this.stream = options.source === 'rules'
      ? new RuleMatchesStream({
        ...common, concurrency: options.ruleConcurrency,
        begin: (config) => this.beginRules(config),
        ended: (groups, complete) => {
          if (complete) options.ruleMatchResults?.record(options.connectionKey ?? options.connectionId, options.domain, countByLevel(groups.all));
          return ended(groups);
        },
      })
      : new MatchesStream({ ...common, begin: (threshold, firstPage) => this.begin(threshold, firstPage), ended });
    const { domain, ui, store } = options;
    const connectionId = scope;
    const context: MergeContext = {
      domain, connectionId, backend: this.backend, ui, store, review: this.review, profiles: this.profiles, mergesInFlight: this.mergesInFlight,
      group: (id) => this.groups.group(id),
      allGroups: () => this.groups.all,
      loadStatus: () => this.stream.status,
      matchGenerationDate: () => this.matchGenerationDate,
      post: (m) => this.post(m),
      now: options.now ?? (() => new Date()),
      onMerged: options.onMerged,
    };
    this.merges = new MergeService(context);
    this.bulk = new BulkMergeService(context, options.bulkConcurrency ?? 4);
  }

  /** TEST-ONLY (through the test API): as if the extension host died in the middle of a bulk merge. */
  simulateCrash(): Promise<void> {
    return this.bulk.simulateCrash();
  }

  get domain(): string { return this.options.domain; }
  private get groups(): GroupIndex { return this.stream.groups; }

  dispose(): void {
    this.detach();
    this.disposed = true;
  }

  /** Stops loading and the background fetch for good; answers to requests in flight are still posted. */
  detach(): void {
    this.stream.dispose();
    this.prefetcher.stop();
  }

  /** Starts GetDomain and the first GetMatches page while the webview boots (see MatchesStream.prefetch). */
  prefetch(): void {
    if (!this.disposed) this.stream.prefetch();
  }

  /** Entry point for every webview message. Never throws; failures go back to the webview as `error`. */
  async receive(raw: unknown): Promise<void> {
    const result = validateWebviewMessage(raw, {
      domain: this.domain, source: this.options.source, group: (id) => this.groups.group(id), isLoadedProfile: (id) => this.groups.isLoadedProfile(id),
    });
    if (!result.ok) {
      this.options.ui.log(`Rejected a message from the matches webview (${this.domain}): ${result.reason}`);
      this.post({ type: 'error', requestId: result.requestId, message: l10n.t('Rejected: {0}', result.reason), rejected: true });
      return;
    }
    const msg = result.message;
    const requestId = msg.type === 'ready' || msg.type === 'firstPaint' || msg.type === 'wantGroups' ? undefined : msg.requestId;
    try {
      switch (msg.type) {
        case 'ready': this.stream.setPaintAck(msg.paintAck === true); return await this.startLoading();
        case 'firstPaint': return this.stream.firstPaint();
        case 'wantGroups': if (this.stream instanceof RuleMatchesStream) this.stream.want(msg.matchIds); return;
        case 'reload': this.post({ type: 'ack', requestId: msg.requestId }); return await this.startLoading();
        case 'cancelLoading': this.stream.cancel(); return this.post({ type: 'ack', requestId: msg.requestId });
        case 'loadProfiles': return await this.loadProfiles(msg);
        case 'setReviewState': return await this.setReviewState(msg);
        case 'merge': return await this.merges.merge(msg);
        case 'export': return await this.export(msg);
        case 'bulkMerge': return await this.bulk.bulkMerge(msg);
        case 'resumeBulkMerge': return await this.bulk.resume(msg);
        case 'retryFailedMerges': return await this.bulk.retryFailed(msg);
        case 'exportMergeReport': return await this.bulk.exportReport(msg);
        case 'dismissMergeReport': return await this.bulk.dismiss(msg);
      }
    } catch (e) {
      this.options.ui.log(`Matches (${this.domain}): ${errorText(e)}`);
      this.post({ type: 'error', requestId, message: errorText(e) });
    }
  }

  private post(message: HostMessage): void {
    if (!this.disposed) this.options.ui.post(message);
  }

  private startLoading(): Promise<void> {
    this.prefetcher.stop();
    return this.stream.start();
  }

  private settings(): { defaultPhoneRegion?: string } {
    const region = this.options.defaultPhoneRegion?.();
    return region !== undefined ? { defaultPhoneRegion: region } : {};
  }

  /** A stream run starts: open the run's review states, then tell the webview (it resets its list). */
  private async begin(autoMergeThreshold: number | undefined, firstPage: MatchesPage | undefined): Promise<void> {
    if (firstPage) {
      this.matchGenerationDate = firstPage.matchGenerationDate?.toISOString();
      await this.review.open(this.matchGenerationDate);
    }
    this.post({
      type: 'init', domain: this.domain, connectionLabel: this.options.connectionLabel, autoMergeThreshold,
      matchGenerationDate: this.matchGenerationDate, potentialMatches: firstPage?.potentialMatches, reviewStates: this.review.persisted.states,
      ...(this.options.connectionKey !== undefined ? { connectionKey: this.options.connectionKey } : {}), ...this.settings(),
    });
    // After `init` (which resets the webview): the report of an interrupted or unfinished bulk merge.
    this.bulk.announce();
  }

  /** A rule-based run starts: there is no job run (review states are kept per MatchId across loads). */
  private async beginRules(config: RuleBasedConfig | undefined): Promise<void> {
    this.ruleConfig = config;
    this.matchGenerationDate = undefined;
    await this.review.open(undefined);
    this.post({
      type: 'init', domain: this.domain, connectionLabel: this.options.connectionLabel, source: 'rules',
      reviewStates: this.review.persisted.states, ...(config ? { ruleConfig: config } : {}),
      ...(this.options.connectionKey !== undefined ? { connectionKey: this.options.connectionKey } : {}), ...this.settings(),
    });
    this.bulk.announce();
  }

  /** The rule config of the current run (exports name the rule of each level). */
  get rules(): RuleBasedConfig | undefined { return this.ruleConfig; }

  private summary(g: MatchGroup): GroupSummary {
    return {
      matchId: g.matchId, profileIds: g.profileIds, score: g.score, state: this.review.admit(g),
      ...(g.level !== undefined ? { level: g.level } : {}), ...(g.unresolved !== undefined ? { unresolved: g.unresolved } : {}),
    };
  }

  // ---- requests -----------------------------------------------------------------------------------------

  private async loadProfiles(msg: Validated<LoadProfilesRequest>): Promise<void> {
    const { profiles, missingIds } = await this.profiles.load(msg.profileIds);
    this.post({ type: 'profiles', requestId: msg.requestId, profiles, missingIds });
  }

  private async setReviewState(msg: Validated<SetReviewStateRequest>): Promise<void> {
    const group = this.groups.group(msg.matchId)!;
    if (this.mergesInFlight.has(group.matchId)) throw new Error(l10n.t('A merge of this group is in progress.'));
    const t = transition(this.review.stateOf(group.matchId), msg.state);
    if (!t.ok) throw new Error(t.reason);
    await this.review.set(group, t.state);
    this.post({ type: 'reviewStates', requestId: msg.requestId, states: { [group.matchId]: t.state } });
  }

  private exportContext(): ExportContext {
    return {
      domain: this.domain, matchGenerationDate: this.matchGenerationDate, groups: this.groups.all, source: this.options.source,
      stateOf: (id) => this.review.stateOf(id), profile: (id) => this.profiles.get(id),
    };
  }

  private async export(msg: Validated<ExportRequest>): Promise<void> {
    // Validated: every matchId names a loaded group (the webview's filtered list, in its order).
    const groups = msg.matchIds ? msg.matchIds.map((id) => this.groups.group(id)!) : this.groups.all;
    const result = await exportMatches({
      format: msg.format, context: { ...this.exportContext(), groups }, prefetcher: this.prefetcher, status: this.stream.status,
      now: (this.options.now ?? (() => new Date()))(), ui: this.options.ui, log: (l) => this.options.ui.log(l),
    });
    this.post({ type: 'exportResult', requestId: msg.requestId, ...result });
  }
}
