import * as assert from 'node:assert/strict';
import {
  normalizeRuleCustom, normalizeRuleEmail, normalizeRulePhone, normalizeRuleScalar, normalizeRuleText,
} from '../../../src/shared/rules/normalize';

type Normalizer = (raw: string | undefined) => string | undefined;

/** [normalizer name, normalizer, a, b, equal?]: each row states what must and must NOT be the same value. */
const PAIRS: [string, Normalizer, string, string, boolean][] = [
  // E-mail: trim + case only.
  ['email', normalizeRuleEmail, 'JOHN_DOE@ANYCOMPANY.COM', 'john_doe@anycompany.com', true],
  ['email', normalizeRuleEmail, '  ann@x.com\t', 'ann@x.com', true],
  ['email', normalizeRuleEmail, 'john.doe@x.com', 'johndoe@x.com', false], // no separator dropping (unlike ML)
  ['email', normalizeRuleEmail, 'john_doe@x.com', 'johndoe@x.com', false],
  ['email', normalizeRuleEmail, 'ann+shop@x.com', 'ann@x.com', false],
  // Phone: E.164 with US default.
  ['phone', normalizeRulePhone, '555-010-0000', '+1-555-010-0000', true], // the reference's pair
  ['phone', normalizeRulePhone, '(555) 010-0000', '555-010-0000', true],
  ['phone', normalizeRulePhone, '1 555 010 0000', '+15550100000', true],
  ['phone', normalizeRulePhone, '555.010.0000 ext. 12', '555-010-0000', true],
  ['phone', normalizeRulePhone, '011 44 20 7946 0958', '+44 20 7946 0958', true],
  ['phone', normalizeRulePhone, '0044 20 7946 0958', '+44 20 7946 0958', true],
  ['phone', normalizeRulePhone, '+44 555 010 0000', '555-010-0000', false], // another country code stays distinct
  ['phone', normalizeRulePhone, '+52 555 010 0000', '+1 555 010 0000', false],
  ['phone', normalizeRulePhone, '555-0100', '555-010-0100', false], // a local number is not the full number
  ['phone', normalizeRulePhone, '555-010-0000', '555-010-0001', false],
  // Names and address parts: trim, collapse, case, NFC; accents kept.
  ['text', normalizeRuleText, '  Mary   Ann ', 'mary ann', true],
  ['text', normalizeRuleText, 'VAN DER BERG', 'van\tder berg', true],
  ['text', normalizeRuleText, 'Jos\u00e9', 'Jose\u0301', true], // composed = decomposed
  ['text', normalizeRuleText, 'José', 'Jose', false],
  ['text', normalizeRuleText, 'MaryAnn', 'Mary Ann', false],
  ['text', normalizeRuleText, "O'Brien", 'OBrien', false],
  // BirthDate, Gender, AccountNumber, BusinessName: trim + case only.
  ['scalar', normalizeRuleScalar, ' 1990-01-02 ', '1990-01-02', true],
  ['scalar', normalizeRuleScalar, 'FEMALE', 'female', true],
  ['scalar', normalizeRuleScalar, 'AB-123', 'ab-123', true],
  ['scalar', normalizeRuleScalar, '1990-01-02', '01/02/1990', false], // no date parsing
  ['scalar', normalizeRuleScalar, 'Any  Company', 'Any Company', false], // inner whitespace kept
  // Attributes.*: exact after trim.
  ['custom', normalizeRuleCustom, ' L-123 ', 'L-123', true],
  ['custom', normalizeRuleCustom, 'gold', 'Gold', false],
  ['custom', normalizeRuleCustom, 'a  b', 'a b', false],
];

describe('rule normalization: what is and is not the same value', () => {
  for (const [name, normalize, a, b, equal] of PAIRS) {
    it(`${name}: ${JSON.stringify(a)} ${equal ? '=' : '≠'} ${JSON.stringify(b)}`, () => {
      const na = normalize(a);
      const nb = normalize(b);
      assert.ok(na !== undefined && nb !== undefined, 'both values are present');
      assert.equal(na === nb, equal, `${String(na)} vs ${String(nb)}`);
    });
  }
});

describe('rule normalization: exact outputs', () => {
  const rows: [string, Normalizer, string | undefined, string | undefined][] = [
    ['phone', normalizeRulePhone, '555-010-0000', '+15550100000'],
    ['phone', normalizeRulePhone, '+44 20 7946 0958', '+442079460958'],
    ['phone', normalizeRulePhone, '555-0100', '5550100'],
    ['email', normalizeRuleEmail, ' Ann@X.com ', 'ann@x.com'],
    ['text', normalizeRuleText, '  Ann  Lee ', 'ann lee'],
    ['custom', normalizeRuleCustom, ' Gold ', 'Gold'],
  ];
  for (const [name, normalize, raw, expected] of rows) {
    it(`${name}: ${JSON.stringify(raw)} -> ${String(expected)}`, () => assert.equal(normalize(raw), expected));
  }
});

describe('rule normalization: empty after normalization is absent', () => {
  const normalizers: [string, Normalizer][] = [
    ['email', normalizeRuleEmail], ['phone', normalizeRulePhone], ['text', normalizeRuleText],
    ['scalar', normalizeRuleScalar], ['custom', normalizeRuleCustom],
  ];
  for (const [name, normalize] of normalizers) {
    for (const raw of [undefined, '', '   ', '\t\n']) {
      it(`${name}: ${JSON.stringify(raw)} -> absent`, () => assert.equal(normalize(raw), undefined));
    }
  }
  it('phone: no digits at all -> absent', () => {
    assert.equal(normalizeRulePhone('n/a'), undefined);
    assert.equal(normalizeRulePhone('+'), undefined);
  });
});
