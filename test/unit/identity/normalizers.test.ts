import * as assert from 'node:assert/strict';
import { jaro, jaroWinkler } from '../../../src/shared/identity/jaroWinkler';
import { oneEditApart } from '../../../src/shared/identity/oneEdit';
import { canonicalGivenName, nicknamesOf } from '../../../src/shared/identity/nicknames';
import { normalizeEmail } from '../../../src/shared/identity/normalizeEmail';
import { compactName, normalizeNamePart } from '../../../src/shared/identity/normalizeName';
import { normalizePhone } from '../../../src/shared/identity/normalizePhone';
import { soundex } from '../../../src/shared/identity/soundex';

describe('normalizePhone', () => {
  const rows: [string | undefined, string | undefined][] = [
    ['555-010-0000', '5550100000'],
    ['+1-555-010-0000', '5550100000'], // the reference's example pair
    ['(206) 555-0100', '2065550100'],
    ['1 206 555 0100', '2065550100'],
    ['206.555.0100 ext. 12', '2065550100'],
    ['206-555-0100 x12', '2065550100'],
    ['+44 20 7946 0958', '442079460958'], // not NANP: only 11-digit numbers starting with 1 lose the prefix
    ['555-0100', '5550100'],
    ['12345', undefined], // too short to identify anyone
    ['000-000-0000', undefined], // placeholder
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [raw, expected] of rows) it(`${JSON.stringify(raw)} -> ${String(expected)}`, () => assert.equal(normalizePhone(raw), expected));
});

describe('normalizeEmail', () => {
  const rows: [string | undefined, string | undefined][] = [
    ['JOHN_DOE@ANYCOMPANY.COM', 'johndoe@anycompany.com'],
    ['johndoe@anycompany.com', 'johndoe@anycompany.com'],
    ['John.Doe+shop@AnyCompany.com', 'johndoe@anycompany.com'],
    ['  jane-roe@example.org ', 'janeroe@example.org'],
    ['a.b@sub.example.com', 'ab@sub.example.com'],
    ['not-an-email', undefined],
    ['@example.com', undefined],
    ['x@localhost', undefined],
    ['+tag@example.com', undefined],
    [undefined, undefined],
  ];
  for (const [raw, expected] of rows) it(`${JSON.stringify(raw)} -> ${String(expected)}`, () => assert.equal(normalizeEmail(raw), expected));
});

describe('normalizeNamePart / compactName', () => {
  const rows: [string | undefined, string][] = [
    ['José', 'jose'], ['  MÜLLER ', 'muller'], ["O'Brien", 'o brien'], ['Van der Berg', 'van der berg'],
    ['Zoë', 'zoe'], ['<img src=x onerror=alert(1)>', 'img src x onerror alert'], ['', ''], [undefined, ''],
  ];
  for (const [raw, expected] of rows) it(`${JSON.stringify(raw)} -> ${expected}`, () => assert.equal(normalizeNamePart(raw), expected));
  it('compacts spaces', () => assert.equal(compactName('mary ann'), 'maryann'));
});

describe('nicknames', () => {
  const rows: [string, string][] = [
    ['bob', 'robert'], ['robert', 'robert'], ['bill', 'william'], ['liz', 'elizabeth'], ['jim', 'james'],
    ['kate', 'katherine'], ['catherine', 'katherine'], ['zelda', 'zelda'],
  ];
  for (const [name, canonical] of rows) it(`${name} -> ${canonical}`, () => assert.equal(canonicalGivenName(name), canonical));
  it('lists diminutives of a formal name', () => {
    assert.ok(nicknamesOf('william').includes('bill'));
    assert.deepEqual(nicknamesOf('nobody'), []);
  });
});

describe('soundex', () => {
  const rows: [string, string][] = [
    ['robert', 'r163'], ['rupert', 'r163'], ['ashcraft', 'a261'], ['tymczak', 't522'], ['pfister', 'p236'],
    ['doe', 'd000'], ['smith', 's530'], ['smyth', 's530'], ['', ''],
  ];
  for (const [name, code] of rows) it(`${name} -> ${code}`, () => assert.equal(soundex(name), code));
});

describe('jaroWinkler', () => {
  const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-3;
  const rows: [string, string, number][] = [
    ['martha', 'marhta', 0.961], ['dwayne', 'duane', 0.84], ['dixon', 'dicksonx', 0.813], ['john', 'jhn', 0.925],
    ['abc', 'abc', 1], ['abc', 'xyz', 0], ['', 'abc', 0],
  ];
  for (const [a, b, expected] of rows) {
    it(`${a} ~ ${b} = ${expected}`, () => {
      assert.ok(close(jaroWinkler(a, b), expected), `got ${jaroWinkler(a, b)}`);
      assert.ok(close(jaroWinkler(b, a), expected), 'symmetric');
    });
  }
  it('sees a transposition in a 3-letter name (window at least 1)', () => assert.ok(jaro('amy', 'aym') > 0.85));
});

describe('oneEditApart', () => {
  const rows: [string, string, boolean][] = [
    ['jean', 'jeln', true], ['rose', 'roke', true], ['jose', 'joje', true], // substitution
    ['martha', 'marhta', true], ['ab', 'ba', true], // adjacent swap
    ['hellen', 'helen', true], ['sophi', 'sophia', true], ['', 'a', true], // deletion / insertion
    ['jean', 'jean', false], ['tom', 'tam', true], ['tom', 'tim', true], ['jean', 'joan', true],
    ['martha', 'mrahta', false], ['ann', 'amy', false], ['abc', 'cba', false], ['john', 'jo', false], ['smith', 'smyht', false],
  ];
  for (const [a, b, expected] of rows) {
    it(`${a || '""'} / ${b} -> ${expected}`, () => {
      assert.equal(oneEditApart(a, b), expected);
      assert.equal(oneEditApart(b, a), expected, 'symmetric');
    });
  }
});
