import * as assert from 'assert';
import { restoredProfileView } from '../../../src/host/profiles/view/restoredState';

const ID = 'a'.repeat(32);

describe('profile view: the saved state a reload restores from', () => {
  it('keeps connection, domain and profile (and the label when present)', () => {
    assert.deepStrictEqual(restoredProfileView({ connectionKey: 'sandbox|x', domainName: 'demo-retail', profileId: ID, connectionLabel: 'sandbox', extra: 1 }),
      { connectionKey: 'sandbox|x', domainName: 'demo-retail', profileId: ID, connectionLabel: 'sandbox' });
  });
  for (const [what, state] of [
    ['nothing', undefined],
    ['no connection', { domainName: 'demo-retail', profileId: ID }],
    ['a bad profile id', { connectionKey: 'k', domainName: 'demo-retail', profileId: 'x' }],
    ['a bad domain', { connectionKey: 'k', domainName: '../etc', profileId: ID }],
    ['a non-string connection', { connectionKey: 7, domainName: 'demo-retail', profileId: ID }],
  ] as const) {
    it(`refuses ${what}`, () => assert.strictEqual(restoredProfileView(state), undefined));
  }
});
