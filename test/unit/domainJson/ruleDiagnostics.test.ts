// The rule checks of the domain JSON (src/shared/rules/ruleDiagnostics.ts) and where they land in the text
// (src/host/domainJson/ruleDocument.ts): table-driven, each case says what must fire and, as important, what must not.
import * as assert from 'node:assert/strict';
import { ruleDiagnostics, type RuleProblemCode } from '../../../src/shared/rules/ruleDiagnostics';
import { ruleAtOffset, ruleHoverMarkdown, ruleProblemsOf } from '../../../src/host/domainJson/ruleDocument';

const SELECT_ALL = { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'], PhoneNumber: ['PhoneNumber'], Address: ['Address'] };
const doc = (rbm: Record<string, unknown>): unknown => ({ DefaultExpirationDays: 10, RuleBasedMatching: { Enabled: true, AttributeTypesSelector: SELECT_ALL, ...rbm } });
const rules = (...levels: string[][]): { Rule: string[] }[] => levels.map((Rule) => ({ Rule }));

type Expected = [RuleProblemCode, (string | number)[]][];
const R = 'RuleBasedMatching';
const at = (level: number, position?: number): (string | number)[] =>
  position === undefined ? [R, 'MatchingRules', level - 1, 'Rule'] : [R, 'MatchingRules', level - 1, 'Rule', position];

const CASES: [string, unknown, Expected][] = [
  // Nothing to say
  ['no RuleBasedMatching', { DefaultExpirationDays: 10 }, []],
  ['not an object', 42, []],
  ['a sound three-level config', doc({ MatchingRules: rules(['EmailAddress'], ['FirstName', 'LastName', 'PhoneNumber'], ['FirstName', 'LastName', 'Address.PostalCode', 'BirthDate']), MaxAllowedRuleLevelForMatching: 3, MaxAllowedRuleLevelForMerging: 1 }), []],
  ['every listed attribute and custom attributes are allowed', doc({ MatchingRules: rules(['AccountNumber', 'Address.Address', 'Address.City', 'Address.Country', 'Address.County', 'Address.PostalCode', 'Address.State', 'Address.Province', 'BirthDate', 'BusinessName', 'EmailAddress', 'FirstName', 'Gender', 'LastName', 'MiddleName'], ['PhoneNumber', 'Attributes.loyaltyId']) }), []],
  ['levels equal to the number of rules', doc({ MatchingRules: rules(['EmailAddress'], ['PhoneNumber']), MaxAllowedRuleLevelForMatching: 2, MaxAllowedRuleLevelForMerging: 2 }), []],
  ['merging below matching', doc({ MatchingRules: rules(['EmailAddress'], ['PhoneNumber']), MaxAllowedRuleLevelForMatching: 2, MaxAllowedRuleLevelForMerging: 1 }), []],
  ['merging without matching given (matching defaults to every rule)', doc({ MatchingRules: rules(['EmailAddress'], ['PhoneNumber']), MaxAllowedRuleLevelForMerging: 2 }), []],
  ['rules sharing some attributes are not duplicates', doc({ MatchingRules: rules(['FirstName', 'LastName'], ['FirstName', 'LastName', 'BirthDate']) }), []],
  ['untyped attributes need no selector', doc({ MatchingRules: rules(['FirstName', 'BirthDate']), AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE' } }), []],
  ['a malformed rule is the schema\'s to report', doc({ MatchingRules: [{ Rule: 'EmailAddress' }, 'x', { Rule: [1, 2] }] }), []],

  // Attribute names
  ['an attribute the reference does not list', doc({ MatchingRules: rules(['EmailAddress', 'Email']) }), [['unknownAttribute', at(1, 1)]]],
  ['names are case-sensitive', doc({ MatchingRules: rules(['firstName']) }), [['unknownAttribute', at(1, 0)]]],
  ['Attributes. without a key', doc({ MatchingRules: rules(['Attributes.']) }), [['unknownAttribute', at(1, 0)]]],
  ['an Address part that does not exist', doc({ MatchingRules: rules(['Address.Street']) }), [['unknownAttribute', at(1, 0)]]],

  // Selector
  ['EmailAddress without e-mail sub-fields', doc({ MatchingRules: rules(['EmailAddress']), AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', PhoneNumber: ['PhoneNumber'] } }), [['noSubFieldsSelected', at(1, 0)]]],
  ['PhoneNumber with an empty list', doc({ MatchingRules: rules(['FirstName', 'PhoneNumber']), AttributeTypesSelector: { AttributeMatchingModel: 'MANY_TO_MANY', PhoneNumber: [] } }), [['noSubFieldsSelected', at(1, 1)]]],
  ['Address.* without address sub-fields (each use)', doc({ MatchingRules: rules(['Address.City'], ['Address.PostalCode', 'LastName']), AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'] } }), [['noSubFieldsSelected', at(1, 0)], ['noSubFieldsSelected', at(2, 0)]]],
  ['no selector at all', doc({ MatchingRules: rules(['EmailAddress']), AttributeTypesSelector: undefined }), [['noSubFieldsSelected', at(1, 0)]]],

  // Levels
  ['matching above the number of rules', doc({ MatchingRules: rules(['EmailAddress']), MaxAllowedRuleLevelForMatching: 3 }), [['matchingAboveRules', [R, 'MaxAllowedRuleLevelForMatching']]]],
  ['merging above the number of rules (matching unset)', doc({ MatchingRules: rules(['EmailAddress']), MaxAllowedRuleLevelForMerging: 2 }), [['mergingAboveRules', [R, 'MaxAllowedRuleLevelForMerging']]]],
  ['merging above matching', doc({ MatchingRules: rules(['EmailAddress'], ['PhoneNumber'], ['BirthDate']), MaxAllowedRuleLevelForMatching: 1, MaxAllowedRuleLevelForMerging: 2 }), [['mergingAboveMatching', [R, 'MaxAllowedRuleLevelForMerging']]]],
  ['merging above both', doc({ MatchingRules: rules(['EmailAddress']), MaxAllowedRuleLevelForMatching: 1, MaxAllowedRuleLevelForMerging: 4 }), [['mergingAboveRules', [R, 'MaxAllowedRuleLevelForMerging']], ['mergingAboveMatching', [R, 'MaxAllowedRuleLevelForMerging']]]],
  ['levels without MatchingRules are the schema\'s question', doc({ MaxAllowedRuleLevelForMatching: 3 }), []],

  // Duplicates
  ['the same rule twice, in another order', doc({ MatchingRules: rules(['FirstName', 'LastName'], ['EmailAddress'], ['LastName', 'FirstName']) }), [['duplicateRule', at(3)]]],
  ['a rule three times: each repeat names the first', doc({ MatchingRules: rules(['EmailAddress'], ['EmailAddress'], ['EmailAddress']) }), [['duplicateRule', at(2)], ['duplicateRule', at(3)]]],
  ['an attribute twice within a rule', doc({ MatchingRules: rules(['FirstName', 'LastName', 'FirstName']) }), [['duplicateAttribute', at(1, 2)]]],
  ['a repeated attribute does not hide a duplicate rule', doc({ MatchingRules: rules(['EmailAddress'], ['EmailAddress', 'EmailAddress']) }), [['duplicateAttribute', at(2, 1)], ['duplicateRule', at(2)]]],
];

describe('domainJson/ruleDiagnostics (rule checks beyond the schema)', () => {
  for (const [name, document, expected] of CASES) {
    it(name, () => {
      const problems = ruleDiagnostics(document).map((p): [RuleProblemCode, (string | number)[]] => [p.code, [...p.path]]);
      assert.deepEqual(problems, expected);
    });
  }

  it('severities: names and levels the service cannot use are errors; rules that can never add a match are warnings', () => {
    const severity = Object.fromEntries(ruleDiagnostics(doc({
      MatchingRules: rules(['Email', 'FirstName', 'FirstName'], ['EmailAddress'], ['EmailAddress']),
      AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE' },
      MaxAllowedRuleLevelForMatching: 4,
      MaxAllowedRuleLevelForMerging: 5,
    })).map((p) => [p.code, p.severity]));
    assert.deepEqual(severity, {
      unknownAttribute: 'error', duplicateAttribute: 'warning', noSubFieldsSelected: 'warning', duplicateRule: 'warning',
      matchingAboveRules: 'error', mergingAboveRules: 'error', mergingAboveMatching: 'error',
    });
  });

  it('messages name the level, the value and what to do', () => {
    const [dup] = ruleDiagnostics(doc({ MatchingRules: rules(['FirstName', 'LastName'], ['LastName', 'FirstName']) }));
    assert.match(dup.message, /Rule level 2 has the same attributes as level 1/);
    const [sel] = ruleDiagnostics(doc({ MatchingRules: rules(['PhoneNumber']), AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE' } }));
    assert.match(sel.message, /AttributeTypesSelector\.PhoneNumber selects no fields.*never match/);
    const [unknown] = ruleDiagnostics(doc({ MatchingRules: rules(['Email']) }));
    assert.match(unknown.message, /"Email" cannot be used.*Attributes\.<name>/);
  });
});

describe('domainJson/ruleDocument (ranges and hover)', () => {
  const text = JSON.stringify(doc({ MatchingRules: rules(['EmailAddress'], ['FirstName', 'Nickname'], ['EmailAddress']), MaxAllowedRuleLevelForMatching: 5 }), null, 2);

  it('puts each problem on the exact text of its node', () => {
    const placed = ruleProblemsOf(text).map((p) => [p.code, text.slice(p.range.offset, p.range.offset + p.range.length)]);
    assert.deepEqual(placed, [
      ['unknownAttribute', '"Nickname"'],
      ['duplicateRule', text.slice(text.lastIndexOf('[', text.lastIndexOf('"EmailAddress"')), text.indexOf(']', text.lastIndexOf('"EmailAddress"')) + 1)],
      ['matchingAboveRules', '5'],
    ]);
  });

  it('keeps checking while the text has a syntax error elsewhere (typing)', () => {
    const broken = text.replace('"DefaultExpirationDays": 10,', '"DefaultExpirationDays": 10,,');
    assert.deepEqual(ruleProblemsOf(broken).map((p) => p.code), ['unknownAttribute', 'duplicateRule', 'matchingAboveRules']);
    assert.deepEqual(ruleProblemsOf(''), []);
  });

  it('finds the rule level under the cursor, and nothing outside MatchingRules', () => {
    const inSecond = text.indexOf('"Nickname"') + 3;
    assert.deepEqual(ruleAtOffset(text, inSecond)?.level, 2);
    assert.deepEqual(ruleAtOffset(text, inSecond)?.attributes, ['FirstName', 'Nickname']);
    assert.equal(ruleAtOffset(text, text.indexOf('"Rule"', text.indexOf('"Nickname"')) + 2)?.level, 3, 'on the key "Rule" of level 3');
    assert.equal(ruleAtOffset(text, text.indexOf('DefaultExpirationDays')), undefined);
    assert.equal(ruleAtOffset(text, text.indexOf('MaxAllowedRuleLevelForMatching')), undefined);
  });

  it('hover: the counts of the loaded results when known, how to get them when not', () => {
    const rule = ruleAtOffset(text, text.indexOf('"Nickname"'))!;
    const unknown = ruleHoverMarkdown(rule, 'demo_rules', undefined);
    assert.match(unknown, /\*\*Rule level 2\*\*: `FirstName` \+ `Nickname`/);
    assert.match(unknown, /not known yet.*Open \*\*Rule-based Matches\*\* under demo\\_rules/);
    const known = ruleHoverMarkdown(rule, 'demo-rules', new Map([[1, { groups: 3, profiles: 7 }], [2, { groups: 1200, profiles: 2500 }]]));
    assert.match(known, /Matched 2,500 profiles in 1,200 groups in the current results/);
    const none = ruleHoverMarkdown(rule, 'demo-rules', new Map([[1, { groups: 1, profiles: 2 }]]));
    assert.match(none, /Matched no profiles/);
  });
});
