// isOtherConnectionNode: which command arguments are tree nodes of another connection (pure).
import * as assert from 'node:assert/strict';
import { domainNodeId, isOtherConnectionNode, matchesNodeId, placeholderNodeId, ROOT_LIST } from '../../../src/host/explorer/nodeIds';

const A = 'sandbox|||http://127.0.0.1:4001';
const B = 'sandbox|||http://127.0.0.1:4002';
const V6 = 'aws|default|us-east-1|http://[::1]:4566';

describe('explorer/isOtherConnectionNode', () => {
  const domainOfA = { kind: 'domain', id: domainNodeId(A, 'demo-retail'), domainName: 'demo-retail' };
  it('a node of the current connection passes; the same resource of another connection does not', () => {
    assert.equal(isOtherConnectionNode(domainOfA, A), false);
    assert.equal(isOtherConnectionNode(domainOfA, B), true);
    assert.equal(isOtherConnectionNode({ kind: 'matches', id: matchesNodeId(domainOfA.id), domainName: 'demo-retail' }, B), true);
  });
  it('a connection key that is a prefix of another is not the same connection', () => {
    assert.equal(isOtherConnectionNode({ kind: 'domain', id: domainNodeId(`${A}0`, 'd') }, A), true);
  });
  it('an IPv6 endpoint (a "::" inside the key) is read as one key', () => {
    assert.equal(isOtherConnectionNode({ kind: 'domain', id: domainNodeId(V6, 'd') }, V6), false);
    assert.equal(isOtherConnectionNode({ kind: 'domain', id: domainNodeId(V6, 'd') }, A), true);
  });
  it('root-level helper nodes, domain names, webview arguments and nothing pass', () => {
    assert.equal(isOtherConnectionNode({ kind: 'placeholder', id: placeholderNodeId(ROOT_LIST, 'empty') }, A), false);
    assert.equal(isOtherConnectionNode('demo-retail', A), false);
    assert.equal(isOtherConnectionNode({ domainName: 'demo-retail', matchId: 'm1' }, A), false);
    assert.equal(isOtherConnectionNode(undefined, A), false);
  });
});
