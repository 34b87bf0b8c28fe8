import * as assert from 'assert';
import type { EditableDomain } from '../../../src/host/domainJson/domainTypes';
import { editableDomain } from '../../../src/host/domainJson/editableDomain';
import type { EditableObjectType } from '../../../src/host/domainJson/editableObjectType';
import { planSave, type RemoteSnapshot, type SavePlan, type SaveRequest } from '../../../src/host/domainJson/planSave';
import type { DocumentRef } from '../../../src/host/domainJson/documentUris';
import { remoteDomain } from './fixtures';

const DOMAIN: DocumentRef = { kind: 'domain', connection: 'c', domainName: 'demo-retail' };
const NEW_DOMAIN: DocumentRef = { kind: 'newDomain', connection: 'c', domainName: 'fresh' };
const OBJECT_TYPE: DocumentRef = { kind: 'objectType', connection: 'c', domainName: 'demo-retail', objectTypeName: 'Order' };
const NEW_OBJECT_TYPE: DocumentRef = { kind: 'newObjectType', connection: 'c', domainName: 'demo-retail', objectTypeName: 'Order' };
const ARN = 'arn:aws:profile:us-east-1:123456789012:domains/demo-retail';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const remote: RemoteSnapshot = { mtime: 1_000, editable: editableDomain(remoteDomain()) };
const doc = (): EditableDomain => copy(remote.editable as EditableDomain);

function plan(value: unknown, overrides: Partial<SaveRequest> = {}): SavePlan {
  return planSave({ ref: DOMAIN, validation: { ok: true, value }, base: remote, remote, confirmBeforeSave: true, resourceArn: ARN, ...overrides });
}

function applied(p: SavePlan): Extract<SavePlan, { outcome: 'apply' }> {
  assert.strictEqual(p.outcome, 'apply', JSON.stringify(p));
  return p as Extract<SavePlan, { outcome: 'apply' }>;
}

describe('planSave: domains', () => {
  it('rejects an invalid document with its errors', () => {
    const errors = [{ message: 'Must be at most 1098, not 2000.', path: 'DefaultExpirationDays', range: { offset: 3, length: 4 } }];
    assert.deepStrictEqual(planSave({ ref: DOMAIN, validation: { ok: false, errors }, remote, confirmBeforeSave: true }), { outcome: 'invalid', errors });
  });

  it('an unchanged document sends nothing', () => {
    assert.deepStrictEqual(plan(doc()), { outcome: 'unchanged' });
  });

  it('a changed member: one UpdateDomain with just that member, confirmed, no conflict', () => {
    const edited = doc();
    edited.DefaultExpirationDays = 400;
    const p = applied(plan(edited));
    assert.deepStrictEqual(p.calls, [{ op: 'UpdateDomain', input: { DomainName: 'demo-retail', DefaultExpirationDays: 400 } }]);
    assert.strictEqual(p.conflict, false);
    assert.strictEqual(p.confirm, true);
    assert.deepStrictEqual(p.summary.changes, [{ path: 'DefaultExpirationDays', kind: 'changed', before: 366, after: 400 }]);
  });

  it('the setting skips the confirmation, but never for a cleared field', () => {
    const edited = doc();
    edited.DefaultExpirationDays = 400;
    assert.strictEqual(applied(plan(edited, { confirmBeforeSave: false })).confirm, false);
    delete edited.DeadLetterQueueUrl;
    const p = applied(plan(edited, { confirmBeforeSave: false }));
    assert.strictEqual(p.confirm, true);
    assert.strictEqual(p.summary.destructive, true);
    assert.match(p.summary.notices[0], /DeadLetterQueueUrl was removed: it will be cleared on the service \(sent as ""\)/);
    assert.deepStrictEqual(p.calls[0], { op: 'UpdateDomain', input: { DomainName: 'demo-retail', DefaultExpirationDays: 400, DeadLetterQueueUrl: '' } });
  });

  it('a removal UpdateDomain cannot make is explained, and nothing is sent for it', () => {
    const edited = doc();
    delete edited.Matching;
    const p = applied(plan(edited, { confirmBeforeSave: false }));
    assert.deepStrictEqual(p.calls, []);
    assert.strictEqual(p.confirm, true);
    assert.match(p.summary.notices.join('\n'), /Matching was removed .* cannot remove it.*"Enabled": false/);
  });

  it('tag changes go through TagResource / UntagResource with the ARN, never UpdateDomain', () => {
    const edited = doc();
    edited.Tags = { team: 'sales', owner: 'me' }; // team changed, owner added, env removed
    const p = applied(plan(edited));
    assert.deepStrictEqual(p.calls, [
      { op: 'TagResource', input: { resourceArn: ARN, tags: { owner: 'me', team: 'sales' } } },
      { op: 'UntagResource', input: { resourceArn: ARN, tagKeys: ['env'] } },
    ]);
  });

  it('asks for the ARN only when tags changed', () => {
    const edited = doc();
    edited.Tags = { team: 'crm' };
    assert.deepStrictEqual(plan(edited, { resourceArn: undefined }), { outcome: 'needsArn' });
    const other = doc();
    other.DefaultExpirationDays = 10;
    assert.strictEqual(plan(other, { resourceArn: undefined }).outcome, 'apply');
  });

  const conflicts: [string, RemoteSnapshot, boolean][] = [
    ['same version', remote, false],
    ['LastUpdatedAt moved', { ...remote, mtime: 2_000 }, true],
    ['same second, different content', { mtime: 1_000, editable: { ...doc(), DefaultExpirationDays: 7 } }, true],
  ];
  for (const [name, current, conflict] of conflicts) {
    it(`conflict when the service changed since open: ${name} -> ${conflict}`, () => {
      const edited = doc();
      edited.DefaultExpirationDays = 400;
      assert.strictEqual(applied(plan(edited, { remote: current })).conflict, conflict);
    });
  }

  it('the diff is against the CURRENT service version (Overwrite sends what differs from it)', () => {
    const current: RemoteSnapshot = { mtime: 2_000, editable: { ...doc(), DefaultExpirationDays: 7 } };
    const edited = doc(); // the user changed nothing, but the service moved to 7: overwrite puts 366 back
    const p = applied(plan(edited, { remote: current }));
    assert.deepStrictEqual(p.calls, [{ op: 'UpdateDomain', input: { DomainName: 'demo-retail', DefaultExpirationDays: 366 } }]);
    assert.strictEqual(p.conflict, true);
  });

  it('a domain deleted meanwhile fails the save', () => {
    const p = plan(doc(), { remote: undefined });
    assert.strictEqual(p.outcome, 'missing');
  });

  it('a new domain: CreateDomain with the whole document (tags included), unless the name was taken', () => {
    const value = { DefaultExpirationDays: 30, Tags: { a: 'b' } };
    const p = applied(planSave({ ref: NEW_DOMAIN, validation: { ok: true, value }, remote: undefined, confirmBeforeSave: false }));
    assert.deepStrictEqual(p.calls, [{ op: 'CreateDomain', input: { DomainName: 'fresh', DefaultExpirationDays: 30, Tags: { a: 'b' } } }]);
    assert.strictEqual(p.summary.creating, true);
    assert.strictEqual(p.confirm, false);
    const taken = planSave({ ref: NEW_DOMAIN, validation: { ok: true, value }, remote, confirmBeforeSave: true });
    assert.strictEqual(taken.outcome, 'exists');
  });
});

