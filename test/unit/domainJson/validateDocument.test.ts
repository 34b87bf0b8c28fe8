// validateDocument: syntax errors with positions, schema errors with member paths and the exact text ranges.
import * as assert from 'assert';
import updateSchema from '../../../src/schemas/domain-update.schema.json';
import { DocumentError, validateDocument } from '../../../src/host/domainJson/validateDocument';

/** The text a diagnostic would underline. */
function underlined(text: string, e: DocumentError): string {
  return text.slice(e.range.offset, e.range.offset + e.range.length);
}

function errorsOf(text: string): DocumentError[] {
  const result = validateDocument(text, updateSchema);
  assert.ok(!result.ok, 'expected the document to be rejected');
  return result.errors;
}

describe('validateDocument: schema errors', () => {
  // [name, document text, expected [path, message fragment, underlined text]]
  const cases: Array<[string, string, Array<[string, RegExp, string]>]> = [
    ['enum', '{ "Matching": { "Enabled": true, "JobSchedule": { "DayOfTheWeek": "FUNDAY", "Time": "3:00" } } }',
      [['Matching.JobSchedule.DayOfTheWeek', /"FUNDAY" is not allowed\. Must be one of: SUNDAY, MONDAY, .*SATURDAY\./, '"FUNDAY"']]],
    ['pattern', '{ "Matching": { "Enabled": true, "JobSchedule": { "DayOfTheWeek": "MONDAY", "Time": "25:00" } } }',
      [['Matching.JobSchedule.Time', /"25:00" does not match the required pattern/, '"25:00"']]],
    ['range', '{ "DefaultExpirationDays": 2000 }', [['DefaultExpirationDays', /Must be at most 1098, not 2000\./, '2000']]],
    ['type (no follow-up range error)', '{ "DefaultExpirationDays": "30" }', [['DefaultExpirationDays', /Must be a whole number, not "30"\./, '"30"']]],
    ['required: on the key of the object missing it', '{\n  "Matching": { "AutoMerging": { "Enabled": false } }\n}',
      [['Matching.Enabled', /Missing required member "Enabled"\./, '"Matching"']]],
    ['unknown member: on its key, listing allowed ones', '{ "Matching": { "Enabled": true, "Frequency": 7 } }',
      [['Matching.Frequency', /Unknown member "Frequency"\. Allowed here: Enabled, JobSchedule, AutoMerging, ExportingConfig\./, '"Frequency"']]],
    ['read-only member pasted from GetDomain', '{ "DomainName": "demo" }', [['DomainName', /Unknown member "DomainName"/, '"DomainName"']]],
    ['list limits with index paths', '{ "Matching": { "Enabled": true, "AutoMerging": { "Enabled": true, "Consolidation": { "MatchingAttributesList": [["Email"], []] } } } }',
      [['Matching.AutoMerging.Consolidation.MatchingAttributesList[1]', /Must have at least 1 item\./, '[]']]],
    ['map key: on the key', '{ "Tags": { "aws:team": "x" } }', [['Tags["aws:team"]', /Invalid key "aws:team": "aws:team" does not match/, '"aws:team"']]],
    ['empty map', '{ "Tags": {} }', [['Tags', /at least 1 entry/, '{}']]],
    ['all errors, in document order', '{ "DefaultExpirationDays": 0, "DataStore": { "Enabled": "yes" }, "Extra": 1 }', [
      ['DefaultExpirationDays', /Must be at least 1, not 0\./, '0'],
      ['DataStore.Enabled', /Must be true or false, not "yes"\./, '"yes"'],
      ['Extra', /Unknown member "Extra"/, '"Extra"'],
    ]],
    ['root must be an object', '[1]', [['', /Must be an object/, '[1]']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const errors = errorsOf(text);
      assert.deepStrictEqual(errors.map((e) => e.path), expected.map(([path]) => path), JSON.stringify(errors));
      errors.forEach((e, i) => {
        assert.match(e.message, expected[i][1]);
        assert.strictEqual(underlined(text, e), expected[i][2], `range of ${e.path}`);
      });
    });
  }

  it('a valid document returns its value', () => {
    const text = '{ "DefaultExpirationDays": 30, "Matching": { "Enabled": true, "JobSchedule": { "DayOfTheWeek": "MONDAY", "Time": "3:00" } }, "Tags": { "team": "crm" } }';
    const result = validateDocument<{ DefaultExpirationDays: number }>(text, updateSchema);
    assert.ok(result.ok);
    assert.strictEqual(result.value.DefaultExpirationDays, 30);
  });
});

describe('validateDocument: syntax errors', () => {
  const cases: Array<[string, string, RegExp, number]> = [
    ['missing comma, with line and column', '{\n  "DefaultExpirationDays": 30\n  "DeadLetterQueueUrl": ""\n}', /^Line 3, column 3: comma expected$/, 34],
    ['trailing comma', '{ "DefaultExpirationDays": 30, }', /^Line 1, column 32: property name expected$/, 31],
    ['comment', '// note\n{}', /comments are not allowed in JSON/, 0],
    ['unterminated string', '{ "Matching', /unterminated string/, 2],
    ['empty document', '', /^Line 1, column 1: value expected$/, 0],
    ['duplicate key (JSON.parse would drop one silently)', '{ "DefaultExpirationDays": 30, "DefaultExpirationDays": 40 }', /^Line 1, column 32: duplicate member "DefaultExpirationDays"/, 31],
  ];
  for (const [name, text, message, offset] of cases) {
    it(name, () => {
      const [first] = errorsOf(text);
      assert.match(first.message, message);
      assert.strictEqual(first.path, '');
      assert.strictEqual(first.range.offset, offset);
    });
  }
});
