// Labelled matching benchmark (issue #13 item 3): a seeded set of ~6k profiles with ground truth (duplicate kinds,
// hard negatives, singletons; test/bench/labelled/), audited before measuring, run through the sandbox matcher's
// findMatchGroups. Prints pair precision/recall, whole-cluster rate, recall per kind, false merges per kind, the
// score calibration table and the goals as "goal met / MISSED" lines. Exits 0 unless something crashed (the
// audit failing is a crash: figures against wrong labels mean nothing).
// Run: npm run bench:labelled   (LABELLED_SEED=n for another seed)
import { findMatchGroups } from '../../src/sandbox/identity/matcher';
import { auditLabelledDataset, formatAuditSummary } from './labelled/audit';
import { DEFAULT_LABELLED, generateLabelledDataset } from './labelled/generate';
import { computeMetrics, negativeCeilings, precisionRisesWithBand, TruthRecord } from './labelled/metrics';
import { matcherPairScorer } from './labelled/scorer';

const GOALS = { precision: 0.99, recall: 0.95, kindRecall: 0.8 };
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function main(): void {
  const seed = Number(process.env.LABELLED_SEED ?? DEFAULT_LABELLED.seed);
  const ds = generateLabelledDataset({ seed });
  console.log(formatAuditSummary(auditLabelledDataset(ds, 100)));
  const t0 = process.hrtime.bigint();
  const groups = findMatchGroups(ds.records);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const kindOf = new Map(ds.clusters.map((c) => [c.clusterId, c.kind]));
  const truth: TruthRecord[] = ds.records.map((r) => {
    const clusterId = ds.clusterOf.get(r.ProfileId)!;
    return { id: r.ProfileId, personId: ds.personOf.get(r.ProfileId)!, clusterId, kind: kindOf.get(clusterId)! };
  });
  const byId = new Map(ds.records.map((r) => [r.ProfileId, r]));
  const score = matcherPairScorer(ds.records);
  const m = computeMetrics(truth, groups.map((g) => g.ProfileIds), (a, b) => score(byId.get(a)!, byId.get(b)!));

  console.log(`labelled seed ${seed}: ${ds.records.length} records, ${groups.length} predicted groups in ${seconds.toFixed(2)} s`);
  console.log(`pair precision ${pct(m.precision)} (${m.truePositivePairs}/${m.predictedPairs}), pair recall ${pct(m.recall)} (${m.truePositivePairs}/${m.truePairs}), `
    + `whole-cluster rate ${pct(m.wholeClusterRate)} (${m.wholeClusters}/${m.duplicateClusters})`);
  console.log('recall per kind:');
  for (const r of m.recallPerKind) console.log(`  ${r.kind.padEnd(17)} ${pct(r.recall).padStart(6)}  (${r.found}/${r.truePairs} pairs)`);
  console.log('false merges per kind (pairs, groups):');
  for (const f of m.falseMerges) console.log(`  ${f.kind.padEnd(17)} ${String(f.pairs).padStart(5)} pairs, ${String(f.groups).padStart(4)} groups`);
  // How close the hard negatives came to being linked: the job links a pair at a score of 0.5 or more.
  console.log('hard negatives, highest pair score per kind (linked at ≥ 0.50):');
  for (const c of negativeCeilings(ds, (a, b) => score(byId.get(a)!, byId.get(b)!))) {
    console.log(`  ${c.kind.padEnd(17)} ${c.highest.toFixed(2)}  (${c.pairs} pairs; ${c.above45} above 0.45)`);
  }
  console.log('calibration (predicted pairs per matcher pair score band):');
  for (const b of m.calibration) {
    const band = b.to === 1 ? `[${b.from.toFixed(2)}, 1.00]` : `[${b.from.toFixed(2)}, ${b.to.toFixed(2)})`;
    console.log(`  ${band.padEnd(13)} ${String(b.pairs).padStart(6)} pairs, precision ${b.precision === undefined ? '   —' : pct(b.precision)}`);
  }
  const roleMailbox = m.falseMerges.find((f) => f.kind === 'roleMailbox')?.pairs ?? 0;
  const weakest = m.recallPerKind.reduce((w, r) => (r.recall < w.recall ? r : w), m.recallPerKind[0]);
  const checks: [string, boolean][] = [
    [`pair precision ≥ ${GOALS.precision} (${m.precision.toFixed(3)})`, m.precision >= GOALS.precision],
    [`pair recall ≥ ${GOALS.recall} (${m.recall.toFixed(3)})`, m.recall >= GOALS.recall],
    [`every kind's recall ≥ ${GOALS.kindRecall} (lowest: ${weakest.kind} ${weakest.recall.toFixed(3)})`, weakest.recall >= GOALS.kindRecall],
    [`0 role-mailbox co-workers merged (${roleMailbox} pairs)`, roleMailbox === 0],
    ['precision rising with the score band', precisionRisesWithBand(m.calibration)],
  ];
  for (const [text, ok] of checks) console.log(`  goal ${ok ? 'met' : 'MISSED'}: ${text}`);
}

main();
