// The labelled benchmark's ground-truth audit: passes the generated set, and rejects planted mislabels.
import * as assert from 'node:assert/strict';
import { AuditError, auditLabelledDataset, differingFields, isoOf, sharedEvidence } from '../../bench/labelled/audit';
import { generateLabelledDataset } from '../../bench/labelled/generate';
import type { LabelledDataset } from '../../bench/labelled/types';

const small = (): LabelledDataset => generateLabelledDataset({ seed: 7, duplicateClusters: 6, negativeClusters: 6, singletons: 20 });

function clusterOfKind(ds: LabelledDataset, kind: string): LabelledDataset['clusters'][number] {
  const c = ds.clusters.find((x) => x.kind === kind);
  assert.ok(c, `no ${kind} cluster`);
  return c;
}

describe('labelled benchmark audit', () => {
  it('passes a generated set and counts every kind', () => {
    const summary = auditLabelledDataset(small(), 6);
    assert.equal(summary.perKind.length, 13 + 6 + 1);
    assert.ok(summary.perKind.every((k) => k.kind === 'singleton' ? k.clusters === 20 : k.clusters === 6));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    assert.deepEqual(small().records, small().records);
    assert.notDeepEqual(generateLabelledDataset({ seed: 8, duplicateClusters: 6, negativeClusters: 6, singletons: 20 }).records, small().records);
  });

  it('rejects a hard negative relabelled as one person', () => {
    const ds = small();
    const twins = clusterOfKind(ds, 'twins');
    ds.personOf.set(twins.recordIds[1], ds.personOf.get(twins.recordIds[0])!);
    assert.throws(() => auditLabelledDataset(ds), (e: unknown) => e instanceof AuditError && /hard negative with one person/.test(e.message));
  });

  it('rejects a duplicate cluster holding a record of another person', () => {
    const ds = small();
    const dup = clusterOfKind(ds, 'nickname');
    const stranger = clusterOfKind(ds, 'singleton').recordIds[0];
    // Plant the mislabel: the stranger's record claims to be the nickname cluster's person.
    const record = ds.records.find((r) => r.ProfileId === stranger)!;
    const target = ds.records.find((r) => r.ProfileId === dup.recordIds[0])!;
    for (const key of Object.keys(record)) if (key !== 'ProfileId') delete (record as unknown as Record<string, unknown>)[key];
    Object.assign(record, { ...target, ProfileId: stranger, BirthDate: '1901-01-01' });
    ds.personOf.set(stranger, ds.personOf.get(dup.recordIds[0])!);
    ds.clusterOf.set(stranger, dup.clusterId);
    dup.recordIds.push(stranger);
    ds.clusters = ds.clusters.filter((c) => !c.recordIds.includes(stranger) || c === dup);
    assert.throws(() => auditLabelledDataset(ds), (e: unknown) => e instanceof AuditError && /undeclared differences BirthDate/.test(e.message));
  });

  it('rejects a birth-date format pair whose dates are not the same day', () => {
    const ds = small();
    const c = clusterOfKind(ds, 'birthDateFormat');
    const r = ds.records.find((x) => x.ProfileId === c.recordIds[1])!;
    r.BirthDate = '1999-12-31';
    assert.throws(() => auditLabelledDataset(ds), AuditError);
  });

  it('rejects a channel cluster whose records share nothing but the name', () => {
    const ds = small();
    const c = clusterOfKind(ds, 'channel');
    const recs = c.recordIds.map((id) => ds.records.find((r) => r.ProfileId === id)!);
    assert.ok(recs.slice(1).every((r) => sharedEvidence(recs[0], r).length > 0), 'generated channel records share a value with the web account');
    // Keep the names only on every record but the web account: what is left joins them by the name alone.
    for (const r of recs.slice(1)) for (const key of ['PhoneNumber', 'EmailAddress', 'BirthDate', 'Address'] as const) delete r[key];
    assert.throws(() => auditLabelledDataset(ds), (e: unknown) => e instanceof AuditError && /joined by the name alone/.test(e.message));
  });

  it('rejects a channel phone that is another number, and a namesake pair that shares a contact', () => {
    const ds = small();
    const c = ds.clusters.find((x) => x.kind === 'channel' && x.recordIds.some((id) => ds.records.find((r) => r.ProfileId === id)!.PhoneNumber?.startsWith('+')))!;
    const voice = c.recordIds.map((id) => ds.records.find((r) => r.ProfileId === id)!).find((r) => r.PhoneNumber?.startsWith('+'))!;
    voice.PhoneNumber = voice.PhoneNumber!.slice(0, -1) + String((Number(voice.PhoneNumber!.slice(-1)) + 1) % 10);
    assert.throws(() => auditLabelledDataset(ds), (e: unknown) => e instanceof AuditError && /another spelling: PhoneNumber/.test(e.message));

    const ds2 = small();
    const n = clusterOfKind(ds2, 'namesake');
    const [a, b] = n.recordIds.map((id) => ds2.records.find((r) => r.ProfileId === id)!);
    assert.equal(a.FirstName, b.FirstName);
    assert.deepEqual(sharedEvidence(a, b), []);
    auditLabelledDataset(ds2);
    b.EmailAddress = a.EmailAddress ?? 'shared@example.com'; a.EmailAddress = b.EmailAddress;
    assert.throws(() => auditLabelledDataset(ds2), (e: unknown) => e instanceof AuditError && /namesakes must share the name/.test(e.message));
  });

  it('rejects two identical persons and too few clusters of a kind', () => {
    const ds = small();
    ds.persons.push({ ...ds.persons[0], personId: 'P-copy' });
    assert.throws(() => auditLabelledDataset(ds), /are identical/);
    assert.throws(() => auditLabelledDataset(small(), 7), /clusters < 7/);
  });

  it('reads its three date forms to one day, and diffs only fields present in both', () => {
    for (const raw of ['1985-03-07', '03/07/1985', '7 Mar 1985']) assert.equal(isoOf(raw), '1985-03-07');
    assert.notEqual(isoOf('07/03/1985'), '1985-03-07');
    assert.deepEqual(differingFields({ ProfileId: 'a', FirstName: 'Ann', LastName: 'Lee' }, { ProfileId: 'b', FirstName: 'Anne' }), ['FirstName']);
    assert.deepEqual(differingFields({ ProfileId: 'a', Address: { City: 'Leeds' } }, { ProfileId: 'b', Address: { City: 'York' } }), ['Address.City']);
  });
});
