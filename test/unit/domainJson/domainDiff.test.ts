import * as assert from 'assert';
import { diffText, domainDiff } from '../../../src/host/domainJson/domainDiff';
import { editableDomain } from '../../../src/host/domainJson/editableDomain';
import { remoteDomain } from './fixtures';

describe('domainDiff', () => {
  const remote = editableDomain(remoteDomain());

  it('no changes for the same document in another key order', () => {
    const reordered = JSON.parse(JSON.stringify({ Tags: remote.Tags, Matching: remote.Matching, ...remote })) as typeof remote;
    assert.deepStrictEqual(domainDiff(remote, reordered), []);
  });

  it('lists leaf changes with paths, before and after, in document order', () => {
    const edited = JSON.parse(JSON.stringify(remote)) as typeof remote;
    edited.DefaultExpirationDays = 30;
    delete edited.DeadLetterQueueUrl;
    edited.Matching!.JobSchedule!.DayOfTheWeek = 'MONDAY';
    edited.Matching!.AutoMerging!.Consolidation!.MatchingAttributesList = [['EmailAddress']];
    edited.Tags = { team: 'crm', owner: 'me' };
    assert.deepStrictEqual(domainDiff(remote, edited), [
      { path: 'DefaultExpirationDays', kind: 'changed', before: 366, after: 30 },
      { path: 'DeadLetterQueueUrl', kind: 'removed', before: remote.DeadLetterQueueUrl },
      { path: 'Matching.JobSchedule.DayOfTheWeek', kind: 'changed', before: 'SATURDAY', after: 'MONDAY' },
      { path: 'Matching.AutoMerging.Consolidation.MatchingAttributesList', kind: 'changed',
        before: [['EmailAddress'], ['PhoneNumber', 'FirstName']], after: [['EmailAddress']] },
      { path: 'Tags.env', kind: 'removed', before: 'dev' },
      { path: 'Tags.owner', kind: 'added', after: 'me' },
    ]);
  });

  it('a new structure is one added change', () => {
    const edited = { ...remote, Matching: { ...remote.Matching!, ExportingConfig: { S3Exporting: { S3BucketName: 'bucket' } } } };
    assert.deepStrictEqual(domainDiff(remote, edited), [
      { path: 'Matching.ExportingConfig', kind: 'added', after: { S3Exporting: { S3BucketName: 'bucket' } } },
    ]);
  });

  it('diffText is canonical: sorted keys, 2-space indent, trailing newline', () => {
    assert.strictEqual(diffText({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } }),
      '{\n  "a": {\n    "d": [\n      2,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
    assert.strictEqual(diffText(remote), diffText(JSON.parse(JSON.stringify({ Tags: remote.Tags, ...remote }))));
  });
});
