import * as assert from 'assert';
import updateSchema from '../../../src/schemas/domain-update.schema.json';
import { editableDomain, tagChanges } from '../../../src/host/domainJson/editableDomain';
import { validateDocument } from '../../../src/host/domainJson/validateDocument';
import { remoteDomain } from './fixtures';

describe('editableDomain', () => {
  it('drops read-only members and keeps the UpdateDomain body in its order', () => {
    const doc = editableDomain(remoteDomain());
    assert.deepStrictEqual(Object.keys(doc), [
      'DefaultExpirationDays', 'DefaultEncryptionKey', 'DeadLetterQueueUrl', 'Matching', 'RuleBasedMatching', 'DataStore', 'Tags',
    ]);
    assert.deepStrictEqual(doc.RuleBasedMatching, { Enabled: false, MaxAllowedRuleLevelForMatching: 3 });
    assert.deepStrictEqual(doc.DataStore, { Enabled: true });
    assert.ok(!('ExportingConfig' in doc.Matching!), 'undefined members are dropped');
  });

  it('is plain JSON (no Date survives) and valid against the UpdateDomain schema', () => {
    const doc = editableDomain(remoteDomain());
    const text = JSON.stringify(doc, null, 2);
    assert.ok(!/20\d\d-\d\d-\d\dT/.test(text), 'a timestamp leaked into the document');
    const result = validateDocument(text, updateSchema);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });

  it('is idempotent, and drops empty Tags (TagMap needs one entry)', () => {
    const once = editableDomain(remoteDomain());
    assert.deepStrictEqual(editableDomain(once), once);
    assert.ok(!('Tags' in editableDomain({ ...remoteDomain(), Tags: {} })));
  });
});

describe('tagChanges', () => {
  const cases: Array<[string, Record<string, string> | undefined, Record<string, string> | undefined, object]> = [
    ['no change', { a: '1' }, { a: '1' }, { toAdd: {}, toRemove: [] }],
    ['add and change', { a: '1' }, { a: '2', b: '3' }, { toAdd: { a: '2', b: '3' }, toRemove: [] }],
    ['remove', { a: '1', b: '2' }, { b: '2' }, { toAdd: {}, toRemove: ['a'] }],
    ['Tags member deleted entirely', { b: '1', a: '2' }, undefined, { toAdd: {}, toRemove: ['a', 'b'] }],
    ['first tags', undefined, { a: '' }, { toAdd: { a: '' }, toRemove: [] }],
  ];
  for (const [name, before, after, expected] of cases) it(name, () => assert.deepStrictEqual(tagChanges(before, after), expected));
});
