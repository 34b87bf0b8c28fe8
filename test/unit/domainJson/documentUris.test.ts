import * as assert from 'assert';
import { connectionSegment } from '../../../src/shared/connection/identity';
import type { ConnectionSpec } from '../../../src/shared/connection/types';
import {
  DOMAIN_NAME,
  OBJECT_TYPE_NAME,
  belongsToDomain,
  documentPath,
  nameProblem,
  parseDocumentPath,
  savedRef,
  type DocumentRef,
} from '../../../src/host/domainJson/documentUris';

const segmentOf = (spec: ConnectionSpec): string => connectionSegment(spec);

const PROFILE_ID = '0123456789abcdef0123456789abcdef';

describe('documentUris', () => {
  const refs: [DocumentRef, string][] = [
    [{ kind: 'domain', connection: 'c-1', domainName: 'demo-retail' }, '/c-1/domains/demo-retail.json'],
    [{ kind: 'newDomain', connection: 'c-1', domainName: 'new_one' }, '/c-1/new-domains/new_one.json'],
    [{ kind: 'objectType', connection: 'c-1', domainName: 'd', objectTypeName: 'Customer' }, '/c-1/domains/d/object-types/Customer.json'],
    [{ kind: 'newObjectType', connection: 'c-1', domainName: 'd', objectTypeName: 'Order' }, '/c-1/domains/d/new-object-types/Order.json'],
    [{ kind: 'profile', connection: 'c-1', domainName: 'demo-retail', profileId: PROFILE_ID }, `/c-1/demo-retail/profiles/${PROFILE_ID}.json`],
    // A domain named "domains" still names its profiles unambiguously (4 segments; domain documents have 3 or 5).
    [{ kind: 'profile', connection: 'c-1', domainName: 'domains', profileId: PROFILE_ID }, `/c-1/domains/profiles/${PROFILE_ID}.json`],
  ];

  for (const [ref, path] of refs) {
    it(`${ref.kind}: ${path} round-trips`, () => {
      assert.strictEqual(documentPath(ref), path);
      assert.deepStrictEqual(parseDocumentPath(path), ref);
    });
  }

  it('percent-encodes names so any name survives a round trip', () => {
    const ref: DocumentRef = { kind: 'objectType', connection: 'x', domainName: 'a/b c', objectTypeName: 'é%' };
    const path = documentPath(ref);
    assert.strictEqual(path.split('/').length, 6, path);
    assert.deepStrictEqual(parseDocumentPath(path), ref);
  });

  const invalid = ['/', '/c', '/c/domains', '/c/domains/.json', '/c/domains/x.txt', '/c/other/x.json', '/c/domains/d/jobs/x.json', '/c/domains/%E0%A4%A.json', '/c/d/profiles/.json', '/c/d/profiles/x.txt', '/c/d/workflow/x.json'];
  for (const path of invalid) it(`rejects ${path}`, () => assert.strictEqual(parseDocumentPath(path), undefined));

  it('connection segments are readable, stable, and differ per connection', () => {
    const sandbox = segmentOf({ sandbox: true, endpoint: 'http://127.0.0.1:4566' });
    assert.match(sandbox, /^sandbox-[0-9a-f]{8}$/);
    assert.strictEqual(segmentOf({ sandbox: true, endpoint: 'http://127.0.0.1:4566' }), sandbox);
    assert.notStrictEqual(segmentOf({ sandbox: true, endpoint: 'http://127.0.0.1:4567' }), sandbox);
    assert.match(segmentOf({ profile: 'prod', region: 'eu-west-1' }), /^prod-eu-west-1-[0-9a-f]{8}$/);
    assert.match(segmentOf({}), /^default-[0-9a-f]{8}$/);
    assert.notStrictEqual(segmentOf({ profile: 'p' }), segmentOf({ profile: 'p', endpoint: 'http://localhost:1' }));
    assert.match(segmentOf({ profile: 'we ird/prof:ile' }), /^we_ird_prof_ile-[0-9a-f]{8}$/);
  });

  it('a draft turns into the resource document; documents belong to their domain', () => {
    assert.deepStrictEqual(savedRef(refs[1][0]), { kind: 'domain', connection: 'c-1', domainName: 'new_one' });
    assert.deepStrictEqual(savedRef(refs[3][0]), { kind: 'objectType', connection: 'c-1', domainName: 'd', objectTypeName: 'Order' });
    assert.ok(belongsToDomain(refs[2][0], 'c-1', 'd'));
    assert.ok(!belongsToDomain(refs[2][0], 'c-2', 'd'));
    assert.ok(!belongsToDomain(refs[0][0], 'c-1', 'd'));
  });

  const names: [string, typeof DOMAIN_NAME | typeof OBJECT_TYPE_NAME, 'domain' | 'object type', RegExp | undefined][] = [
    ['demo-retail_2', DOMAIN_NAME, 'domain', undefined],
    ['', DOMAIN_NAME, 'domain', /Enter a domain name/],
    ['a'.repeat(65), DOMAIN_NAME, 'domain', /at most 64 characters \(this one has 65\)/],
    ['has space', DOMAIN_NAME, 'domain', /only contain letters, digits, _ and -/],
    ['dot.name', DOMAIN_NAME, 'domain', /only contain/],
    ['Customer_2-x', OBJECT_TYPE_NAME, 'object type', undefined],
    ['2Customer', OBJECT_TYPE_NAME, 'object type', /not starting with a digit/],
  ];
  for (const [value, rule, what, expected] of names) {
    it(`name ${JSON.stringify(value.slice(0, 12))} (${what}) -> ${expected ?? 'ok'}`, () => {
      const problem = nameProblem(value, rule, what);
      if (expected) assert.match(problem ?? '', expected);
      else assert.strictEqual(problem, undefined);
    });
  }
});
