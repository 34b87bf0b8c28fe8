// Profile search pure pieces, table by table: the key catalog, the query's SearchProfiles input and label, value
// validation within the model's limits, phone spellings, and the recent-searches list.
import * as assert from 'node:assert/strict';
import { keyChoiceDescription, searchKeyCatalog, STANDARD_SEARCH_KEYS } from '../../../src/host/profiles/search/keyCatalog';
import { phoneSpellings } from '../../../src/host/profiles/search/phoneSpellings';
import { isProfileQuery, queryIdentity, queryLabel, searchCriteria, type ProfileQuery } from '../../../src/host/profiles/search/query';
import { MAX_RECENT_SEARCHES, RecentSearches, RECENT_SEARCHES_STATE_KEY, withRecent, type StateStore } from '../../../src/host/profiles/search/recentSearches';
import { parseValues, validateValuesText } from '../../../src/host/profiles/search/values';

const q = (operator: 'AND' | 'OR', ...keys: [string, ...string[]][]): ProfileQuery => ({ operator, keys: keys.map(([keyName, ...values]) => ({ keyName, values })) });

describe('profiles/search: key catalog', () => {
  it('has every predefined key of the model\'s SearchProfiles KeyName text', () => {
    for (const k of ['_account', '_profileId', '_assetId', '_caseId', '_orderId', '_fullName', '_phone', '_email', '_ctrContactId', '_marketoLeadId',
      '_salesforceAccountId', '_salesforceContactId', '_salesforceAssetId', '_zendeskUserId', '_zendeskExternalId', '_zendeskTicketId',
      '_serviceNowSystemId', '_serviceNowIncidentId', '_segmentUserId', '_shopifyCustomerId', '_shopifyOrderId']) assert.ok(STANDARD_SEARCH_KEYS.includes(k), k);
    assert.equal(STANDARD_SEARCH_KEYS.length, 21);
  });

  const rows: { name: string; types: { objectTypeName: string; keyNames: string[] }[]; first: string[]; check: (c: ReturnType<typeof searchKeyCatalog>) => void }[] = [
    { name: 'no object types: the standard keys, common ones first', types: [], first: ['_email', '_phone', '_fullName', '_account', '_profileId'], check: (c) => assert.equal(c.length, 21) },
    {
      name: 'a custom key of a type is listed after the common keys, labelled with its types',
      types: [{ objectTypeName: 'Loyalty', keyNames: ['loyaltyId', '_email'] }, { objectTypeName: 'Card', keyNames: ['loyaltyId'] }],
      first: ['_email', '_phone', '_fullName', '_account', '_profileId', '_email'.replace('_email', 'loyaltyId')],
      check: (c) => {
        const loyalty = c.find((k) => k.keyName === 'loyaltyId')!;
        assert.deepEqual(loyalty, { keyName: 'loyaltyId', standard: false, definedBy: ['Card', 'Loyalty'] });
        assert.equal(keyChoiceDescription(loyalty), 'custom · defined by Card, Loyalty');
        assert.equal(keyChoiceDescription(c.find((k) => k.keyName === '_email')!), 'standard · defined by Loyalty');
        assert.equal(keyChoiceDescription(c.find((k) => k.keyName === '_orderId')!), 'standard');
        assert.equal(new Set(c.map((k) => k.keyName)).size, c.length, 'no duplicates');
        assert.equal(c.length, 22);
      },
    },
    {
      name: 'a key name the model would reject is not offered',
      types: [{ objectTypeName: 'Odd', keyNames: ['bad key', 'x'.repeat(65), 'ok-key'] }],
      first: ['_email', '_phone', '_fullName', '_account', '_profileId', 'ok-key'],
      check: (c) => assert.ok(!c.some((k) => k.keyName === 'bad key' || k.keyName.length > 64)),
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const catalog = searchKeyCatalog(row.types);
      assert.deepEqual(catalog.slice(0, row.first.length).map((k) => k.keyName), row.first);
      row.check(catalog);
    });
  }
});

