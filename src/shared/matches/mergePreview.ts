// The live merge preview of the composer: the merged profile computed with the shared MergeProfiles rules
// (src/shared/mergeRules.ts, also used by the sandbox), per-field provenance, and the exact request(s).
import { explainMerge, mergeProfileRecords, type FieldExplanation } from '../mergeRules';
import type { FieldSourceProfileIds, ProfileRecord } from '../profile';
import { buildMergeRequests, profilesDeletedBy, type MergeProfilesRequest } from './mergeRequests';

export interface MergePreview {
  readonly mainProfileId: string;
  readonly profileIdsToBeMerged: readonly string[];
  readonly merged: ProfileRecord;
  readonly fields: readonly FieldExplanation[];
  readonly requests: readonly MergeProfilesRequest[];
  readonly deletedCount: number;
}

/**
 * `profiles` are the group's profiles still present, in group order; the non-main ones are merged in that
 * order (which decides 'first-merged-wins' cases exactly as the service would for the same request).
 */
export function previewMerge(
  domain: string, profiles: readonly ProfileRecord[], mainProfileId: string, fieldSources: FieldSourceProfileIds,
): MergePreview {
  const main = profiles.find((p) => p.ProfileId === mainProfileId);
  if (!main) throw new Error(`The main profile ${mainProfileId} is not among the group's loaded profiles.`);
  const toMerge = profiles.filter((p) => p.ProfileId !== mainProfileId);
  const profileIdsToBeMerged = toMerge.map((p) => p.ProfileId);
  const requests = buildMergeRequests(domain, mainProfileId, profileIdsToBeMerged, fieldSources);
  return {
    mainProfileId, profileIdsToBeMerged,
    merged: mergeProfileRecords(main, toMerge, fieldSources),
    fields: explainMerge(main, toMerge, fieldSources),
    requests, deletedCount: profilesDeletedBy(requests),
  };
}

/** One line saying where a merged field's value comes from. `label` names a profile for the reader. */
export function describeProvenance(e: FieldExplanation, label: (profileId: string) => string): string {
  const others = e.overriddenProfileIds.map(label).join(', ');
  switch (e.reason) {
    case 'union': return `from ${label(e.fromProfileId)}`;
    case 'main-wins': return `main profile's value kept over ${others}`;
    case 'first-merged-wins': return `main has none; first merged profile with a value (${label(e.fromProfileId)}) wins over ${others}`;
    case 'source-picked': return `picked from ${label(e.fromProfileId)}${others ? ` over ${others}` : ''}`;
    case 'source-picked-empty': return `picked empty value from ${label(e.fromProfileId)}: the field is removed`;
  }
}

/** The merged value as display text (addresses and preferences flattened). */
export function provenanceValueText(value: FieldExplanation['value']): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if ('Phone' in value || 'Email' in value) return JSON.stringify(value);
  return Object.values(value).filter(Boolean).join(', ');
}
