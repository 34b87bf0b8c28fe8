import * as assert from 'node:assert/strict';
import { connectionKey } from '../../../src/shared/connection/identity';
import { parseResourceKey, parseResourcePath, resourceKey, resourcePath, sameResource, type ResourceId } from '../../../src/shared/resourceId';
import { childNodeId, domainNodeId, folderNodeId } from '../../../src/host/explorer/nodeIds';
import type { FolderKind } from '../../../src/host/explorer/nodes';

describe('shared/resourceId: one identity for a resource', () => {
  const table: [ResourceId, string][] = [
    [{ kind: 'domain', domainName: 'demo-retail' }, 'demo-retail'],
    [{ kind: 'objectType', domainName: 'demo-retail', name: 'Customer' }, 'demo-retail/object-types/Customer'],
    [{ kind: 'identityResolutionJob', domainName: 'd', name: 'a1b2' }, 'd/identity-resolution-jobs/a1b2'],
    [{ kind: 'uploadJob', domainName: 'd', name: 'u-1' }, 'd/upload-jobs/u-1'],
    [{ kind: 'workflow', domainName: 'd', name: 'wf/with space#1' }, 'd/workflows/wf%2Fwith%20space%231'],
    [{ kind: 'objectType', domainName: 'd', name: 'x::y' }, 'd/object-types/x%3A%3Ay'],
  ];
  for (const [id, path] of table) {
    it(`${JSON.stringify(id)} ⇄ ${path}`, () => {
      assert.equal(resourcePath(id), path);
      assert.deepEqual(parseResourcePath(path), id);
      for (const key of ['aws|dev|eu-west-1|', 'sandbox|||http://127.0.0.1:4566', connectionKey({ profile: 'a::b' })]) {
        assert.deepEqual(parseResourceKey(resourceKey(key, id)), { connectionKey: key, id });
      }
    });
  }

  it('rejects what is not a resource', () => {
    for (const p of ['', 'd/', 'd/object-types', 'd/object-types/', 'd/other/x', 'd/object-types/x/y', '%E0%A4%A', 'd/workflows/%E0%A4%A']) assert.equal(parseResourcePath(p), undefined, p);
    assert.equal(parseResourceKey('no-separator'), undefined);
  });

  it('tells resources apart by kind, domain and name only', () => {
    assert.ok(sameResource({ kind: 'domain', domainName: 'd' }, { kind: 'domain', domainName: 'd' }));
    assert.ok(!sameResource({ kind: 'uploadJob', domainName: 'd', name: 'x' }, { kind: 'identityResolutionJob', domainName: 'd', name: 'x' }));
    assert.ok(!sameResource({ kind: 'domain', domainName: 'd' }, { kind: 'domain', domainName: 'D' }));
  });

  const folders: [FolderKind, Exclude<ResourceId['kind'], 'domain'>][] = [
    ['objectTypes', 'objectType'], ['identityResolutionJobs', 'identityResolutionJob'], ['uploadJobs', 'uploadJob'], ['workflows', 'workflow'],
  ];
  for (const [folder, kind] of folders) {
    it(`a ${kind}'s tree node id is its resource key`, () => {
      const key = connectionKey({ sandbox: true, endpoint: 'http://127.0.0.1:1' });
      const domainId = domainNodeId(key, 'demo retail');
      assert.equal(domainId, resourceKey(key, { kind: 'domain', domainName: 'demo retail' }));
      assert.equal(childNodeId(folderNodeId(domainId, folder), 'n/1'), resourceKey(key, { kind, domainName: 'demo retail', name: 'n/1' }));
    });
  }
});
