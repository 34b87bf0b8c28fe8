import * as assert from 'assert';
import { readScore } from '../../../src/shared/matches/scoreInput';

describe('matches: reading a typed score', () => {
  it('takes 0..1 literally', () => {
    for (const [text, value] of [['0', 0], ['1', 1], ['0.9', 0.9], ['.5', 0.5], [' 0.25 ', 0.25], ['1e-1', 0.1]] as const) {
      assert.deepStrictEqual(readScore(text), { ok: true, value }, text);
    }
  });
  it('refuses an empty field instead of reading it as 0', () => {
    assert.deepStrictEqual(readScore(''), { ok: false, error: 'Enter a score from 0 to 1.' });
    assert.strictEqual(readScore('   ').ok, false);
  });
  it('refuses out-of-range values instead of clamping them', () => {
    assert.deepStrictEqual(readScore('5'), { ok: false, error: '5 is out of range: a score is from 0 to 1.' });
    assert.strictEqual(readScore('1.0001').ok, false);
    assert.strictEqual(readScore('-0.1').ok, false);
  });
  it('refuses text that is not a plain number', () => {
    for (const text of ['abc', '0x1', 'Infinity', 'NaN', '0.5.5']) assert.strictEqual(readScore(text).ok, false, text);
    assert.deepStrictEqual(readScore('', true), { ok: false, error: 'Not a number: enter a score from 0 to 1.' });
  });
});
