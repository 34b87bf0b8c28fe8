import * as assert from 'node:assert/strict';
import { UnionFind } from '../../../src/sandbox/identity/unionFind';

describe('UnionFind', () => {
  it('joins transitively and reports groups by size', () => {
    const uf = new UnionFind(7);
    assert.equal(uf.union(0, 3), true);
    assert.equal(uf.union(3, 5), true);
    assert.equal(uf.union(5, 0), false); // already one set
    uf.union(2, 6);
    assert.equal(uf.find(0), uf.find(5));
    assert.notEqual(uf.find(0), uf.find(2));
    assert.deepEqual(uf.groups(2), [[0, 3, 5], [2, 6]]);
    assert.deepEqual(uf.groups(3), [[0, 3, 5]]);
    assert.equal(uf.groups(1).length, 4); // {0,3,5} {1} {2,6} {4}
  });

  it('handles a long chain without deep recursion', () => {
    const n = 200_000;
    const uf = new UnionFind(n);
    for (let i = 1; i < n; i++) uf.union(i - 1, i);
    assert.equal(uf.groups(2).length, 1);
    assert.equal(uf.find(0), uf.find(n - 1));
  });
});
