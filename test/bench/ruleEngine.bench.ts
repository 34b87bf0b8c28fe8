// Rule-engine benchmark: RuleMatchIndex.build over 100k generated demo profiles (the identity-resolution
// bench's generator: duplicate clusters = 10% of the profile count) with the demo-rules configuration's three
// levels (e-mail; first + last + phone; first + last + postal code + birth date; MANY_TO_MANY over the e-mail
// and phone sub-fields), in a child process so peak RSS is this run's alone. Prints build time, heap after the
// build, peak RSS, groups per level, and the incremental upsert time per profile (updates of existing profiles,
// then new ones). Goals: build ≤ 3 s, ≤ 1 GB (reported, not enforced: timings on a shared machine are not a
// pass/fail signal); exits non-zero only if the run crashed.
// Run: node out/test/bench/ruleEngine.bench.js
import { execFileSync } from 'node:child_process';
import type { ProfileRecord } from '../../src/shared/profile';
import { parseRuleBasedConfig } from '../../src/shared/rules/config';
import { generateDemoDataset } from '../../src/sandbox/identity/demoData';
import { RuleMatchIndex } from '../../src/sandbox/rules/ruleMatchIndex';
import { RULES_DEMO_CONFIG } from '../../src/sandbox/demo/rulesDemo';

const PROFILES = 100_000;
const UPSERTS = 2_000;
const GOALS = { buildSeconds: 3, rssMb: 1024 };

// The demo-rules domain's own configuration, so the bench measures what the demo runs.
const CONFIG = parseRuleBasedConfig(RULES_DEMO_CONFIG);

interface RunResult {
  profiles: number;
  generateSeconds: number;
  buildSeconds: number;
  heapMb: number;
  peakRssMb: number;
  groupsPerLevel: number[];
  guarded: number;
  updateMsPerProfile: number;
  createMsPerProfile: number;
}

function runOne(): RunResult {
  if (!CONFIG) throw new Error('bench config did not parse');
  const config = CONFIG;
  // Warm the JIT on a small set first (as the identity-resolution bench does), so the figure is the engine's
  // steady state rather than compilation.
  RuleMatchIndex.build(config, generateDemoDataset({ seed: 7, profiles: 2000, clusters: 200 }).profiles.map((d) => d.profile));
  const t0 = process.hrtime.bigint();
  const records = generateDemoDataset({ seed: 42, profiles: PROFILES, clusters: PROFILES / 10 }).profiles.map((d) => d.profile);
  const t1 = process.hrtime.bigint();
  const index = RuleMatchIndex.build(config, records);
  const t2 = process.hrtime.bigint();
  global.gc?.();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const groupsPerLevel = config.rules.map(() => 0);
  for (const g of index.groups()) groupsPerLevel[g.RuleLevel - 1]++;

  // Updates that change the profile's keys (first name edited, phone reformatted or added), so every upsert
  // recomputes its connected piece rather than taking the unchanged-keys shortcut.
  const updates: ProfileRecord[] = [];
  for (let i = 0; i < UPSERTS; i++) {
    const p = records[(i * 48271) % records.length];
    updates.push({ ...p, FirstName: `${p.FirstName ?? 'X'}e`, PhoneNumber: p.PhoneNumber ? `+1 ${p.PhoneNumber}` : '555-010-9999' });
  }
  const t3 = process.hrtime.bigint();
  for (const p of updates) index.upsert(p);
  const t4 = process.hrtime.bigint();
  // Creates: copies of existing profiles under new ids (each joins an existing piece).
  const t5 = process.hrtime.bigint();
  for (let i = 0; i < UPSERTS; i++) index.upsert({ ...records[(i * 16807) % records.length], ProfileId: `bench-new-${i}` });
  const t6 = process.hrtime.bigint();
  return {
    profiles: records.length,
    generateSeconds: Number(t1 - t0) / 1e9,
    buildSeconds: Number(t2 - t1) / 1e9,
    heapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    groupsPerLevel,
    guarded: index.guardedValues().length,
    updateMsPerProfile: Number(t4 - t3) / 1e6 / UPSERTS,
    createMsPerProfile: Number(t6 - t5) / 1e6 / UPSERTS,
  };
}

function main(): void {
  if (process.argv.includes('--child')) {
    process.stdout.write(JSON.stringify(runOne()));
    return;
  }
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--child'], { encoding: 'utf8', timeout: 300_000 });
  const r = JSON.parse(out) as RunResult;
  const levels = r.groupsPerLevel.map((n, i) => `level ${i + 1}: ${n.toLocaleString('en-US')}`).join(', ');
  console.log(`rule-engine ${r.profiles / 1000}k profiles, 3 levels: build ${r.buildSeconds.toFixed(2)} s, heap after build `
    + `${Math.round(r.heapMb)} MB, peak RSS ${Math.round(r.peakRssMb)} MB (data generation ${r.generateSeconds.toFixed(2)} s)`);
  console.log(`rule-engine groups: ${levels}; guarded value combinations: ${r.guarded}`);
  console.log(`rule-engine incremental upsert: ${r.updateMsPerProfile.toFixed(3)} ms per updated profile, `
    + `${r.createMsPerProfile.toFixed(3)} ms per new profile (${UPSERTS} each)`);
  const checks: [string, boolean][] = [
    [`100k build ≤ ${GOALS.buildSeconds} s (${r.buildSeconds.toFixed(2)} s)`, r.buildSeconds <= GOALS.buildSeconds],
    [`100k peak RSS ≤ ${GOALS.rssMb} MB (${Math.round(r.peakRssMb)} MB)`, r.peakRssMb <= GOALS.rssMb],
  ];
  for (const [text, ok] of checks) console.log(`  goal ${ok ? 'met' : 'MISSED'}: ${text}`);
}

main();
