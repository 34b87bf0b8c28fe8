// The labelled, seeded benchmark set: duplicate clusters of every kind, hard-negative clusters and singletons,
// with the ground truth (person per record, kind per cluster). Deterministic for a seed.
// Default size: 130 clusters per duplicate kind and 120 per hard-negative kind (2-3 records each) + 1,200
// singletons ≈ 6k records. Missing values (pools.ts MISSING_RATES) are applied to every field a kind does not
// rely on, each record independently, but never so that a record is left with no contact and no birth date.
import type { ProfileRecord } from '../../../src/shared/profile';
import { chance, mulberry32, shuffle } from '../../../src/sandbox/identity/prng';
import { draftDuplicate, KeptField } from './duplicateKinds';
import { draftNegative } from './negativeKinds';
import { PersonFactory, renderRecord } from './person';
import { MISSING_RATES } from './pools';
import { ClusterKind, DUPLICATE_KINDS, LabelledDataset, NEGATIVE_KINDS } from './types';

export interface LabelledOptions { seed?: number; duplicateClusters?: number; negativeClusters?: number; singletons?: number }
export const DEFAULT_LABELLED: Required<LabelledOptions> = { seed: 20261202, duplicateClusters: 130, negativeClusters: 120, singletons: 1200 };

type Draft = Omit<ProfileRecord, 'ProfileId'>;

function dropMissing(d: Draft, keep: readonly KeptField[], rnd: () => number): Draft {
  const out: Draft = { ...d };
  if (!keep.includes('email') && chance(rnd, MISSING_RATES.email)) delete out.EmailAddress;
  if (!keep.includes('phone') && chance(rnd, MISSING_RATES.phone)) delete out.PhoneNumber;
  if (!keep.includes('birthDate') && chance(rnd, MISSING_RATES.birthDate)) delete out.BirthDate;
  if (!keep.includes('address') && chance(rnd, MISSING_RATES.address)) delete out.Address;
  if (!out.EmailAddress && !out.PhoneNumber && !out.BirthDate) return d; // keep records identifiable
  return out;
}

export function generateLabelledDataset(options: LabelledOptions = {}): LabelledDataset {
  const o = { ...DEFAULT_LABELLED, ...options };
  const rnd = mulberry32(o.seed);
  const factory = new PersonFactory(rnd);
  const drafts: { clusterId: string; kind: ClusterKind; personId: string; draft: Draft }[] = [];
  let clusterNo = 0;
  const nextCluster = (): string => `C${String(clusterNo++).padStart(5, '0')}`;
  for (const kind of DUPLICATE_KINDS) {
    for (let c = 0; c < o.duplicateClusters; c++) {
      const { person, records, keep } = draftDuplicate(kind, factory, rnd);
      const clusterId = nextCluster();
      for (const r of records) drafts.push({ clusterId, kind, personId: person.personId, draft: dropMissing(r, keep, rnd) });
    }
  }
  for (const kind of NEGATIVE_KINDS) {
    for (let c = 0; c < o.negativeClusters; c++) {
      const { persons, records } = draftNegative(kind, factory, rnd);
      const clusterId = nextCluster();
      // The shared facts are what makes a hard negative hard: never drop them.
      records.forEach((r, i) => drafts.push({ clusterId, kind, personId: persons[i].personId, draft: dropMissing(r, ['email', 'phone', 'address', 'birthDate'], rnd) }));
    }
  }
  for (let s = 0; s < o.singletons; s++) {
    const p = factory.make();
    drafts.push({ clusterId: nextCluster(), kind: 'singleton', personId: p.personId, draft: dropMissing(renderRecord(p, ''), [], rnd) });
  }
  // ProfileIds carry no hint of the truth: assigned after a shuffle.
  shuffle(rnd, drafts);
  const records: ProfileRecord[] = [];
  const personOf = new Map<string, string>();
  const clusterOf = new Map<string, string>();
  const clusters = new Map<string, { clusterId: string; kind: ClusterKind; recordIds: string[] }>();
  drafts.forEach((d, i) => {
    const ProfileId = `lb-${String(i).padStart(6, '0')}`;
    const { ProfileId: _unused, ...fields } = d.draft as ProfileRecord;
    records.push({ ProfileId, ...fields });
    personOf.set(ProfileId, d.personId);
    clusterOf.set(ProfileId, d.clusterId);
    const c = clusters.get(d.clusterId) ?? { clusterId: d.clusterId, kind: d.kind, recordIds: [] };
    c.recordIds.push(ProfileId);
    clusters.set(d.clusterId, c);
  });
  const used = new Set(personOf.values());
  const persons = factory.persons.filter((p) => used.has(p.personId))
    .map((p) => ({ personId: p.personId, given: p.given, surnames: p.surnames, suffix: p.suffix, birthDate: p.birthDate }));
  return { seed: o.seed, records, personOf, clusterOf, clusters: [...clusters.values()].sort((a, b) => (a.clusterId < b.clusterId ? -1 : 1)), persons };
}
