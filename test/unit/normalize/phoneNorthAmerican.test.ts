// The North American shortcut in normalizePhone (northAmericanE164) must give exactly what libphonenumber gives for
// every text it accepts, and accept nothing libphonenumber would read otherwise. Checked against the library itself
// on generated numbers: every area-code first digit, 10 and 11 digits, with and without '+', the usual punctuation,
// the default regions US, CA, GB, MX and DE, and the sandbox demo's own phone numbers.
import * as assert from 'assert';
import { northAmericanE164 } from '../../../src/shared/normalize/phone';
import { parsePhone } from '../../../src/shared/normalize/phoneLibrary';
import { generateDemoDataset } from '../../../src/sandbox/identity/demoData';

const REGIONS = ['US', 'CA', 'GB', 'MX', 'DE'];
const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** What normalizePhone answered before the shortcut: the library's E.164 when "possible", else undefined. */
function byLibrary(text: string, region: string): string | undefined {
  const parsed = parsePhone(text, region);
  return parsed?.possible ? parsed.e164 : undefined;
}

/** A deterministic pseudo-random digit string (no Math.random: a failure must be reproducible). */
function digitsFrom(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String(x % 10);
  }
  return out;
}

function spellings(national: string): string[] {
  const [a, b, c] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  return [national, `${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, ` (${a})${b}-${c} `];
}

describe('normalize: phone, the North American shortcut agrees with libphonenumber', () => {
  const texts: string[] = [];
  for (let first = 0; first <= 9; first++) {
    for (let seed = 1; seed <= 12; seed++) {
      const national = `${first}${digitsFrom(first * 100 + seed, 9)}`;
      for (const spelled of spellings(national)) texts.push(spelled, `1 ${spelled}`, `1-${spelled}`, `+1 ${spelled}`, `+1${spelled}`, `+${spelled}`, `+ 1 ${spelled}`);
    }
  }
  // Shapes the shortcut must leave to the library.
  texts.push('555-010-000', '+44 20 7946 0958', '(555) 010-0000 / 0001', '1-800-FLOWERS', '555-010-0000 555', '2125550100/1');

  it(`${texts.length} generated spellings × ${REGIONS.length} default regions: the same E.164 or declined`, () => {
    let accepted = 0;
    for (const text of texts) {
      for (const region of REGIONS) {
        const fast = northAmericanE164(text, digitsOf(text), region);
        if (fast === undefined) continue;
        accepted++;
        assert.strictEqual(fast, byLibrary(text, region), `${JSON.stringify(text)} in ${region}`);
      }
    }
    assert.ok(accepted > texts.length, `the shortcut takes the common shapes (${accepted})`);
  });

  it('the demo data\'s phone numbers: the same E.164 or declined, and most are taken', () => {
    const { profiles } = generateDemoDataset({ seed: 42, profiles: 5000, clusters: 500 });
    let phones = 0;
    let accepted = 0;
    for (const { profile } of profiles) {
      for (const text of [profile.PhoneNumber, profile.MobilePhoneNumber, profile.HomePhoneNumber, profile.BusinessPhoneNumber]) {
        if (text === undefined) continue;
        phones++;
        const fast = northAmericanE164(text, digitsOf(text), 'US');
        if (fast === undefined) continue;
        accepted++;
        assert.strictEqual(fast, byLibrary(text, 'US'), JSON.stringify(text));
      }
    }
    assert.ok(accepted > phones / 2, `${accepted} of ${phones}`);
  });
});