describe('profiles/search: query input and label', () => {
  const rows: { name: string; query: ProfileQuery; criteria: object; label: string }[] = [
    { name: 'one key', query: q('OR', ['_email', 'a@x.com']), criteria: { KeyName: '_email', Values: ['a@x.com'] }, label: '_email = a@x.com' },
    { name: 'one key, several values (no operator sent)', query: q('AND', ['_phone', '1', '2']), criteria: { KeyName: '_phone', Values: ['1', '2'] }, label: '_phone = 1, 2' },
    {
      name: 'two keys with AND', query: q('AND', ['_email', 'x'], ['_phone', 'y']),
      criteria: { KeyName: '_email', Values: ['x'], AdditionalSearchKeys: [{ KeyName: '_phone', Values: ['y'] }], LogicalOperator: 'AND' }, label: '_email = x AND _phone = y',
    },
    {
      name: 'three keys with OR', query: q('OR', ['_email', 'x'], ['_phone', 'y'], ['_account', 'z']),
      criteria: { KeyName: '_email', Values: ['x'], AdditionalSearchKeys: [{ KeyName: '_phone', Values: ['y'] }, { KeyName: '_account', Values: ['z'] }], LogicalOperator: 'OR' },
      label: '_email = x OR _phone = y OR _account = z',
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.deepEqual(searchCriteria(row.query), row.criteria);
      assert.equal(queryLabel(row.query), row.label);
      assert.ok(isProfileQuery(row.query));
    });
  }

  it('isProfileQuery refuses what the model refuses (and our bound of values)', () => {
    const bad: unknown[] = [
      undefined, {}, { keys: [], operator: 'OR' }, { keys: [{ keyName: '_email', values: ['x'] }], operator: 'XOR' },
      { keys: [{ keyName: 'bad key', values: ['x'] }], operator: 'OR' }, { keys: [{ keyName: '_email', values: [] }], operator: 'OR' },
      { keys: [{ keyName: '_email', values: [''] }], operator: 'OR' }, { keys: [{ keyName: '_email', values: ['x'.repeat(256)] }], operator: 'OR' },
      { keys: Array.from({ length: 6 }, () => ({ keyName: '_email', values: ['x'] })), operator: 'AND' },
      { keys: [{ keyName: '_email', values: Array.from({ length: 11 }, (_, i) => `v${i}`) }], operator: 'OR' },
    ];
    for (const b of bad) assert.equal(isProfileQuery(b), false, JSON.stringify(b));
    assert.ok(isProfileQuery({ keys: Array.from({ length: 5 }, () => ({ keyName: '_email', values: ['x'] })), operator: 'AND' }));
  });

  it('one key: the operator does not make a different search', () => {
    assert.equal(queryIdentity(q('AND', ['_email', 'x'])), queryIdentity(q('OR', ['_email', 'x'])));
    assert.notEqual(queryIdentity(q('AND', ['_email', 'x'], ['_phone', 'y'])), queryIdentity(q('OR', ['_email', 'x'], ['_phone', 'y'])));
  });
});

describe('profiles/search: typed values', () => {
  const rows: [string, string[], string | undefined][] = [
    ['a@x.com', ['a@x.com'], undefined],
    ['  a@x.com  ', ['a@x.com'], undefined],
    ['a; b ;; a', ['a', 'b'], undefined],
    ['', [], 'Type a value to search for.'],
    ['  ;  ', [], 'Type a value to search for.'],
    ['x'.repeat(255), ['x'.repeat(255)], undefined],
    ['x'.repeat(256), ['x'.repeat(256)], 'A value has at most 255 characters (one has 256).'],
    [Array.from({ length: 11 }, (_, i) => `v${i}`).join(';'), Array.from({ length: 11 }, (_, i) => `v${i}`), 'At most 10 values per key.'],
  ];
  for (const [text, values, message] of rows) {
    it(`${JSON.stringify(text.length > 30 ? `${text.slice(0, 20)}…` : text)} → ${message ?? 'accepted'}`, () => {
      assert.deepEqual(parseValues(text), values);
      assert.equal(validateValuesText(text), message);
    });
  }
});

