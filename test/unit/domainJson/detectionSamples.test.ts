// The samples of "Create Object Type from Samples…", checked before DetectProfileObjectType is called. Table-driven.
import * as assert from 'assert';
import operations from '../../../src/schemas/operations.schema.json';
import { MAX_SAMPLES, MAX_SAMPLE_CHARS, detectionSamples, type SampleSource } from '../../../src/host/domainJson/detectionSamples';

const src = (text: string, label = 'samples.json'): SampleSource => ({ label, text });
const obj = (i: number): string => JSON.stringify({ id: `c-${i}`, email: `c${i}@example.com` });

const accepted: [string, SampleSource[], string[]][] = [
  ['one object', [src('{"email": "a@example.com"}')], ['{"email":"a@example.com"}']],
  ['an array of two objects', [src('[{"a": 1}, {"a": 2, "b": {"c": "x"}}]')], ['{"a":1}', '{"a":2,"b":{"c":"x"}}']],
  ['objects from several sources, in order', [src('{"a": 1}', 'one.json'), src('[{"a": 2}]', 'two.json')], ['{"a":1}', '{"a":2}']],
  ['five objects', [src(`[${[1, 2, 3, 4, 5].map(obj).join(',')}]`)], [1, 2, 3, 4, 5].map(obj)],
  ['a file with a byte-order mark', [src('\uFEFF{"a": 1}')], ['{"a":1}']],
];

const rejected: [string, SampleSource[], RegExp][] = [
  ['no sources', [], /No samples were given/],
  ['empty text', [src('  \n')], /^samples\.json is empty/],
  ['invalid JSON, with where', [src('{"a": 1,}')], /^samples\.json is not valid JSON: Line 1, column 9/],
  ['comments are not JSON', [src('{"a": 1} // x')], /not valid JSON/],
  ['a primitive', [src('42')], /^samples\.json is a number, not a JSON object/],
  ['null', [src('null')], /is null, not a JSON object/],
  ['an array element that is not an object', [src('[{"a": 1}, "x"]')], /^samples\.json, element 2 is a string, not a JSON object/],
  ['a nested array', [src('[[{"a": 1}]]')], /element 1 is an array, not a JSON object/],
  ['an empty array', [src('[]')], /is an empty array/],
  ['an empty object', [src('{}')], /is an empty object/],
  ['six objects in all', [src(`[${[1, 2, 3].map(obj).join(',')}]`, 'a.json'), src(`[${[4, 5, 6].map(obj).join(',')}]`, 'b.json')], /^6 sample objects were given; DetectProfileObjectType takes at most 5/],
  ['an object over the size limit', [src(JSON.stringify({ big: 'x'.repeat(MAX_SAMPLE_CHARS) }), 'big.json')], /^big\.json has 256010 characters as JSON; .* at most 256000/],
];

describe('detectionSamples: what DetectProfileObjectType is given', () => {
  for (const [name, sources, objects] of accepted) {
    it(`accepts ${name}`, () => assert.deepStrictEqual(detectionSamples(sources), { ok: true, objects }));
  }
  for (const [name, sources, message] of rejected) {
    it(`rejects ${name}`, () => {
      const result = detectionSamples(sources);
      assert.strictEqual(result.ok, false, JSON.stringify(result));
      assert.match((result as { message: string }).message, message);
    });
  }

  it('its limits are the model\'s (Objects 1..5 items, each at most 256000 characters)', () => {
    const input = (operations as unknown as { operations: Record<string, { properties: { Objects: { maxItems: number; minItems: number; items: { maxLength: number } } } }> }).operations
      .DetectProfileObjectType;
    assert.strictEqual(input.properties.Objects.maxItems, MAX_SAMPLES);
    assert.strictEqual(input.properties.Objects.minItems, 1);
    assert.strictEqual(input.properties.Objects.items.maxLength, MAX_SAMPLE_CHARS);
  });
});
