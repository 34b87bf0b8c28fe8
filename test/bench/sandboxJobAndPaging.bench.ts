// Sandbox benchmark, end to end through the server rather than the bare matcher:
//   1. an identity-resolution job run by the sandbox (store → matcher → match set) at 10k and 100k profiles,
//      each size in its own child process so peak RSS belongs to that size alone;
//   2. paging through ~10,000 match groups with the real SDK client over loopback HTTP (GetMatches, MaxResults 100),
//      checking that no group is lost or repeated.
// Prints figures; asserts nothing about time. Run: node out/test/bench/sandboxJobAndPaging.bench.js
import { CustomerProfilesClient, GetMatchesCommand } from '@aws-sdk/client-customer-profiles';
import { execFileSync } from 'node:child_process';
import { startSandbox } from '../../src/sandbox';

interface JobRun {
  profiles: number;
  loadSeconds: number;
  jobSeconds: number;
  groups: number;
  peakRssMb: number;
}

const DOMAIN = 'demo-retail';

async function runJob(profiles: number): Promise<JobRun> {
  const t0 = process.hrtime.bigint();
  const sandbox = await startSandbox({ demo: { profiles, clusters: Math.round(profiles / 10), seed: 42 }, jobStepMs: 0 });
  const t1 = process.hrtime.bigint();
  try {
    const job = sandbox.runIdentityResolutionJob(DOMAIN, { sync: true });
    const t2 = process.hrtime.bigint();
    return {
      profiles,
      loadSeconds: Number(t1 - t0) / 1e9,
      jobSeconds: Number(t2 - t1) / 1e9,
      groups: job.JobStats?.NumberOfMatchesFound ?? -1,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await sandbox.stop();
  }
}

async function pageAllGroups(): Promise<void> {
  // 10,000 clusters of 2–6 among 35,000 profiles: about 10,000 groups for the matcher to find.
  const t0 = Date.now();
  const sandbox = await startSandbox({ demo: { profiles: 35_000, clusters: 10_000, seed: 11 }, jobStepMs: 0 });
  const loadMs = Date.now() - t0;
  const client = new CustomerProfilesClient({
    endpoint: sandbox.endpoint, region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' },
  });
  try {
    const seen = new Set<string>();
    let pages = 0;
    let repeated = 0;
    let potential = 0;
    let token: string | undefined;
    const t1 = Date.now();
    do {
      const page = await client.send(new GetMatchesCommand({ DomainName: DOMAIN, MaxResults: 100, NextToken: token }));
      pages++;
      potential = page.PotentialMatches ?? 0;
      for (const m of page.Matches ?? []) {
        if (seen.has(m.MatchId ?? '')) repeated++;
        seen.add(m.MatchId ?? '');
      }
      token = page.NextToken;
    } while (token);
    const ms = Date.now() - t1;
    console.log(`GetMatches paging: ${seen.size.toLocaleString('en-US')} groups in ${pages} pages of 100 through the SDK: `
      + `${(ms / 1000).toFixed(2)} s (${(ms / pages).toFixed(1)} ms/page); PotentialMatches ${potential.toLocaleString('en-US')}, `
      + `repeated ${repeated}, missing ${Math.max(0, potential - seen.size)} (sandbox load ${(loadMs / 1000).toFixed(1)} s)`);
  } finally {
    client.destroy();
    await sandbox.stop();
  }
}

async function main(): Promise<void> {
  const child = process.argv.indexOf('--job');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(await runJob(Number(process.argv[child + 1]))));
    return;
  }
  const runs: JobRun[] = [];
  for (const size of [10_000, 100_000]) {
    const out = execFileSync(process.execPath, [__filename, '--job', String(size)], { encoding: 'utf8', timeout: 300_000 });
    const r = JSON.parse(out.slice(out.indexOf('{'))) as JobRun;
    runs.push(r);
    console.log(`sandbox identity-resolution job, ${r.profiles / 1000}k profiles: ${r.jobSeconds.toFixed(2)} s, `
      + `peak RSS ${Math.round(r.peakRssMb)} MB, ${r.groups.toLocaleString('en-US')} groups (demo load ${r.loadSeconds.toFixed(1)} s)`);
  }
  const ratio = runs[1].jobSeconds / runs[0].jobSeconds;
  console.log(`sandbox job 100k/10k time ratio: ${ratio.toFixed(1)} (goals: 100k ≤ 10 s, ≤ 1 GB, ratio ≤ 12)`);
  await pageAllGroups();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
