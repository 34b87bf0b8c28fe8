// RuleBasedMatching's Status lifecycle (RuleBasedMatchingResponse.Status in the model) and the live rule matches.
//   PENDING      an existing domain got a (new) enabled configuration; the service waits one hour, the sandbox
//                `pendingMs`. A new domain (CreateDomain with the configuration) skips it.
//   IN_PROGRESS  "evaluating the existing data": `inProgressMs`; the configuration is locked (UpdateDomain that
//                changes RuleBasedMatching answers BadRequestException).
//   ACTIVE       the index is built from every profile, groups at a merging level are auto-merged, and from now
//                on every profile mutation updates the index incrementally (store/profileEvents.ts). The
//                configuration is locked again until "a day after the status is ACTIVE": `changeLockMs`.
// The Status is persisted (DomainState.ruleStatus); the index is not: resume() rebuilds it from the profiles.
import type { ProfileRecord } from '../shared/profile';
import type { RuleBasedConfig } from '../shared/rules/config';
import { parseRuleBasedConfig } from '../shared/rules/config';
import { badRequest } from './errors';
import { mergeRuleGroups } from './ruleAutoMerge';
import { RuleMatchIndex, type RuleMatchChange } from './rules/ruleMatchIndex';
import { setProfileListener, type ProfileChange } from './store/profileEvents';
import type { DomainState, RuleBasedStatus } from './store/types';

export interface RuleTimings {
  /** PENDING -> IN_PROGRESS for an existing domain, ms (the service: one hour). */
  pendingMs: number;
  /** IN_PROGRESS -> ACTIVE, ms. */
  inProgressMs: number;
  /** How long after ACTIVE the configuration stays locked, ms (the service: a day). */
  changeLockMs: number;
}

export const DEFAULT_RULE_TIMINGS: RuleTimings = { pendingMs: 3000, inProgressMs: 2000, changeLockMs: 10000 };

export interface RuleMatchingOptions {
  timings: RuleTimings;
  now(): number;
  onChange(): void;
  log?: (line: string) => void;
}

/** One place that knows how the engine is constructed (the rules-engine helper's RuleMatchIndex). */
function createRuleIndex(config: RuleBasedConfig, d: DomainState): RuleMatchIndex {
  const profiles = function* (): Iterable<ProfileRecord> {
    for (const p of d.profiles.values()) yield p.profile;
  };
  return RuleMatchIndex.build(config, profiles());
}

