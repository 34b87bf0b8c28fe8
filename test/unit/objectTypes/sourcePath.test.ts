import * as assert from 'node:assert/strict';
import { readSourcePath, sampleLeaves } from '../../../src/shared/objectTypes/sourcePath';

const SAMPLE = {
  FirstName: 'Ann',
  Agent: { Username: 'jane', Hierarchy: { Level1: 'EMEA' } },
  'default_address.city': 'Lyon', // a flattened source key with a dot
  default_address: { city: 'Paris', zip: '75001' },
  Attributes: { greeting: { value: 'hi' } },
  Queue: null,
  Tags: ['vip', 'new'],
  Lines: [{ sku: 'A' }],
  Empty: {},
};

/** [source, found?, value or the reason's pattern]. */
const ROWS: [string, boolean, unknown][] = [
  ['_source.FirstName', true, 'Ann'],
  ['_source.Agent.Username', true, 'jane'],
  ['_source.Agent.Hierarchy.Level1', true, 'EMEA'],
  ['_source.Agent', true, SAMPLE.Agent],
  ['_source.default_address.city', true, 'Lyon'], // the literal key wins
  ['_source.default_address.zip', true, '75001'], // then the nested path
  ['_source.Attributes.greeting.value', true, 'hi'],
  ['_source.Queue', true, null],
  ['_source.Tags', true, ['vip', 'new']],
  ['_source.Lines.0.sku', false, /Lines is an array/],
  ['_source.FirstName.x', false, /FirstName is not an object/],
  ['_source.Queue.Name', false, /Queue is not an object/],
  ['_source.LastName', false, undefined],
  ['_source.Agent.Missing', false, undefined],
  ['_source.', false, /names no field/],
  ['FirstName', true, 'Ann'], // without the prefix: read as a path (the mapper flags it)
];

describe('objectTypes/sourcePath', () => {
  for (const [source, found, expected] of ROWS) {
    it(`${source} → ${found ? JSON.stringify(expected) : 'missing'}`, () => {
      const r = readSourcePath(SAMPLE, source);
      assert.equal(r.found, found);
      if (r.found) assert.deepEqual(r.value, expected);
      else if (expected instanceof RegExp) assert.match(r.reason ?? '', expected);
      else assert.equal(r.reason, undefined);
    });
  }

  it('walks every leaf: scalars, nulls, arrays as one leaf, empty objects', () => {
    assert.deepEqual(sampleLeaves(SAMPLE).map((l) => l.path), [
      'FirstName', 'Agent.Username', 'Agent.Hierarchy.Level1', 'default_address.city', 'default_address.city',
      'default_address.zip', 'Attributes.greeting.value', 'Queue', 'Tags', 'Lines', 'Empty',
    ]);
  });
});
