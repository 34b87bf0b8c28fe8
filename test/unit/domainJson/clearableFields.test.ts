import * as assert from 'assert';
import { clearableFieldChanges, ignoredRemovals } from '../../../src/host/domainJson/clearableFields';
import type { EditableDomain } from '../../../src/host/domainJson/domainTypes';
import { editableDomain } from '../../../src/host/domainJson/editableDomain';
import { remoteDomain } from './fixtures';

function without(doc: EditableDomain, ...keys: string[]): EditableDomain {
  const copy: Record<string, unknown> = { ...doc };
  for (const k of keys) delete copy[k];
  return copy as EditableDomain;
}

describe('clearableFieldChanges', () => {
  const remote = editableDomain(remoteDomain());
  const cases: Array<[string, EditableDomain, EditableDomain, string[]]> = [
    ['nothing removed', remote, remote, []],
    ['DeadLetterQueueUrl removed', remote, without(remote, 'DeadLetterQueueUrl'), ['DeadLetterQueueUrl']],
    ['both removed, model order', remote, without(remote, 'DefaultEncryptionKey', 'DeadLetterQueueUrl'), ['DeadLetterQueueUrl', 'DefaultEncryptionKey']],
    ['explicitly emptied counts as clearing', remote, { ...remote, DefaultEncryptionKey: '' }, ['DefaultEncryptionKey']],
    ['not set remotely: nothing to clear', without(remote, 'DeadLetterQueueUrl'), without(remote, 'DeadLetterQueueUrl'), []],
    ['changed, not removed', remote, { ...remote, DeadLetterQueueUrl: 'https://sqs/other' }, []],
  ];
  for (const [name, before, after, fields] of cases) {
    it(name, () => assert.deepStrictEqual(clearableFieldChanges(before, after).map((c) => c.field), fields));
  }

  it('says what will happen, with the old value', () => {
    const [change] = clearableFieldChanges(remote, without(remote, 'DeadLetterQueueUrl'));
    assert.strictEqual(change.before, remote.DeadLetterQueueUrl);
    assert.match(change.message, /DeadLetterQueueUrl was removed: it will be cleared on the service \(sent as ""\)/);
    assert.ok(change.message.includes(remote.DeadLetterQueueUrl!));
  });
});

describe('ignoredRemovals', () => {
  const remote = editableDomain(remoteDomain());
  it('reports removals UpdateDomain cannot apply, not clearable fields or Tags', () => {
    const removed = ignoredRemovals(remote, without(remote, 'Matching', 'DefaultExpirationDays', 'DeadLetterQueueUrl', 'Tags'));
    assert.deepStrictEqual(removed.map((r) => r.field), ['DefaultExpirationDays', 'Matching']);
    assert.match(removed[1].message, /set "Enabled": false/);
  });
});
