import * as assert from 'assert';
import { normalizeEmail } from '../../../src/shared/normalize/email';

describe('normalize: e-mail', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['  John.Doe@Example.COM ', 'john.doe@example.com'],
    ['ann+shop@x.com', 'ann+shop@x.com'],
    ['no-at-sign.example.com', undefined],
    ['a@localhost', undefined],
    ['a b@x.com', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [raw, expected] of cases) it(`${JSON.stringify(raw)} → ${expected}`, () => assert.strictEqual(normalizeEmail(raw), expected));
  it('applies no provider rules: Gmail dots and +tags stay distinct', () => {
    assert.notStrictEqual(normalizeEmail('john.doe@gmail.com'), normalizeEmail('johndoe@gmail.com'));
    assert.notStrictEqual(normalizeEmail('ann+shop@gmail.com'), normalizeEmail('ann@gmail.com'));
  });
});
