import * as assert from 'node:assert/strict';
import { readContentType, scalarText, typedValue } from '../../../src/shared/objectTypes/contentTypes';
import type { ContentType } from '../../../src/shared/objectTypes/types';

/** [type, written text, compared as, problem pattern?]: the written value is always the source text. */
const ROWS: [ContentType, string, string | undefined, RegExp?][] = [
  ['STRING', 'AB-123', 'AB-123'],
  ['STRING', '  padded ', 'padded'],
  ['NUMBER', '42', '42'],
  ['NUMBER', '007', '7'],
  ['NUMBER', '1.50', '1.5'],
  ['NUMBER', '-3e2', '-300'],
  ['NUMBER', 'twelve', 'twelve', /not a number/],
  ['PHONE_NUMBER', '(206) 555-0142', '+12065550142'],
  ['PHONE_NUMBER', '+44 20 7946 0958', '+442079460958'],
  ['PHONE_NUMBER', '206.555.0142 ext. 9', '+12065550142'],
  ['PHONE_NUMBER', 'unknown', 'unknown', /no digits/],
  ['EMAIL_ADDRESS', ' Ann.Lee@Example.COM ', 'ann.lee@example.com'],
  ['EMAIL_ADDRESS', 'not-an-address', 'not-an-address', /not an e-mail/],
  ['EMAIL_ADDRESS', 'a@b@c', 'a@b@c', /not an e-mail/],
  ['NAME', '  Mary   ANN ', 'mary ann'],
  ['NAME', 'Jose\u0301', 'jos\u00e9'],
];

describe('objectTypes/contentTypes', () => {
  for (const [type, text, comparedAs, problem] of ROWS) {
    it(`${type} "${text}" is written as is and compared as ${JSON.stringify(comparedAs)}`, () => {
      const r = typedValue(type, text);
      assert.equal(r.value, text);
      assert.equal(r.comparedAs, comparedAs);
      if (problem) assert.match(r.problem ?? '', problem);
      else assert.equal(r.problem, undefined);
    });
  }

  it('reads ContentType: absent is STRING, unknown is STRING with a problem', () => {
    assert.deepEqual(readContentType(undefined), { type: 'STRING' });
    assert.deepEqual(readContentType('EMAIL_ADDRESS'), { type: 'EMAIL_ADDRESS' });
    const r = readContentType('DATE');
    assert.equal(r.type, 'STRING');
    assert.match(r.problem ?? '', /DATE is not one of/);
  });

  it('writes scalars in their JSON spelling and nothing else', () => {
    assert.equal(scalarText('x'), 'x');
    assert.equal(scalarText(12.5), '12.5');
    assert.equal(scalarText(false), 'false');
    for (const v of [null, undefined, {}, [], NaN]) assert.equal(scalarText(v), undefined);
  });
});
