// CreateDomain / GetDomain / UpdateDomain / DeleteDomain / ListDomains.
import { badRequest } from '../errors';
import type { DomainState } from '../store/types';
import { checkConsolidation } from './consolidation';
import { as, byKey, pageArgs, requireDomain, type HandlerTable, type OpContext } from './context';

interface DomainInput {
  DomainName: string;
  DefaultExpirationDays?: number;
  DefaultEncryptionKey?: string;
  DeadLetterQueueUrl?: string;
  Matching?: Record<string, unknown> & { Enabled: boolean };
  RuleBasedMatching?: Record<string, unknown> & { Enabled: boolean };
  DataStore?: { Enabled?: boolean };
  Tags?: Record<string, string>;
}

export function emptyDomain(name: string, expirationDays: number, now: number): DomainState {
  return {
    DomainName: name,
    DefaultExpirationDays: expirationDays,
    CreatedAt: now,
    LastUpdatedAt: now,
    Tags: new Map(),
    profiles: new Map(),
    objectTypes: new Map(),
    jobs: [],
    uploadJobs: new Map(),
    workflows: new Map(),
  };
}

export function domainStats(d: DomainState): Record<string, number> {
  let objects = 0;
  let size = 0;
  for (const p of d.profiles.values()) {
    for (const byKey of p.objects.values()) {
      objects += byKey.size;
      for (const o of byKey.values()) size += Buffer.byteLength(o.Object);
    }
  }
  return { ProfileCount: d.profiles.size, MeteringProfileCount: d.profiles.size, ObjectCount: objects, TotalSize: size };
}

function ruleBasedView(d: DomainState): Record<string, unknown> | undefined {
  if (!d.RuleBasedMatching) return undefined;
  // Status is server-owned (rulesLifecycle.ts); a disabled configuration has none: no rule is being created.
  return { ...d.RuleBasedMatching, Status: d.ruleStatus?.Status };
}

export function domainView(d: DomainState, withStats: boolean): Record<string, unknown> {
  return {
    DomainName: d.DomainName,
    DefaultExpirationDays: d.DefaultExpirationDays,
    DefaultEncryptionKey: d.DefaultEncryptionKey,
    DeadLetterQueueUrl: d.DeadLetterQueueUrl,
    Stats: withStats ? domainStats(d) : undefined,
    Matching: d.Matching,
    RuleBasedMatching: ruleBasedView(d),
    DataStore: d.DataStore,
    CreatedAt: d.CreatedAt,
    LastUpdatedAt: d.LastUpdatedAt,
    Tags: d.Tags.size ? d.Tags : undefined,
  };
}

function applyConfig(d: DomainState, input: DomainInput): void {
  checkConsolidation('Matching.AutoMerging.Consolidation', (input.Matching?.AutoMerging as { Consolidation?: unknown } | undefined)?.Consolidation);
  if (input.DefaultExpirationDays !== undefined) d.DefaultExpirationDays = input.DefaultExpirationDays;
  if (input.DefaultEncryptionKey !== undefined) d.DefaultEncryptionKey = input.DefaultEncryptionKey;
  if (input.DeadLetterQueueUrl !== undefined) d.DeadLetterQueueUrl = input.DeadLetterQueueUrl;
  if (input.Matching !== undefined) d.Matching = structuredClone(input.Matching);
  if (input.RuleBasedMatching !== undefined) d.RuleBasedMatching = structuredClone(input.RuleBasedMatching);
  if (input.DataStore !== undefined) d.DataStore = { ...input.DataStore };
  for (const [k, v] of Object.entries(input.Tags ?? {})) d.Tags.set(k, v);
}

/** A job starts whenever matching turns on (off/absent -> Enabled true). */
function startJobIfMatchingTurnedOn(ctx: OpContext, d: DomainState, wasEnabled: boolean): void {
  if (!wasEnabled && d.Matching?.Enabled === true && !ctx.jobs.isRunning(d)) ctx.jobs.start(d);
}

export const domainHandlers: HandlerTable = {
  CreateDomain(input, ctx) {
    const req = as<DomainInput>(input);
    if (ctx.state.domains.has(req.DomainName)) throw badRequest(`Domain ${req.DomainName} already exists.`);
    if (req.DefaultExpirationDays === undefined) throw badRequest('DefaultExpirationDays is required.');
    const d = emptyDomain(req.DomainName, req.DefaultExpirationDays, ctx.now());
    applyConfig(d, req);
    ctx.state.domains.set(d.DomainName, d);
    startJobIfMatchingTurnedOn(ctx, d, false);
    // A new domain skips PENDING: there is no existing data to wait for.
    if (d.RuleBasedMatching) ctx.rules.configured(d, true);
    return domainView(d, false);
  },

  GetDomain(input, ctx) {
    return domainView(requireDomain(ctx, input.DomainName), true);
  },

  UpdateDomain(input, ctx) {
    const req = as<DomainInput>(input);
    const d = requireDomain(ctx, req.DomainName);
    const wasEnabled = d.Matching?.Enabled === true;
    // Checked before anything is applied: a locked configuration fails the whole update.
    const rulesChanged = req.RuleBasedMatching !== undefined && ctx.rules.checkChange(d, req.RuleBasedMatching);
    applyConfig(d, req);
    d.LastUpdatedAt = ctx.now();
    startJobIfMatchingTurnedOn(ctx, d, wasEnabled);
    if (rulesChanged) ctx.rules.configured(d, false);
    return domainView(d, false);
  },

  DeleteDomain(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    ctx.jobs.cancel(d);
    ctx.rules.forget(d);
    ctx.state.domains.delete(d.DomainName);
    return { Message: `Domain ${d.DomainName} was deleted.` };
  },

  ListDomains(input, ctx) {
    const name = (d: DomainState): string => d.DomainName;
    const sorted = [...ctx.state.domains.values()].sort(byKey(name));
    const page = ctx.pager.page(sorted, name, { op: 'ListDomains', scope: '', ...pageArgs(input), defaultMax: 100 });
    return {
      Items: page.items.map((d) => ({ DomainName: d.DomainName, CreatedAt: d.CreatedAt, LastUpdatedAt: d.LastUpdatedAt, Tags: d.Tags.size ? d.Tags : undefined })),
      NextToken: page.nextToken,
    };
  },
};