/** Stable JSON (sorted keys) so a re-sent, unchanged configuration is not a change. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : x));
}

export class RuleMatching {
  private readonly indexes = new WeakMap<DomainState, RuleMatchIndex>();
  private readonly timers = new Map<DomainState, NodeJS.Timeout>();
  /** Profiles changed while an auto-merge runs (its own merges): merged in the same run, not re-entrantly. */
  private readonly merging = new WeakMap<DomainState, Set<string>>();
  private readonly merges = new WeakMap<DomainState, number>();

  constructor(private readonly options: RuleMatchingOptions) {}

  get timings(): RuleTimings {
    return this.options.timings;
  }

  /** The live index of a domain whose rule-based matching is ACTIVE. */
  index(d: DomainState): RuleMatchIndex | undefined {
    return d.ruleStatus?.Status === 'ACTIVE' ? this.indexes.get(d) : undefined;
  }

  /** Rule-based auto-merges done since the sandbox started (control route). */
  mergesDone(d: DomainState): number {
    return this.merges.get(d) ?? 0;
  }

  /**
   * UpdateDomain's check before anything is applied: true when `next` changes the configuration; throws the
   * modeled BadRequestException while the configuration is locked (IN_PROGRESS, or within the lock after ACTIVE).
   */
  checkChange(d: DomainState, next: unknown): boolean {
    if (canonical(next) === canonical(d.RuleBasedMatching)) return false;
    const st = d.ruleStatus;
    if (st?.Status === 'IN_PROGRESS') {
      throw badRequest(`RuleBasedMatching of domain ${d.DomainName} cannot be changed while its Status is IN_PROGRESS: `
        + 'the rule-based matching rule is being created from the existing data. Change it once the Status is ACTIVE (and a day has passed).');
    }
    const now = this.options.now();
    if (st?.Status === 'ACTIVE' && st.changeableAt !== undefined && now < st.changeableAt) {
      throw badRequest(`RuleBasedMatching of domain ${d.DomainName} can be changed a day after its Status became ACTIVE `
        + `(in the local sandbox: ${Math.round(this.options.timings.changeLockMs / 1000)} s); `
        + `try again after ${new Date(st.changeableAt * 1000).toISOString()}.`);
    }
    return true;
  }

  /** After CreateDomain / UpdateDomain stored a changed configuration. */
  configured(d: DomainState, newDomain: boolean): void {
    this.clearTimer(d);
    this.detach(d);
    if (parseRuleBasedConfig(d.RuleBasedMatching)?.enabled !== true) {
      delete d.ruleStatus;
      return;
    }
    this.enter(d, newDomain ? 'IN_PROGRESS' : 'PENDING');
  }

  /** Moves to the next status now (control route; tests). Returns the new status. */
  advance(d: DomainState): RuleBasedStatus | undefined {
    const st = d.ruleStatus?.Status;
    if (st === 'PENDING') this.enter(d, 'IN_PROGRESS');
    else if (st === 'IN_PROGRESS') this.enter(d, 'ACTIVE');
    else if (st === 'ACTIVE' && d.ruleStatus) d.ruleStatus.changeableAt = this.options.now();
    this.options.onChange();
    return d.ruleStatus?.Status;
  }

  /** After a load (or the demo build): reschedules PENDING / IN_PROGRESS, rebuilds the index of ACTIVE domains. */
  resume(domains: Iterable<DomainState>): void {
    for (const d of domains) {
      const st = d.ruleStatus;
      if (!st) continue;
      if (st.Status === 'ACTIVE') this.activate(d, false);
      else this.schedule(d, st.Status === 'PENDING' ? this.options.timings.pendingMs : this.options.timings.inProgressMs, st.since);
    }
  }

  /** DeleteDomain. */
  forget(d: DomainState): void {
    this.clearTimer(d);
    this.detach(d);
  }

  stop(): void {
    for (const d of [...this.timers.keys()]) this.clearTimer(d);
  }

  private enter(d: DomainState, status: RuleBasedStatus): void {
    this.clearTimer(d);
    const now = this.options.now();
    d.ruleStatus = { Status: status, since: now };
    if (status === 'ACTIVE') this.activate(d, true);
    else this.schedule(d, status === 'PENDING' ? this.options.timings.pendingMs : this.options.timings.inProgressMs, now);
  }

  private schedule(d: DomainState, ms: number, since: number): void {
    const remaining = Math.max(0, since * 1000 + ms - this.options.now() * 1000);
    const timer = setTimeout(() => {
      this.timers.delete(d);
      this.advance(d);
    }, remaining);
    timer.unref();
    this.timers.set(d, timer);
  }

  private activate(d: DomainState, fresh: boolean): void {
    const config = parseRuleBasedConfig(d.RuleBasedMatching);
    if (!config?.enabled || !d.ruleStatus) return;
    if (fresh) d.ruleStatus.changeableAt = this.options.now() + this.options.timings.changeLockMs / 1000;
    const index = createRuleIndex(config, d);
    this.indexes.set(d, index);
    setProfileListener(d, (dom, change) => this.onProfiles(dom, change));
    this.autoMerge(d, 'all');
  }

  private onProfiles(d: DomainState, change: ProfileChange): void {
    const index = this.indexes.get(d);
    if (!index) return;
    // Candidates for auto-merge: the members of every group the change created or re-levelled — a removal can
    // free a profile to group at a merging level too, not only the changed profiles themselves.
    const touched = new Set<string>();
    const note = (c: RuleMatchChange): void => {
      for (const g of c.added) for (const id of g.ProfileIds) touched.add(id);
    };
    for (const id of change.removed) note(index.remove(id));
    for (const id of change.upserted) {
      const p = d.profiles.get(id);
      note(p ? index.upsert(p.profile) : index.remove(id));
    }
    const pending = this.merging.get(d);
    if (pending) for (const id of touched) pending.add(id);
    else if (touched.size > 0) this.autoMerge(d, [...touched]);
  }

  private autoMerge(d: DomainState, candidates: readonly string[] | 'all'): void {
    const config = parseRuleBasedConfig(d.RuleBasedMatching);
    const index = this.indexes.get(d);
    if (!config || config.maxMergingLevel === undefined || !index) return;
    const pending = new Set<string>();
    this.merging.set(d, pending);
    try {
      const more = (): string[] => {
        const ids = [...pending].filter((id) => d.profiles.has(id));
        pending.clear();
        return ids;
      };
      const done = mergeRuleGroups(d, index, config, candidates, more, this.options.now(), this.options.log);
      if (done > 0) {
        this.merges.set(d, this.mergesDone(d) + done);
        this.options.onChange();
      }
    } finally {
      this.merging.delete(d);
    }
  }

  private detach(d: DomainState): void {
    this.indexes.delete(d);
    setProfileListener(d, undefined);
  }

  private clearTimer(d: DomainState): void {
    const t = this.timers.get(d);
    if (t) clearTimeout(t);
    this.timers.delete(d);
  }
}
