// The matches webview over ~10,000 rule-based SANDBOX matches in headless Chromium, through the REAL host
// controller and the real awsBackend (the SDK over HTTP): ListRuleBasedMatches pages of 100 MatchIds, then one
// GetSimilarProfiles per MatchId, 8 in flight, the first screenful posted first. Measured from navigation start
// (performance.now() in the page): first group painted and all groups loaded. Goals: <= 500 ms, <= 15 s.
// Seeds the sandbox's demo-rules domain (demo.rules) at a size that gives about 10,000 rule-based groups (as
// matchesWebviewLarge.bench.ts seeds demo-retail). Prints figures; does not assert.
// Run: node esbuild.js --production && npx tsc -p . && node out/test/bench/matchesWebviewRules.bench.js
import { createCustomerProfilesApi } from '../../src/aws/index';
import { silentLogger } from '../../src/shared/logger';
import { createAwsMatchesBackend } from '../../src/host/matches/awsBackend';
import { startSandbox } from '../../src/sandbox/index';
import { MatchesHarness } from '../harness/webview/matchesHarness';

const PROFILES = Number(process.env.MATCHES_BENCH_RULES_PROFILES ?? 33_000);
const CLUSTERS = Number(process.env.MATCHES_BENCH_RULES_CLUSTERS ?? 11_000);
/** GetSimilarProfiles calls in flight (default: the panel's own, 8). */
const CONCURRENCY = process.env.MATCHES_BENCH_RULES_CONCURRENCY ? Number(process.env.MATCHES_BENCH_RULES_CONCURRENCY) : undefined;
const DOMAIN = 'demo-rules';

(async () => {
  const started = Date.now();
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', demo: { profiles: 2000, clusters: 200, rules: { profiles: PROFILES, clusters: CLUSTERS } } });
  console.log(`  sandbox with ${PROFILES.toLocaleString('en-US')} profiles / ${CLUSTERS.toLocaleString('en-US')} clusters ready in ${Date.now() - started} ms`);
  const api = await createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
  const h = await MatchesHarness.startWith(createAwsMatchesBackend(api), DOMAIN, { source: 'rules', ruleConcurrency: CONCURRENCY });
  try {
    await h.waitAllLoaded(120_000);
    await h.waitFor('window.__cpxPerf.allLoaded !== undefined');
    const perf = await h.eval<{ firstRow: number; allLoaded: number }>('window.__cpxPerf');
    const groups = Number(await h.eval<string>(`document.querySelector('.overview').dataset.loaded`));
    const levels = await h.eval<string[]>(`[...document.querySelectorAll('.histogram-bars .hbar')].map((b) => b.title)`);
    const nodes = await h.nodeCount();
    if (h.consoleErrors.length) console.log(`  console errors: ${h.consoleErrors.slice(0, 5).join(' | ')}`);
    console.log(`matches webview, ${groups.toLocaleString('en-US')} rule-based sandbox groups (real controller, SDK over HTTP, ${CONCURRENCY ?? 8} GetSimilarProfiles in flight), one run:`);
    console.log(`  per level: ${levels.join('; ')}`);
    console.log(`  time to first group painted: ${perf.firstRow.toFixed(0)} ms (goal <= 500 ms) ${perf.firstRow <= 500 ? 'OK' : 'OVER'}`);
    console.log(`  time to all groups loaded:   ${perf.allLoaded.toFixed(0)} ms (goal <= 15000 ms) ${perf.allLoaded <= 15_000 ? 'OK' : 'OVER'}`);
    console.log(`  DOM node count:              ${nodes} (goal <= 1500) ${nodes <= 1500 ? 'OK' : 'OVER'}`);
  } finally {
    await h.close();
    api.dispose();
    await sandbox.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
