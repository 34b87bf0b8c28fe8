import * as assert from 'assert';
import { datesEqual, readDate } from '../../../src/shared/normalize/date';

describe('normalize: dates', () => {
  const readings: [string, string[], boolean][] = [
    ['1985-03-07', ['1985-03-07'], false],
    ['1985-03-07T00:00:00Z', ['1985-03-07'], false],
    ['1985/3/7', ['1985-03-07'], false],
    ['19850307', ['1985-03-07'], false],
    ['03/07/1985', ['1985-03-07', '1985-07-03'], true],
    ['13/07/1985', ['1985-07-13'], false],
    ['07/13/1985', ['1985-07-13'], false],
    ['7.3.85', ['1985-03-07', '1985-07-03'], true], // d.m.y first with dots
    ['05/05/1985', ['1985-05-05'], false],
    ['7 March 1985', ['1985-03-07'], false],
    ['Mar 7, 1985', ['1985-03-07'], false],
    ['March 7th 1985', ['1985-03-07'], false],
    ['1/2/05', ['2005-01-02', '2005-02-01'], true],
  ];
  for (const [raw, expected, ambiguous] of readings) {
    it(`reads ${raw}`, () => assert.deepStrictEqual(readDate(raw), { readings: expected, ambiguous }));
  }
  for (const raw of ['1985-02-30', '31/31/1985', 'yesterday', '', '1985']) it(`${JSON.stringify(raw)} is unreadable`, () => assert.strictEqual(readDate(raw), undefined));
  it('an explicit order reads one way only', () => {
    assert.deepStrictEqual(readDate('03/07/1985', 'MDY'), { readings: ['1985-03-07'], ambiguous: false });
    assert.deepStrictEqual(readDate('03/07/1985', 'DMY'), { readings: ['1985-07-03'], ambiguous: false });
  });
  const pairs: [string, string, ReturnType<typeof datesEqual>][] = [
    ['1985-03-07', '7 Mar 1985', 'same'],
    ['03/07/1985', '1985-03-07', 'ambiguousSame'],
    ['03/07/1985', '1985-07-03', 'ambiguousSame'],
    ['03/07/1985', '1985-07-04', 'different'],
    ['1985-03-07', '1985-03-08', 'different'],
    ['1985-03-07', 'n/a', 'unreadable'],
  ];
  for (const [a, b, expected] of pairs) it(`${a} vs ${b}: ${expected}`, () => assert.strictEqual(datesEqual(a, b), expected));
});
