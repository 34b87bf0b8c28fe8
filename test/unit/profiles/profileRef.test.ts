import * as assert from 'assert';
import { isProfileId, profileRefFromArgument } from '../../../src/host/profiles/profileRef';

describe('profiles: the ProfileRef argument form', () => {
  const id = '0123456789abcdef0123456789abcdef';

  it('takes a node or a plain object carrying domainName and a 32-hex ProfileId', () => {
    assert.deepStrictEqual(profileRefFromArgument({ domainName: 'demo-retail', profileId: id, kind: 'profile' }), { domainName: 'demo-retail', profileId: id });
  });

  for (const [what, arg] of [
    ['nothing', undefined],
    ['a bare id', id],
    ['no domain', { profileId: id }],
    ['an upper-case id', { domainName: 'demo-retail', profileId: id.toUpperCase() }],
    ['a short id', { domainName: 'demo-retail', profileId: 'abc' }],
    ['an id with a path', { domainName: 'demo-retail', profileId: `${id}/../x` }],
    ['a domain name with a slash', { domainName: 'demo/retail', profileId: id }],
  ] as const) {
    it(`refuses ${what}`, () => assert.strictEqual(profileRefFromArgument(arg), undefined));
  }

  it('isProfileId accepts exactly the model shape', () => {
    assert.ok(isProfileId(id));
    assert.ok(!isProfileId(''));
    assert.ok(!isProfileId(42));
  });
});
