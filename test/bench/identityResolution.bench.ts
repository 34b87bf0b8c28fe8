// Identity-resolution benchmark: findMatchGroups over 10k and 100k generated demo profiles (duplicate clusters =
// 10% of the profile count), each size in its own child process so peak RSS is that size's alone. Prints job time, peak RSS, group count and the 100k/10k time ratio against the goals
// (100k ≤ 10 s, ≤ 1 GB, ratio ≤ 12). Exits 0 when every run completed (goals are reported, not enforced: timings
// on a shared 2-core machine are not a pass/fail signal); non-zero only if a run crashed.
// Run: node out/test/bench/identityResolution.bench.js
import { execFileSync } from 'node:child_process';
import { generateDemoDataset } from '../../src/sandbox/identity/demoData';
import { findMatchGroups } from '../../src/sandbox/identity/matcher';

interface RunResult {
  profiles: number;
  generateSeconds: number;
  jobSeconds: number;
  peakRssMb: number;
  groups: number;
}

const SIZES = [10_000, 100_000];
const GOALS = { seconds100k: 10, rssMb100k: 1024, ratio: 12 };

function runOne(profiles: number): RunResult {
  // Warm the JIT on a small set first so both sizes measure steady-state code (otherwise the 10k run is mostly
  // compilation and the 100k/10k ratio says little about scaling).
  findMatchGroups(generateDemoDataset({ seed: 7, profiles: 2000, clusters: 200 }).profiles.map((d) => d.profile));
  const t0 = process.hrtime.bigint();
  const { profiles: demo } = generateDemoDataset({ seed: 42, profiles, clusters: Math.round(profiles / 10) });
  const records = demo.map((d) => d.profile);
  const t1 = process.hrtime.bigint();
  const groups = findMatchGroups(records);
  const t2 = process.hrtime.bigint();
  return {
    profiles,
    generateSeconds: Number(t1 - t0) / 1e9,
    jobSeconds: Number(t2 - t1) / 1e9,
    // maxRSS is in kilobytes: the process's high-water mark, including the generated input.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    groups: groups.length,
  };
}

function label(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

function main(): void {
  const childArg = process.argv.indexOf('--child');
  if (childArg >= 0) {
    process.stdout.write(JSON.stringify(runOne(Number(process.argv[childArg + 1]))));
    return;
  }
  const results: RunResult[] = [];
  for (const size of SIZES) {
    const out = execFileSync(process.execPath, [__filename, '--child', String(size)], { encoding: 'utf8', timeout: 300_000 });
    const r = JSON.parse(out) as RunResult;
    results.push(r);
    console.log(`identity-resolution ${label(r.profiles)} profiles: ${r.jobSeconds.toFixed(2)} s, peak RSS `
      + `${Math.round(r.peakRssMb)} MB, ${r.groups.toLocaleString('en-US')} groups (data generation ${r.generateSeconds.toFixed(2)} s)`);
  }
  const [small, large] = results;
  const ratio = large.jobSeconds / small.jobSeconds;
  console.log(`identity-resolution 100k/10k time ratio: ${ratio.toFixed(1)}`);
  const checks: [string, boolean][] = [
    [`100k job ≤ ${GOALS.seconds100k} s (${large.jobSeconds.toFixed(2)} s)`, large.jobSeconds <= GOALS.seconds100k],
    [`100k peak RSS ≤ ${GOALS.rssMb100k} MB (${Math.round(large.peakRssMb)} MB)`, large.peakRssMb <= GOALS.rssMb100k],
    [`100k/10k ratio ≤ ${GOALS.ratio} (${ratio.toFixed(1)})`, ratio <= GOALS.ratio],
  ];
  for (const [text, ok] of checks) console.log(`  goal ${ok ? 'met' : 'MISSED'}: ${text}`);
}

main();
