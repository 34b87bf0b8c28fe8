// Benchmark figures from predicted groups vs the ground truth: pair precision/recall, whole-cluster rate, recall per
// duplicate kind, false merges per hard-negative kind, and a calibration table (precision of predicted pairs per
// score band). Pure; a "pair" is an unordered pair of records in the same predicted group.
import type { ClusterKind, LabelledDataset } from './types';
import { isDuplicateKind, isNegativeKind } from './types';

export interface TruthRecord { id: string; personId: string; clusterId: string; kind: ClusterKind }

export interface BandRow { from: number; to: number; pairs: number; truePairs: number; precision: number | undefined }
export interface KindRecall { kind: string; truePairs: number; found: number; recall: number }
export interface FalseMerges { kind: string; pairs: number; groups: number }

export interface BenchMetrics {
  predictedPairs: number; truePositivePairs: number; truePairs: number;
  precision: number; recall: number;
  duplicateClusters: number; wholeClusters: number; wholeClusterRate: number;
  recallPerKind: KindRecall[];
  /** Per hard-negative kind, plus 'other' (records of different clusters merged). */
  falseMerges: FalseMerges[];
  calibration: BandRow[];
}

/** Score bands: [0,0.5) holds pairs only transitively grouped; then [0.5,0.6) ... [0.9,0.99), [0.99,1]. */
export const SCORE_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.99], [0.99, 1],
];

export function bandIndex(score: number): number {
  for (let i = SCORE_BANDS.length - 1; i >= 0; i--) if (score >= SCORE_BANDS[i][0]) return i;
  return 0;
}

const ratio = (n: number, d: number, empty: number): number => (d === 0 ? empty : n / d);

export function computeMetrics(truth: readonly TruthRecord[], groups: readonly (readonly string[])[], scoreOf?: (a: string, b: string) => number): BenchMetrics {
  const byId = new Map(truth.map((t) => [t.id, t]));
  const membersOfPerson = new Map<string, string[]>();
  for (const t of truth) membersOfPerson.set(t.personId, [...(membersOfPerson.get(t.personId) ?? []), t.id]);
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => g.forEach((id) => groupOf.set(id, gi)));

  let truePairs = 0; let tp = 0;
  const kindRecall = new Map<string, KindRecall>();
  for (const members of membersOfPerson.values()) {
    const kind = byId.get(members[0])!.kind;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) {
      truePairs++;
      const found = groupOf.has(members[i]) && groupOf.get(members[i]) === groupOf.get(members[j]);
      const row = kindRecall.get(kind) ?? { kind, truePairs: 0, found: 0, recall: 0 };
      row.truePairs++; if (found) { row.found++; tp++; }
      kindRecall.set(kind, row);
    }
  }
  for (const row of kindRecall.values()) row.recall = ratio(row.found, row.truePairs, 1);

  let predictedPairs = 0;
  const falsePairs = new Map<string, number>(); const falseGroups = new Map<string, Set<string>>();
  const bands = SCORE_BANDS.map(([from, to]): BandRow => ({ from, to, pairs: 0, truePairs: 0, precision: undefined }));
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) {
      predictedPairs++;
      const a = byId.get(g[i]); const b = byId.get(g[j]);
      if (!a || !b) throw new Error(`predicted group names an unknown record: ${g[i]} / ${g[j]}`);
      const correct = a.personId === b.personId;
      if (!correct) {
        const kind = a.clusterId === b.clusterId && isNegativeKind(a.kind) ? a.kind : 'other';
        falsePairs.set(kind, (falsePairs.get(kind) ?? 0) + 1);
        const set = falseGroups.get(kind) ?? new Set<string>();
        set.add(kind === 'other' ? `g${gi}` : a.clusterId); falseGroups.set(kind, set);
      }
      if (scoreOf) { const band = bands[bandIndex(scoreOf(a.id, b.id))]; band.pairs++; if (correct) band.truePairs++; }
    }
  });
  for (const band of bands) band.precision = band.pairs ? band.truePairs / band.pairs : undefined;

  const clusters = new Map<string, TruthRecord[]>();
  for (const t of truth) if (isDuplicateKind(t.kind)) clusters.set(t.clusterId, [...(clusters.get(t.clusterId) ?? []), t]);
  let whole = 0;
  for (const members of clusters.values()) {
    const gi = groupOf.get(members[0].id);
    if (gi !== undefined && groups[gi].length === members.length && members.every((m) => groupOf.get(m.id) === gi)) whole++;
  }
  const negativeKinds = [...new Set(truth.filter((t) => isNegativeKind(t.kind)).map((t) => t.kind))];
  const falseMerges = [...negativeKinds, 'other'].map((kind) => ({ kind, pairs: falsePairs.get(kind) ?? 0, groups: falseGroups.get(kind)?.size ?? 0 }));
  return {
    predictedPairs, truePositivePairs: tp, truePairs,
    precision: ratio(tp, predictedPairs, 1), recall: ratio(tp, truePairs, 1),
    duplicateClusters: clusters.size, wholeClusters: whole, wholeClusterRate: ratio(whole, clusters.size, 1),
    recallPerKind: [...kindRecall.values()].filter((r) => isDuplicateKind(r.kind as ClusterKind)),
    falseMerges, calibration: scoreOf ? bands : [],
  };
}

/** Precision never falls from one non-empty band ≥ 0.5 to the next. */
export function precisionRisesWithBand(bands: readonly BandRow[]): boolean {
  const precisions = bands.filter((b) => b.from >= 0.5 && b.precision !== undefined).map((b) => b.precision!);
  return precisions.every((p, i) => i === 0 || p >= precisions[i - 1]);
}

export interface NegativeCeiling { kind: string; pairs: number; highest: number; above45: number }

/** Per hard-negative kind: its pairs' highest matcher score, and how many scored above 0.45 (near the link line). */
export function negativeCeilings(ds: Pick<LabelledDataset, 'clusters'>, scoreOf: (a: string, b: string) => number): NegativeCeiling[] {
  const rows = new Map<string, NegativeCeiling>();
  for (const c of ds.clusters) {
    if (!isNegativeKind(c.kind)) continue;
    const row = rows.get(c.kind) ?? { kind: c.kind, pairs: 0, highest: 0, above45: 0 };
    for (let i = 0; i < c.recordIds.length; i++) for (let j = i + 1; j < c.recordIds.length; j++) {
      const s = scoreOf(c.recordIds[i], c.recordIds[j]);
      row.pairs++; row.highest = Math.max(row.highest, s); if (s > 0.45) row.above45++;
    }
    rows.set(c.kind, row);
  }
  return [...rows.values()];
}
