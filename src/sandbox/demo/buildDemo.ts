// The deterministic demo data set: `demo-retail` (matching on, one completed identity-resolution job,
// profiles with duplicate clusters from the identity engineer's generator, object types from templates
// with one source object per profile, upload jobs in several statuses, a workflow, tags), the rule-based
// matching domain `demo-rules` (rulesDemo.ts) and the empty domain `demo-empty`.
import { generateDemoProfiles } from '../identity/demoData';
import type { JobRunner } from '../jobs';
import { emptyDomain } from '../ops/domains';
import type { DomainState, SandboxState, UploadJobState, WorkflowState } from '../store/types';
import { demoUploadJobs, demoWorkflow } from './demoJobs';
import { addDemoObjectTypes, addDemoProfiles } from './demoObjects';
import { buildRulesDemo } from './rulesDemo';

export interface DemoSize {
  profiles: number;
  clusters: number;
  seed?: number;
  /** demo-rules' size (default: the same as demo-retail's, capped at DEFAULT_DEMO so large benchmarks stay as they were). */
  rules?: { profiles: number; clusters: number };
}

export const DEFAULT_DEMO: Required<Omit<DemoSize, 'rules'>> = { profiles: 2000, clusters: 200, seed: 20200815 };

export function addDemoDomains(state: SandboxState, jobs: JobRunner, size: DemoSize, now: number): void {
  const seed = size.seed ?? DEFAULT_DEMO.seed;
  state.domains.set('demo-retail', buildRetail(jobs, { profiles: size.profiles, clusters: size.clusters, seed }, now));
  const rules = size.rules ?? { profiles: Math.min(size.profiles, DEFAULT_DEMO.profiles), clusters: Math.min(size.clusters, DEFAULT_DEMO.clusters) };
  state.domains.set('demo-rules', buildRulesDemo({ ...rules, seed }, now));
  const empty = emptyDomain('demo-empty', 365, now);
  empty.Tags.set('env', 'demo');
  state.domains.set('demo-empty', empty);
}

function buildRetail(jobs: JobRunner, size: Required<Omit<DemoSize, 'rules'>>, now: number): DomainState {
  const created = now - 90 * 86400;
  const d = emptyDomain('demo-retail', 366, created);
  d.LastUpdatedAt = now - 86400;
  d.Tags.set('env', 'demo');
  d.Tags.set('team', 'retail-crm');
  d.Matching = {
    Enabled: true,
    JobSchedule: { DayOfTheWeek: 'SATURDAY', Time: '00:00' },
    AutoMerging: {
      Enabled: false,
      Consolidation: { MatchingAttributesList: [['EmailAddress'], ['PhoneNumber', 'LastName']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
      MinAllowedConfidenceScoreForMerging: 0.9,
    },
  };

  const types = addDemoObjectTypes(d, created);
  addDemoProfiles(d, types, generateDemoProfiles({ seed: size.seed, profiles: size.profiles, clusters: size.clusters }), size.seed);

  jobs.runSync(d);
  const uploads: UploadJobState[] = demoUploadJobs(now, types[0]);
  for (const u of uploads) d.uploadJobs.set(u.JobId, u);
  const wf: WorkflowState = demoWorkflow(now);
  d.workflows.set(wf.WorkflowId, wf);
  return d;
}
