import * as assert from 'node:assert/strict';
import { DomainFilterStore, matchesDomainFilter, type StateStore } from '../../../src/host/explorer/domainFilter';

describe('explorer/domainFilter', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['demo-retail', undefined, true],
    ['demo-retail', '', true],
    ['demo-retail', 'RETAIL', true],
    ['demo-retail', 'shop', false],
    ['demo-retail', 'demo-*', true],
    ['prod-retail-eu', 'prod*eu', true],
    ['prod-retail-us', 'prod*eu', false],
    ['a.b', '.', true],
    ['ab', '.', false],
  ];
  for (const [name, filter, expected] of cases) it(`"${name}" with "${filter}" → ${expected}`, () => assert.equal(matchesDomainFilter(name, filter), expected));

  it('persists a trimmed filter and clears with empty input', async () => {
    const data = new Map<string, unknown>();
    const memento: StateStore = { get: <T>(k: string) => data.get(k) as T | undefined, update: async (k, v) => void data.set(k, v) };
    const store = new DomainFilterStore(memento);
    await store.set('  retail ');
    assert.equal(new DomainFilterStore(memento).value, 'retail', 'a new store (next session) sees it');
    await store.set('   ');
    assert.equal(store.value, undefined);
  });
});
