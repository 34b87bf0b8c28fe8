import * as assert from 'node:assert/strict';
import { lineColumn, parseSample } from '../../../src/shared/objectTypes/parseSample';

/** [text, ok?, what the message must say]. */
const ROWS: [string, string, boolean, RegExp?][] = [
  ['one object', '{"ContactId":"c-1","CustomerPhone":"+12065550142"}', true],
  ['object with a byte-order mark', '\ufeff{"a":1}', true],
  ['nested object', '{"a":{"b":[1,2]}}', true],
  ['empty text', '   \n', false, /empty/],
  ['an array', '[{"a":1},{"a":2}]', false, /JSON array \(2 elements\).*one object/],
  ['a one-element array', '[{"a":1}]', false, /JSON array \(1 element\)/],
  ['a string', '"hello"', false, /a string, not a JSON object/],
  ['a number', '42', false, /a number, not a JSON object/],
  ['a boolean', 'true', false, /a boolean/],
  ['null', 'null', false, /is null, not a JSON object/],
  ['a trailing comma, line 2', '{"a": 1,\n}', false, /not valid JSON at line 2, column 1/],
  ['an unquoted key', '{a: 1}', false, /not valid JSON at line 1, column 2/],
  ['truncated', '{"a": ', false, /not valid JSON/],
];

describe('objectTypes/parseSample', () => {
  for (const [name, text, ok, message] of ROWS) {
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => {
      const r = parseSample(text);
      assert.equal(r.ok, ok, JSON.stringify(r));
      if (!r.ok && message) assert.match(r.message, message);
      if (r.ok) assert.equal(typeof r.value, 'object');
    });
  }

  it('keeps the parsed object as is', () => {
    const r = parseSample('{"Agent":{"Username":"jane"},"n":1}');
    assert.deepEqual(r, { ok: true, value: { Agent: { Username: 'jane' }, n: 1 } });
  });

  it('lineColumn counts lines and columns from 1', () => {
    assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
  });
});
