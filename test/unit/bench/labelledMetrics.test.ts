// The labelled benchmark's metrics on tiny hand-made inputs with known answers.
import * as assert from 'node:assert/strict';
import { bandIndex, computeMetrics, precisionRisesWithBand, TruthRecord } from '../../bench/labelled/metrics';

// Person X: a1 a2 a3 (nickname cluster c1); person Y: b1 b2 (typo cluster c2); twins t1/t2 (persons T1, T2, one
// cluster); co-workers w1/w2; singleton s1.
const TRUTH: TruthRecord[] = [
  { id: 'a1', personId: 'X', clusterId: 'c1', kind: 'nickname' }, { id: 'a2', personId: 'X', clusterId: 'c1', kind: 'nickname' },
  { id: 'a3', personId: 'X', clusterId: 'c1', kind: 'nickname' },
  { id: 'b1', personId: 'Y', clusterId: 'c2', kind: 'typo' }, { id: 'b2', personId: 'Y', clusterId: 'c2', kind: 'typo' },
  { id: 't1', personId: 'T1', clusterId: 'c3', kind: 'twins' }, { id: 't2', personId: 'T2', clusterId: 'c3', kind: 'twins' },
  { id: 'w1', personId: 'W1', clusterId: 'c4', kind: 'roleMailbox' }, { id: 'w2', personId: 'W2', clusterId: 'c4', kind: 'roleMailbox' },
  { id: 's1', personId: 'S', clusterId: 'c5', kind: 'singleton' },
];

describe('labelled benchmark metrics', () => {
  it('perfect prediction: precision, recall and whole-cluster rate 1, no false merges', () => {
    const m = computeMetrics(TRUTH, [['a1', 'a2', 'a3'], ['b1', 'b2']]);
    assert.equal(m.predictedPairs, 4); assert.equal(m.truePairs, 4);
    assert.equal(m.precision, 1); assert.equal(m.recall, 1); assert.equal(m.wholeClusterRate, 1);
    assert.ok(m.falseMerges.every((f) => f.pairs === 0 && f.groups === 0));
  });

  it('counts partial clusters, false merges per kind and across clusters', () => {
    // a1+a2 found (a3 missed), twins merged, b1 wrongly grouped with the singleton, b2 alone.
    const m = computeMetrics(TRUTH, [['a1', 'a2'], ['t1', 't2'], ['b1', 's1']]);
    assert.equal(m.predictedPairs, 3);
    assert.equal(m.truePositivePairs, 1);
    assert.equal(m.precision, 1 / 3);
    assert.equal(m.recall, 1 / 4);
    assert.equal(m.wholeClusterRate, 0);
    assert.deepEqual(m.recallPerKind.map((r) => [r.kind, r.found, r.truePairs]).sort(), [['nickname', 1, 3], ['typo', 0, 1]]);
    const fm = Object.fromEntries(m.falseMerges.map((f) => [f.kind, [f.pairs, f.groups]]));
    assert.deepEqual(fm, { twins: [1, 1], roleMailbox: [0, 0], other: [1, 1] });
  });

  it('a whole cluster needs exactly its records: one extra member spoils it', () => {
    assert.equal(computeMetrics(TRUTH, [['a1', 'a2', 'a3', 'w1'], ['b1', 'b2']]).wholeClusters, 1);
    assert.equal(computeMetrics(TRUTH, [['a1', 'a2', 'a3'], ['b1', 'b2']]).wholeClusters, 2);
  });

  it('calibration: precision per score band of predicted pairs', () => {
    const scores: Record<string, number> = { 'a1|a2': 0.995, 'a1|a3': 0.95, 'a2|a3': 0.3, 'w1|w2': 0.95, 'b1|b2': 1 };
    const m = computeMetrics(TRUTH, [['a1', 'a2', 'a3'], ['w1', 'w2'], ['b1', 'b2']], (x, y) => scores[`${x}|${y}`] ?? scores[`${y}|${x}`]);
    const rows = Object.fromEntries(m.calibration.map((b) => [`${b.from}`, [b.pairs, b.precision]]));
    assert.deepEqual(rows['0.99'], [2, 1]);
    assert.deepEqual(rows['0.9'], [2, 0.5]);
    assert.deepEqual(rows['0'], [1, 1]);
    assert.deepEqual(rows['0.5'], [0, undefined]);
    assert.equal(precisionRisesWithBand(m.calibration), true);
    assert.equal(m.falseMerges.find((f) => f.kind === 'roleMailbox')?.pairs, 1);
  });

  it('bands: edges belong to the upper band; 1 is in the top band; falling precision is detected', () => {
    assert.deepEqual([0, 0.49, 0.5, 0.6, 0.899, 0.9, 0.99, 1].map(bandIndex), [0, 0, 1, 2, 4, 5, 6, 6]);
    const band = (from: number, precision: number | undefined) => ({ from, to: from + 0.1, pairs: 1, truePairs: 0, precision });
    assert.equal(precisionRisesWithBand([band(0, 0.1), band(0.5, 0.9), band(0.6, undefined), band(0.7, 0.95)]), true);
    assert.equal(precisionRisesWithBand([band(0.5, 0.9), band(0.7, 0.8)]), false);
  });
});
