// `npm run bench`: runs every out/test/bench/*.bench.js in its own Node process, one after another (the
// machine is shared: never in parallel), and prints their figures. Benchmarks print; they do not assert.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const PER_BENCH_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);

const benches = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.js')).sort();
if (benches.length === 0) {
  console.error(`no *.bench.js in ${__dirname}: run \`npm run compile-tests\` first`);
  process.exit(1);
}
const failed: string[] = [];
for (const bench of benches) {
  console.log(`\n=== ${bench.replace(/\.bench\.js$/, '')} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(__dirname, bench)], {
    stdio: ['ignore', 'inherit', 'inherit'], timeout: PER_BENCH_TIMEOUT_MS, killSignal: 'SIGKILL',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(bench);
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    console.log(`--- ${bench} FAILED after ${seconds} s (${why})`);
  } else {
    console.log(`--- ${bench} done in ${seconds} s`);
  }
}
console.log(`\n${benches.length - failed.length} benchmark(s) ran, ${failed.length} failed${failed.length ? `: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
