// Identity-resolution job lifecycle: PENDING -> PREPROCESSING -> FIND_MATCHING -> (MERGING) -> COMPLETED.
// Each step lasts `stepMs` so a demo user can watch it move; the work itself (matching, auto-merging)
// is done by the identity engineer's pure functions at the step boundaries.
import type { ProfileRecord } from '../shared/profile';
import { badRequest } from './errors';
import { newId } from './ids';
import { planAutoMerges, type AutoMergingConfig } from './identity/autoMerge';
import { findMatchGroups } from './identity/matcher';
import { applyMerge, removeProfilesFromGroups } from './store/merge';
import type { DomainState, IdentityJobState, JobStatus, MatchGroupState } from './store/types';

const TERMINAL: ReadonlySet<JobStatus> = new Set(['COMPLETED', 'PARTIAL_SUCCESS', 'FAILED']);
const RESULT_LIFETIME_S = 30 * 24 * 3600;

export interface JobRunnerOptions {
  /** Time spent in each non-terminal status. 0 = advance on the next tick. */
  stepMs: number;
  now(): number;
  /** Called after every transition (persistence). */
  onChange(): void;
  /** Optional log sink for job failures. */
  log?: (line: string) => void;
}

export class JobRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: JobRunnerOptions) {}

  isRunning(d: DomainState): boolean {
    return d.jobs.some((j) => !TERMINAL.has(j.Status));
  }

  /** Starts a job that advances on timers. */
  start(d: DomainState): IdentityJobState {
    const job = this.create(d);
    this.schedule(d, job);
    return job;
  }

  /** Runs a whole job now (demo data load, benchmarks). */
  runSync(d: DomainState): IdentityJobState {
    const job = this.create(d);
    while (!TERMINAL.has(job.Status)) this.advance(d, job);
    return job;
  }

  /** Continues jobs that were in flight when the state was saved. */
  resume(domains: Iterable<DomainState>): void {
    for (const d of domains) for (const job of d.jobs) if (!TERMINAL.has(job.Status)) this.schedule(d, job);
  }

  cancel(d: DomainState): void {
    for (const job of d.jobs) this.clear(job.JobId);
  }

  stop(): void {
    for (const id of [...this.timers.keys()]) this.clear(id);
  }

  private create(d: DomainState): IdentityJobState {
    if (this.isRunning(d)) throw badRequest(`An identity resolution job is already running in domain ${d.DomainName}.`);
    const now = this.options.now();
    const autoMerging = d.Matching?.AutoMerging as Record<string, unknown> | undefined;
    const s3 = (d.Matching?.ExportingConfig as { S3Exporting?: { S3BucketName: string; S3KeyName?: string } } | undefined)?.S3Exporting;
    const JobId = newId();
    const job: IdentityJobState = {
      JobId,
      Status: 'PENDING',
      JobStartTime: now,
      LastUpdatedAt: now,
      JobExpirationTime: now + RESULT_LIFETIME_S,
      AutoMerging: autoMerging ? structuredClone(autoMerging) : undefined,
      ExportingLocation: s3
        ? { S3Exporting: { S3BucketName: s3.S3BucketName, S3KeyName: `${s3.S3KeyName ? s3.S3KeyName.replace(/\/$/, '') + '/' : ''}${JobId}/` } }
        : undefined,
    };
    d.jobs.push(job);
    this.options.onChange();
    return job;
  }

  private schedule(d: DomainState, job: IdentityJobState): void {
    const timer = setTimeout(() => {
      this.timers.delete(job.JobId);
      this.advance(d, job);
      if (!TERMINAL.has(job.Status)) this.schedule(d, job);
    }, this.options.stepMs);
    timer.unref();
    this.timers.set(job.JobId, timer);
  }

  private clear(jobId: string): void {
    const t = this.timers.get(jobId);
    if (t) clearTimeout(t);
    this.timers.delete(jobId);
  }

  /** One transition, doing the work that ends the current step. */
  private advance(d: DomainState, job: IdentityJobState): void {
    try {
      switch (job.Status) {
        case 'PENDING':
          job.Status = 'PREPROCESSING';
          break;
        case 'PREPROCESSING':
          job.Status = 'FIND_MATCHING';
          break;
        case 'FIND_MATCHING':
          this.findMatches(d, job);
          job.Status = job.AutoMerging?.Enabled === true ? 'MERGING' : this.finish(d, job);
          break;
        case 'MERGING':
          this.autoMerge(d, job);
          job.Status = this.finish(d, job);
          break;
        default:
          return;
      }
    } catch (e) {
      job.Status = 'FAILED';
      job.Message = `Identity resolution failed: ${(e as Error).message}`.slice(0, 2048);
      job.JobEndTime = this.options.now();
      delete job.pendingGroups;
      this.options.log?.(`identity resolution job ${job.JobId} in ${d.DomainName} failed: ${(e as Error).stack ?? e}`);
    }
    job.LastUpdatedAt = this.options.now();
    this.options.onChange();
  }

  private findMatches(d: DomainState, job: IdentityJobState): void {
    const profiles: ProfileRecord[] = [];
    for (const p of d.profiles.values()) profiles.push(p.profile);
    const groups: MatchGroupState[] = findMatchGroups(profiles).map((g, seq) => ({
      seq, MatchId: g.MatchId, ProfileIds: [...g.ProfileIds], ConfidenceScore: g.ConfidenceScore,
    }));
    job.pendingGroups = groups;
    job.JobStats = { NumberOfProfilesReviewed: profiles.length, NumberOfMatchesFound: groups.length, NumberOfMergesDone: 0 };
  }

  private autoMerge(d: DomainState, job: IdentityJobState): void {
    const groups = job.pendingGroups ?? [];
    const byId = new Map<string, ProfileRecord>();
    for (const [id, p] of d.profiles) byId.set(id, p.profile);
    const meta = (id: string): { lastUpdatedAt: number; sourceObjectTypes: string[] } => {
      const p = d.profiles.get(id);
      return { lastUpdatedAt: p?.lastUpdatedAt ?? 0, sourceObjectTypes: p?.sourceObjectTypes ?? [] };
    };
    const plans = planAutoMerges(groups, byId, job.AutoMerging as unknown as AutoMergingConfig, meta);
    const deleted = new Set<string>();
    let done = 0;
    let failed = 0;
    const now = this.options.now();
    for (const plan of plans) {
      try {
        for (const id of applyMerge(d, plan.MainProfileId, plan.ProfileIdsToBeMerged, plan.FieldSourceProfileIds, now)) deleted.add(id);
        done++;
      } catch (e) {
        failed++;
        job.Message = `Auto-merge of ${plan.MainProfileId} failed: ${(e as Error).message}`.slice(0, 2048);
      }
    }
    removeProfilesFromGroups(d, deleted);
    if (job.JobStats) job.JobStats.NumberOfMergesDone = done;
    if (failed) job.Message = `${failed} of ${plans.length} auto-merges failed. ${job.Message ?? ''}`.slice(0, 2048);
  }

  private finish(d: DomainState, job: IdentityJobState): JobStatus {
    const now = this.options.now();
    job.JobEndTime = now;
    d.matches = { jobId: job.JobId, generatedAt: now, groups: job.pendingGroups ?? [] };
    delete job.pendingGroups;
    return job.Message ? 'PARTIAL_SUCCESS' : 'COMPLETED';
  }
}