describe('planSave: object types', () => {
  const objectType: EditableObjectType = {
    Description: 'Orders',
    AllowProfileCreation: false,
    EncryptionKey: 'k',
    Fields: { id: { Source: '_source.id', Target: '_order.Id', ContentType: 'STRING' } },
    Keys: { id: [{ StandardIdentifiers: ['UNIQUE'], FieldNames: ['id'] }] },
    Tags: { a: '1' },
  };
  const current: RemoteSnapshot = { mtime: 5, editable: objectType };
  const request = (value: unknown, overrides: Partial<SaveRequest> = {}): SavePlan =>
    planSave({ ref: OBJECT_TYPE, validation: { ok: true, value }, base: current, remote: current, confirmBeforeSave: false, resourceArn: `${ARN}/object-types/Order`, ...overrides });

  it('a changed member: PutProfileObjectType with the whole body (no Tags)', () => {
    const edited = { ...copy(objectType), Description: 'All orders' };
    const p = applied(request(edited));
    const { Tags: _tags, ...body } = edited;
    assert.deepStrictEqual(p.calls, [{ op: 'PutProfileObjectType', input: { ...body, DomainName: 'demo-retail', ObjectTypeName: 'Order' } }]);
    assert.strictEqual(p.confirm, false);
  });

  it('a removed member goes back to the default: said, and always confirmed', () => {
    const { EncryptionKey: _key, ...edited } = copy(objectType);
    const p = applied(request(edited));
    assert.strictEqual(p.confirm, true);
    assert.match(p.summary.notices[0], /EncryptionKey was removed: PutProfileObjectType replaces the whole object type/);
  });

  it('only tags changed: Tag/UntagResource on the object type ARN, no Put', () => {
    const p = applied(request({ ...copy(objectType), Tags: { b: '2' } }));
    assert.deepStrictEqual(p.calls.map((c) => c.op), ['TagResource', 'UntagResource']);
    assert.ok(p.calls.every((c) => 'resourceArn' in c.input && String(c.input.resourceArn).endsWith('/object-types/Order')));
  });

  it('unchanged, missing, and a new object type', () => {
    assert.deepStrictEqual(request(copy(objectType)), { outcome: 'unchanged' });
    assert.strictEqual(request(copy(objectType), { remote: undefined }).outcome, 'missing');
    const created = applied(planSave({ ref: NEW_OBJECT_TYPE, validation: { ok: true, value: objectType }, remote: undefined, confirmBeforeSave: true }));
    assert.deepStrictEqual(created.calls, [{ op: 'PutProfileObjectType', input: { ...objectType, DomainName: 'demo-retail', ObjectTypeName: 'Order' } }]);
    assert.strictEqual(planSave({ ref: NEW_OBJECT_TYPE, validation: { ok: true, value: objectType }, remote: current, confirmBeforeSave: true }).outcome, 'exists');
  });
});
