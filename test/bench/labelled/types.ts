// Ground truth of the labelled matching benchmark: which person each record is, and which kind of duplicate
// (or hard negative) each cluster exercises. Pure data types, no logic.
import type { ProfileRecord } from '../../../src/shared/profile';

/** Positive kinds: every record of such a cluster is the SAME person, differing only as the kind declares. */
export const DUPLICATE_KINDS = [
  'birthDateFormat', 'birthDateTypo', 'intlPhone', 'usPhoneFormat', 'addressAbbrev', 'postcodeTypo',
  'fullNameOneField', 'compoundSurname', 'diacritics', 'nickname', 'channel', 'typo', 'swappedNames',
] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

/** Hard negatives: every record of such a cluster is a DIFFERENT person that looks like the others. */
export const NEGATIVE_KINDS = ['household', 'twins', 'jrSr', 'roleMailbox', 'recycledNumber', 'namesake'] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

export type ClusterKind = DuplicateKind | NegativeKind | 'singleton';

/** The facts that make a person a person (what the audit compares to tell people apart). */
export interface PersonFacts {
  personId: string;
  given: string;
  surnames: string[];
  suffix: '' | 'Jr' | 'Sr';
  birthDate: string; // ISO yyyy-mm-dd
}

export interface LabelledCluster {
  clusterId: string;
  kind: ClusterKind;
  /** ProfileIds of its records. */
  recordIds: string[];
}

export interface LabelledDataset {
  seed: number;
  records: ProfileRecord[];
  /** ProfileId -> personId (the ground truth). */
  personOf: Map<string, string>;
  /** ProfileId -> clusterId. */
  clusterOf: Map<string, string>;
  clusters: LabelledCluster[];
  persons: PersonFacts[];
}

export function isDuplicateKind(kind: ClusterKind): kind is DuplicateKind {
  return (DUPLICATE_KINDS as readonly string[]).includes(kind);
}
export function isNegativeKind(kind: ClusterKind): kind is NegativeKind {
  return (NEGATIVE_KINDS as readonly string[]).includes(kind);
}
