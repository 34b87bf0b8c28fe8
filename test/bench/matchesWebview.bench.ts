// Matches webview with ~10,000 SANDBOX groups in headless Chromium: a local sandbox with a large generated demo
// (30,000 profiles in 10,000 duplicate clusters) feeds the REAL host controller through the real awsBackend
// (the SDK over HTTP, GetMatches pages of 100), which streams into the real webview bundle (the browser harness
// stands in for VS Code's postMessage). Measured, from navigation start (performance.now() in the page): time to
// the first group painted and to all groups loaded; and the DOM node count (after loading and after scrolling).
// Goals: <= 300 ms, <= 3 s, <= 1,500 nodes. Prints figures; does not assert (see test/bench/run.ts).
// Run: node esbuild.js && npx tsc -p . && node out/test/bench/matchesWebview.bench.js
import { createCustomerProfilesApi } from '../../src/aws/index';
import { silentLogger } from '../../src/shared/logger';
import { createAwsMatchesBackend } from '../../src/host/matches/awsBackend';
import { startSandbox } from '../../src/sandbox/index';
import { MatchesHarness } from '../harness/webview/matchesHarness';

const PROFILES = Number(process.env.MATCHES_BENCH_PROFILES ?? 30_000);
const CLUSTERS = Number(process.env.MATCHES_BENCH_CLUSTERS ?? 10_000);
const RUNS = Number(process.env.MATCHES_BENCH_RUNS ?? 3);
const DOMAIN = 'demo-retail';

interface Figures { firstRow: number; allLoaded: number; nodes: number; afterScroll: number; ready: number; init: number; groups: number }

async function once(endpoint: string): Promise<Figures> {
  // A fresh client per run, as a newly opened panel would have (no warm sockets from the previous run).
  const api = await createCustomerProfilesApi({ sandbox: true, endpoint }, silentLogger);
  const h = await MatchesHarness.startWith(createAwsMatchesBackend(api), DOMAIN);
  try {
    await h.waitAllLoaded(120_000);
    await h.waitFor('window.__cpxPerf.allLoaded !== undefined');
    const perf = await h.eval<{ firstRow: number; allLoaded: number; ready: number; msg_init: number }>('window.__cpxPerf');
    const groups = Number(await h.eval<string>(`document.querySelector('.overview').dataset.loaded`));
    const nodes = await h.nodeCount();
    await h.eval(`document.querySelector('.vlist').scrollTop = 150000`);
    await h.page.waitForTimeout(300);
    const afterScroll = await h.nodeCount();
    if (h.consoleErrors.length) console.log(`  console errors: ${h.consoleErrors.join(' | ')}`);
    return { firstRow: perf.firstRow, allLoaded: perf.allLoaded, nodes, afterScroll, ready: perf.ready, init: perf.msg_init, groups };
  } finally {
    await h.close();
    api.dispose();
  }
}

(async () => {
  const started = Date.now();
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', demo: { profiles: PROFILES, clusters: CLUSTERS } });
  console.log(`  sandbox with ${PROFILES.toLocaleString('en-US')} profiles / ${CLUSTERS.toLocaleString('en-US')} clusters ready in ${Date.now() - started} ms`);
  try {
    const results: Figures[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await once(sandbox.endpoint));
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const [i, r] of results.entries()) {
      console.log(`  run ${i + 1}: first group painted ${r.firstRow.toFixed(0)} ms, all ${r.groups.toLocaleString('en-US')} loaded ${r.allLoaded.toFixed(0)} ms, ` +
        `DOM nodes ${r.nodes} (after scrolling ${r.afterScroll}); webview ready ${r.ready.toFixed(0)} ms, host's init arrived ${r.init.toFixed(0)} ms`);
    }
    const first = median(results.map((r) => r.firstRow));
    const all = median(results.map((r) => r.allLoaded));
    const nodes = Math.max(...results.map((r) => Math.max(r.nodes, r.afterScroll)));
    console.log(`matches webview, ${results[0].groups.toLocaleString('en-US')} sandbox groups (real controller, SDK over HTTP), median of ${RUNS}:`);
    console.log(`  time to first group painted: ${first.toFixed(0)} ms (goal <= 300 ms) ${first <= 300 ? 'OK' : 'OVER'}`);
    console.log(`  time to all groups loaded:   ${all.toFixed(0)} ms (goal <= 3000 ms) ${all <= 3000 ? 'OK' : 'OVER'}`);
    console.log(`  DOM node count (max):        ${nodes} (goal <= 1500) ${nodes <= 1500 ? 'OK' : 'OVER'}`);
  } finally {
    await sandbox.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
