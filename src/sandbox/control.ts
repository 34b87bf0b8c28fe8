// Sandbox-only control routes under /_sandbox/ (never subject to injected faults):
//   POST /_sandbox/domains/{DomainName}/identity-resolution-jobs  start an identity-resolution job now
//   GET  /_sandbox/faults                                          current fault settings
//   POST /_sandbox/faults  {"throttleRate":0.5,"failRate":0,"latencyMs":0,"seed":1,"accessDeniedRate":0}
//   GET  /_sandbox/health                                          {"ok":true}
//   GET  /_sandbox/domains/{DomainName}/rule-based-matching        Status, group count, cardinality-guard log
//   POST /_sandbox/domains/{DomainName}/rule-based-matching/advance  next Status now (skip the wait)
import { badRequest, notFound } from './errors';
import { faultProblem, type Faults } from './faults';
import type { FaultOptions } from './types';
import type { JobRunner } from './jobs';
import type { RuleMatching } from './rulesLifecycle';
import type { DomainState, SandboxState } from './store/types';

export interface ControlDeps {
  state: SandboxState;
  jobs: JobRunner;
  rules: RuleMatching;
  faults: Faults;
  onMutation(): void;
}

export interface ControlResult {
  status: number;
  body: unknown;
}

const FAULT_KEYS = ['throttleRate', 'failRate', 'accessDeniedRate', 'latencyMs', 'seed'] as const;

export function handleControl(method: string, path: string, body: Record<string, unknown>, deps: ControlDeps): ControlResult {
  const parts = path.split('/').slice(2).map((p) => decodeURIComponent(p));
  if (parts.length === 1 && parts[0] === 'health' && method === 'GET') return { status: 200, body: { ok: true } };
  if (parts.length === 1 && parts[0] === 'faults') {
    if (method === 'GET') return { status: 200, body: deps.faults.current };
    if (method === 'POST') {
      deps.faults.set(parseFaults(body));
      return { status: 200, body: deps.faults.current };
    }
  }
  if (parts.length === 3 && parts[0] === 'domains' && parts[2] === 'identity-resolution-jobs' && method === 'POST') {
    const domain = deps.state.domains.get(parts[1]);
    if (!domain) throw notFound(`Domain ${parts[1]} does not exist.`);
    const job = deps.jobs.start(domain);
    deps.onMutation();
    return { status: 200, body: { DomainName: domain.DomainName, JobId: job.JobId, Status: job.Status } };
  }
  if (parts[0] === 'domains' && parts[2] === 'rule-based-matching') {
    const domain = deps.state.domains.get(parts[1]);
    if (!domain) throw notFound(`Domain ${parts[1]} does not exist.`);
    if (parts.length === 3 && method === 'GET') return { status: 200, body: ruleMatchingReport(domain, deps.rules) };
    if (parts.length === 4 && parts[3] === 'advance' && method === 'POST') {
      deps.rules.advance(domain);
      return { status: 200, body: ruleMatchingReport(domain, deps.rules) };
    }
  }
  throw notFound(`No sandbox control route ${method} ${path}.`);
}

function parseFaults(body: Record<string, unknown>): FaultOptions {
  const out: FaultOptions = {};
  for (const [k, v] of Object.entries(body)) {
    if (!(FAULT_KEYS as readonly string[]).includes(k)) throw badRequest(`Unknown fault option ${k}; expected one of ${FAULT_KEYS.join(', ')}.`);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw badRequest(`Fault option ${k} must be a number.`);
    out[k as (typeof FAULT_KEYS)[number]] = v;
  }
  const problem = faultProblem(out);
  if (problem) throw badRequest(problem);
  return out;
}

/** The rule engine's "job log": where the lifecycle is, how many groups, and what the cardinality guard skipped. */
function ruleMatchingReport(d: DomainState, rules: RuleMatching): Record<string, unknown> {
  const index = rules.index(d);
  const st = d.ruleStatus;
  return {
    DomainName: d.DomainName,
    Status: st?.Status,
    StatusSince: st ? new Date(st.since * 1000).toISOString() : undefined,
    ChangeableAt: st?.changeableAt !== undefined ? new Date(st.changeableAt * 1000).toISOString() : undefined,
    Timings: rules.timings,
    MatchCount: index?.groups().length,
    MergesDone: rules.mergesDone(d),
    GuardedValues: index?.guardedValues() ?? [],
  };
}
