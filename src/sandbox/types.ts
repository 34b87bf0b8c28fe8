// The sandbox's public contract: its options, faults and the running handle. Declared apart from the entry
// (index.ts) so that the modules implementing it import these types without importing the entry back.
import type { SandboxState } from './store/types';

export interface FaultOptions {
  /** 0..1 probability of ThrottlingException (429). */
  throttleRate?: number;
  /** 0..1 probability of InternalServerException (500). */
  failRate?: number;
  /** 0..1 probability of AccessDeniedException (403). */
  accessDeniedRate?: number;
  /** Added delay per request, ms. */
  latencyMs?: number;
  /** Seed for the fault PRNG (deterministic faults). */
  seed?: number;
}

export interface SandboxOptions {
  /** 0 = pick a free port. */
  port?: number;
  /** Always loopback; '127.0.0.1' by default. */
  host?: string;
  /**
   * Load the deterministic demo data set (demo-retail ~2,000 profiles / ~200 duplicate clusters, demo-empty).
   * An object picks another size (tests: small; benchmarks: large). Ignored when dataFile already exists.
   */
  demo?: boolean | {
    profiles: number; clusters: number; seed?: number;
    /** demo-rules' size; default: the same as demo-retail's, at most 2,000 profiles / 200 clusters (benchmarks of demo-retail stay as they were). */
    rules?: { profiles: number; clusters: number };
  };
  /** Persist state to this file (atomic writes); loaded at start when it exists. */
  dataFile?: string;
  faults?: FaultOptions;
  /** Log lines (one request per line); never credentials. */
  log?: (line: string) => void;
  /** Duration of each identity-resolution job step, ms (default 300; 0 = next tick). */
  jobStepMs?: number;
  /**
   * RuleBasedMatching Status timings, ms (the service: PENDING one hour, locked a day after ACTIVE). Defaults:
   * pendingMs 3000, inProgressMs 2000, changeLockMs 10000; 0 = next tick / no lock.
   */
  ruleTimings?: { pendingMs?: number; inProgressMs?: number; changeLockMs?: number };
  /** Request body limit, bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface JobSummary {
  JobId: string;
  Status: string;
  JobStats?: { NumberOfProfilesReviewed: number; NumberOfMatchesFound: number; NumberOfMergesDone: number };
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4566 */
  readonly endpoint: string;
  readonly port: number;
  /** The live state (tests and benchmarks inspect it; mutate only through the API). */
  readonly state: SandboxState;
  setFaults(faults: FaultOptions): void;
  /** Starts an identity-resolution job (like POST /_sandbox/domains/{name}/identity-resolution-jobs); sync runs it to the end now. */
  runIdentityResolutionJob(domainName: string, options?: { sync?: boolean }): JobSummary;
  /** Moves a domain's RuleBasedMatching to its next Status now (like POST /_sandbox/domains/{name}/rule-based-matching/advance). */
  advanceRuleBasedMatching(domainName: string): string | undefined;
  /** Writes pending state to dataFile now (no-op without one). */
  flush(): void;
  /** Stops the server and jobs, and flushes state to dataFile. */
  stop(): Promise<void>;
}
