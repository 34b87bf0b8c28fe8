import * as assert from 'node:assert/strict';
import { connectionKey, connectionSegment } from '../../../src/shared/connection/identity';
import type { ConnectionSpec } from '../../../src/shared/connection/types';

describe('connection/identity', () => {
  // Every pair of these is a different connection: keys and segments must all differ.
  const specs: ConnectionSpec[] = [
    {},
    { profile: 'dev' },
    { profile: 'dev', region: 'eu-west-1' },
    { profile: 'dev', region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566' },
    { region: 'eu-west-1' },
    { sandbox: true, endpoint: 'http://127.0.0.1:4566' },
    { sandbox: true, endpoint: 'http://127.0.0.1:4567' },
    { endpoint: 'http://127.0.0.1:4566' },
  ];

  it('gives every connection its own key and its own segment', () => {
    assert.equal(new Set(specs.map(connectionKey)).size, specs.length);
    assert.equal(new Set(specs.map(connectionSegment)).size, specs.length);
  });

  it('is stable: the same connection always has the same identity', () => {
    for (const spec of specs) {
      assert.equal(connectionKey({ ...spec }), connectionKey(spec));
      assert.equal(connectionSegment({ ...spec }), connectionSegment(spec));
    }
  });

  const segments: [ConnectionSpec, RegExp][] = [
    [{}, /^default-[0-9a-f]{8}$/],
    [{ profile: 'dev', region: 'eu-west-1' }, /^dev-eu-west-1-[0-9a-f]{8}$/],
    [{ sandbox: true, endpoint: 'http://127.0.0.1:1' }, /^sandbox-[0-9a-f]{8}$/],
    [{ profile: 'a/b c' }, /^a_b_c-[0-9a-f]{8}$/],
  ];
  for (const [spec, shape] of segments) {
    it(`segment of ${JSON.stringify(spec)} is readable and path-safe`, () => assert.match(connectionSegment(spec), shape));
  }
});
