// In-memory MatchesBackend for unit tests and the webview harness. It enforces the model's limits the way
// the service does (BatchGetProfile / MergeProfiles take at most 20 ids) and records every call, so tests
// can assert that a rejected message reached no API at all.
import { mergeProfileRecords } from '../../../src/shared/mergeRules';
import type { ProfileRecord } from '../../../src/shared/profile';
import type { BatchProfiles, DomainMatchingInfo, MatchesBackend, MatchesPage, MergeAnswer, RuleBasedGroup, RuleMatchIdsPage } from '../../../src/host/matches/backend';
import type { RuleBasedConfig } from '../../../src/shared/rules/config';
import type { MatchItemLike } from '../../../src/shared/matches/matchGroup';
import type { MergeProfilesRequest } from '../../../src/shared/matches/mergeRequests';

export interface FakeCall { readonly op: 'getDomain' | 'getMatchesPage' | 'batchGetProfiles' | 'mergeProfiles' | 'listRuleBasedMatchesPage' | 'getRuleBasedGroup'; readonly args: unknown[] }

export interface FakeMatchData {
  readonly domain: string;
  readonly matches: readonly MatchItemLike[];
  readonly profiles: readonly ProfileRecord[];
  readonly autoMergeThreshold?: number;
  readonly matchGenerationDate?: Date;
  /** Rule-based groups (ListRuleBasedMatches lists their MatchIds in this order). */
  readonly ruleMatches?: ReadonlyArray<{ readonly MatchId: string; readonly ProfileIds: readonly string[]; readonly RuleLevel: number }>;
  readonly ruleBased?: RuleBasedConfig;
}

export class BadRequestException extends Error { override name = 'BadRequestException'; }

export class FakeMatchesBackend implements MatchesBackend {
  readonly calls: FakeCall[] = [];
  readonly profiles = new Map<string, ProfileRecord>();
  pageSize = 100;
  /** Milliseconds each call waits (simulated network). */
  latencyMs = 0;
  /** Makes the next mergeProfiles calls fail with this error (one per entry). */
  readonly mergeFailures: Error[] = [];
  /** Set to fail a GetMatches page with this error. */
  failPageAt: number | undefined;

  /** MatchIds listed but no longer resolvable (GetSimilarProfiles answers not found). */
  readonly goneMatchIds = new Set<string>();
  /** GetSimilarProfiles calls in flight now, and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;
  /** Milliseconds each getRuleBasedGroup waits (default latencyMs). */
  groupLatencyMs: number | undefined;

  constructor(readonly data: FakeMatchData) {
    for (const p of data.profiles) this.profiles.set(p.ProfileId, p);
  }

  callsOf(op: FakeCall['op']): FakeCall[] { return this.calls.filter((c) => c.op === op); }

  private async call(op: FakeCall['op'], args: unknown[]): Promise<void> {
    this.calls.push({ op, args });
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
  }

  private checkDomain(domain: string): void {
    if (domain !== this.data.domain) throw Object.assign(new Error(`Domain ${domain} not found`), { name: 'ResourceNotFoundException' });
  }

  async getDomain(domain: string): Promise<DomainMatchingInfo> {
    await this.call('getDomain', [domain]);
    this.checkDomain(domain);
    return { autoMergeThreshold: this.data.autoMergeThreshold, matchingEnabled: true, ruleBased: this.data.ruleBased };
  }

  async getMatchesPage(domain: string, nextToken?: string): Promise<MatchesPage> {
    await this.call('getMatchesPage', [domain, nextToken]);
    this.checkDomain(domain);
    const start = nextToken ? Number(nextToken) : 0;
    if (this.failPageAt !== undefined && start >= this.failPageAt) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const end = Math.min(start + this.pageSize, this.data.matches.length);
    return {
      items: this.data.matches.slice(start, end),
      nextToken: end < this.data.matches.length ? String(end) : undefined,
      potentialMatches: this.data.matches.length,
      matchGenerationDate: this.data.matchGenerationDate,
    };
  }

  async listRuleBasedMatchesPage(domain: string, nextToken?: string): Promise<RuleMatchIdsPage> {
    await this.call('listRuleBasedMatchesPage', [domain, nextToken]);
    this.checkDomain(domain);
    const all = this.data.ruleMatches ?? [];
    const start = nextToken ? Number(nextToken) : 0;
    const end = Math.min(start + this.pageSize, all.length);
    return { items: all.slice(start, end).map((m) => m.MatchId), nextToken: end < all.length ? String(end) : undefined };
  }

  async getRuleBasedGroup(domain: string, matchId: string): Promise<RuleBasedGroup | undefined> {
    this.calls.push({ op: 'getRuleBasedGroup', args: [domain, matchId] });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const wait = this.groupLatencyMs ?? this.latencyMs;
      if (wait) await new Promise((r) => setTimeout(r, wait));
      this.checkDomain(domain);
      const m = (this.data.ruleMatches ?? []).find((g) => g.MatchId === matchId);
      if (!m || this.goneMatchIds.has(matchId)) return undefined;
      return { matchId, profileIds: [...m.ProfileIds], ruleLevel: m.RuleLevel };
    } finally {
      this.inFlight--;
    }
  }

  async batchGetProfiles(domain: string, profileIds: readonly string[]): Promise<BatchProfiles> {
    await this.call('batchGetProfiles', [domain, [...profileIds]]);
    this.checkDomain(domain);
    if (profileIds.length < 1 || profileIds.length > 20) throw new BadRequestException(`ProfileIds must have 1..20 members, got ${profileIds.length}`);
    const profiles = profileIds.map((id) => this.profiles.get(id)).filter((p): p is ProfileRecord => !!p);
    return { profiles, missing: profileIds.filter((id) => !this.profiles.has(id)) };
  }

  /** Counts successful merges: each answer gets a request id, as the service's x-amzn-RequestId. */
  private merges = 0;

  async mergeProfiles(request: MergeProfilesRequest): Promise<MergeAnswer> {
    await this.call('mergeProfiles', [request]);
    this.checkDomain(request.DomainName);
    const failure = this.mergeFailures.shift();
    if (failure) throw failure;
    const ids = request.ProfileIdsToBeMerged;
    if (ids.length < 1 || ids.length > 20) throw new BadRequestException(`ProfileIdsToBeMerged must have 1..20 members, got ${ids.length}`);
    const main = this.profiles.get(request.MainProfileId);
    const toMerge = ids.map((id) => this.profiles.get(id));
    if (!main || toMerge.some((p) => !p)) throw Object.assign(new Error('Profile not found'), { name: 'ResourceNotFoundException' });
    this.profiles.set(main.ProfileId, mergeProfileRecords(main, toMerge as ProfileRecord[], request.FieldSourceProfileIds));
    for (const id of ids) this.profiles.delete(id);
    return { requestId: `fake-merge-${++this.merges}` };
  }
}
