import * as assert from 'node:assert/strict';
import { parseResourcePath, renderResourceJson, resourcePath, resourceRefOf, type ResourceRef } from '../../../src/host/explorer/resourceJson';
import { resourceName, type ResourceNode } from '../../../src/host/explorer/nodes';

describe('explorer/resourceJson', () => {
  const refs: [ResourceRef, string][] = [
    [{ kind: 'domain', domainName: 'demo-retail' }, '/sandbox-1a2b3c4d/demo-retail.json'],
    [{ kind: 'objectType', domainName: 'demo-retail', name: 'Customer' }, '/sandbox-1a2b3c4d/demo-retail/object-types/Customer.json'],
    [{ kind: 'identityResolutionJob', domainName: 'd', name: 'a'.repeat(32) }, `/sandbox-1a2b3c4d/d/identity-resolution-jobs/${'a'.repeat(32)}.json`],
    [{ kind: 'uploadJob', domainName: 'd', name: 'b'.repeat(32) }, `/sandbox-1a2b3c4d/d/upload-jobs/${'b'.repeat(32)}.json`],
    [{ kind: 'workflow', domainName: 'd', name: 'wf/with space' }, '/sandbox-1a2b3c4d/d/workflows/wf%2Fwith%20space.json'],
  ];
  for (const [ref, path] of refs) {
    it(`${ref.kind} ⇄ ${path}`, () => {
      assert.equal(resourcePath('sandbox-1a2b3c4d', ref), path);
      assert.deepEqual(parseResourcePath(path), { connection: 'sandbox-1a2b3c4d', ref });
    });
  }

  it('keeps the connection segment apart from the resource', () => {
    assert.equal(resourcePath('prod/eu', { kind: 'domain', domainName: 'd' }), '/prod%2Feu/d.json');
    assert.deepEqual(parseResourcePath('/prod%2Feu/d.json'), { connection: 'prod/eu', ref: { kind: 'domain', domainName: 'd' } });
  });

  it('rejects paths that are not resources', () => {
    for (const p of ['/', '/c', '/d.json', '/c/d.txt', '/c/.json', '/c/d/other/x.json', '/c/d/object-types/x.txt', '/c/d/object-types/%E0%A4%A.json', '/c/a/b/c/d.json', '/%E0%A4%A/d.json']) assert.equal(parseResourcePath(p), undefined, p);
  });

  it('resourceRefOf and resourceName agree for every resource node', () => {
    const nodes: ResourceNode[] = [
      { kind: 'domain', id: '1', domainName: 'dom', item: {} as never },
      { kind: 'objectType', id: '2', domainName: 'dom', objectTypeName: 'OT', item: {} as never },
      { kind: 'identityResolutionJob', id: '3', domainName: 'dom', jobId: 'J', item: {} },
      { kind: 'uploadJob', id: '4', domainName: 'dom', jobId: 'U', item: {} },
      { kind: 'workflow', id: '5', domainName: 'dom', workflowId: 'W', item: {} as never },
    ];
    for (const n of nodes) {
      const ref = resourceRefOf(n);
      assert.equal(ref.domainName, 'dom');
      assert.equal(ref.kind === 'domain' ? ref.domainName : ref.name, resourceName(n));
    }
  });

  it('renders ISO timestamps, drops $metadata and undefined members', () => {
    const text = renderResourceJson({
      $metadata: { requestId: 'r', httpStatusCode: 200 },
      DomainName: 'demo-retail',
      CreatedAt: new Date(1700000000500),
      Stats: { ProfileCount: 2, ObjectCount: undefined },
      Tags: {},
    });
    assert.deepEqual(JSON.parse(text), { DomainName: 'demo-retail', CreatedAt: '2023-11-14T22:13:20.500Z', Stats: { ProfileCount: 2 }, Tags: {} });
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /\n {2}"DomainName"/, 'pretty-printed with two spaces');
  });
});