describe('profiles/search: phone spellings', () => {
  const NANP = ['+15550100000', '+1-555-010-0000', '+1 555 010 0000', '555-010-0000', '(555) 010-0000', '555.010.0000', '5550100000', '15550100000'];
  const rows: [string, string[]][] = [
    ['5550100000', ['5550100000', ...NANP.filter((s) => s !== '5550100000')]],
    ['555-010-0000', ['555-010-0000', ...NANP.filter((s) => s !== '555-010-0000')]],
    ['+1 (555) 010-0000', ['+1 (555) 010-0000', ...NANP]],
    ['15550100000', ['15550100000', ...NANP.filter((s) => s !== '15550100000')]],
    ['+44 20 7946 0958', ['+44 20 7946 0958', '+442079460958']],
    ['+442079460958', []],
    ['5550100', []],
    ['555-010-0000 x12', []],
    ['jane@example.com', []],
  ];
  for (const [typed, spellings] of rows) {
    it(`${typed} → ${spellings.length} spellings`, () => {
      const got = phoneSpellings(typed);
      assert.deepEqual(got, spellings);
      assert.ok(got.length <= 10);
    });
  }
});

describe('profiles/search: recent searches', () => {
  const a = q('OR', ['_email', 'a']);
  const b = q('OR', ['_email', 'b']);
  const ab = q('AND', ['_email', 'a'], ['_phone', 'b']);
  const rows: { name: string; list: ProfileQuery[]; add: ProfileQuery; want: ProfileQuery[] }[] = [
    { name: 'first search', list: [], add: a, want: [a] },
    { name: 'most recent first', list: [a], add: b, want: [b, a] },
    { name: 'an equal search moves to the top (no duplicate)', list: [b, a], add: q('AND', ['_email', 'a']), want: [q('AND', ['_email', 'a']), b] },
    { name: 'AND and OR of the same keys are different searches', list: [ab], add: { ...ab, operator: 'OR' }, want: [{ ...ab, operator: 'OR' }, ab] },
    {
      name: 'bounded: the oldest goes',
      list: Array.from({ length: MAX_RECENT_SEARCHES }, (_, i) => q('OR', ['_email', `${i}`])), add: a,
      want: [a, ...Array.from({ length: MAX_RECENT_SEARCHES - 1 }, (_, i) => q('OR', ['_email', `${i}`]))],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(withRecent(row.list, row.add), row.want));

  function memory(initial: Record<string, unknown> = {}): StateStore & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = { ...initial };
    return { data, get: <T>(k: string) => data[k] as T | undefined, update: async (k, v) => { data[k] = v; } };
  }

  it('keeps one list per connection and domain', async () => {
    const state = memory();
    const recent = new RecentSearches(state);
    await recent.remember('sandbox|||http://a', 'demo-retail', a);
    await recent.remember('sandbox|||http://a', 'demo-rules', b);
    await recent.remember('aws|prod|us-east-1|', 'demo-retail', ab);
    assert.deepEqual(recent.list('sandbox|||http://a', 'demo-retail'), [a]);
    assert.deepEqual(recent.list('sandbox|||http://a', 'demo-rules'), [b]);
    assert.deepEqual(recent.list('aws|prod|us-east-1|', 'demo-retail'), [ab]);
    assert.deepEqual(recent.list('aws|prod|us-east-1|', 'demo-rules'), []);
    assert.equal(Object.keys(state.data[RECENT_SEARCHES_STATE_KEY] as object).length, 3);
  });

  it('drops saved entries that are not valid searches', () => {
    const state = memory({ [RECENT_SEARCHES_STATE_KEY]: { [JSON.stringify(['k', 'd'])]: [a, { keys: 'x' }, 42, b] } });
    assert.deepEqual(new RecentSearches(state).list('k', 'd'), [a, b]);
    assert.deepEqual(new RecentSearches(memory({ [RECENT_SEARCHES_STATE_KEY]: 'garbage' })).list('k', 'd'), []);
  });
});
