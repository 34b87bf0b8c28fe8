// Wires state, persistence, job runner, faults and the HTTP server into a running sandbox.
import { randomBytes } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { DEFAULT_MAX_BODY_BYTES } from './body';
import { addDemoDomains, DEFAULT_DEMO } from './demo/buildDemo';
import { Faults } from './faults';
import type { RunningSandbox, SandboxOptions } from './types';
import { JobRunner } from './jobs';
import { HANDLERS } from './ops';
import type { OpContext } from './ops/context';
import { Pager } from './paging';
import { loadStateFile, serializeState, StateSaver } from './persistence';
import { DEFAULT_RULE_TIMINGS, RuleMatching } from './rulesLifecycle';
import { createRequestListener } from './server';
import type { SandboxState } from './store/types';

const DEFAULT_STEP_MS = 300;

export const nowSeconds = (): number => Date.now() / 1000;

export function newState(): SandboxState {
  return { version: 1, tokenSecret: randomBytes(24).toString('base64url'), domains: new Map() };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const loaded = options.dataFile ? loadStateFile(options.dataFile) : undefined;
  const state = loaded ?? newState();

  let saver: StateSaver | undefined;
  const onMutation = (): void => saver?.markDirty();
  const jobs = new JobRunner({ stepMs: options.jobStepMs ?? DEFAULT_STEP_MS, now: nowSeconds, onChange: onMutation, log: options.log });
  const rules = new RuleMatching({ timings: { ...DEFAULT_RULE_TIMINGS, ...options.ruleTimings }, now: nowSeconds, onChange: onMutation, log: options.log });
  if (!loaded && options.demo) {
    const size = options.demo === true ? DEFAULT_DEMO : { ...DEFAULT_DEMO, ...options.demo };
    addDemoDomains(state, jobs, size, nowSeconds());
  }
  if (options.dataFile) {
    saver = new StateSaver(options.dataFile, () => serializeState(state), 50, (e) => options.log?.(`saving ${options.dataFile} failed: ${e.message}`));
    if (!loaded) saver.markDirty();
  }
  jobs.resume(state.domains.values());
  // The rule matches are derived data: rebuilt here from the profiles (loaded or demo), never read from the file.
  rules.resume(state.domains.values());

  const faults = new Faults(options.faults);
  const ctx: OpContext = { state, pager: new Pager(state.tokenSecret), jobs, rules, now: nowSeconds };
  const server = http.createServer(
    createRequestListener({ ctx, handlers: HANDLERS, faults, state, jobs, rules, onMutation, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, log: options.log }),
  );
  // Idle keep-alive sockets must not hold stop() open.
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let stopped: Promise<void> | undefined;

  return {
    endpoint: `http://${host}:${port}`,
    port,
    state,
    setFaults: (f) => faults.set(f),
    runIdentityResolutionJob(domainName, opts) {
      const d = state.domains.get(domainName);
      if (!d) throw new Error(`Domain ${domainName} does not exist.`);
      const job = opts?.sync ? jobs.runSync(d) : jobs.start(d);
      onMutation();
      return { JobId: job.JobId, Status: job.Status, JobStats: job.JobStats };
    },
    advanceRuleBasedMatching(domainName) {
      const d = state.domains.get(domainName);
      if (!d) throw new Error(`Domain ${domainName} does not exist.`);
      return rules.advance(d);
    },
    flush: () => saver?.flush(),
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        jobs.stop();
        rules.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => saver?.flush());
      return stopped;
    },
  };
}
