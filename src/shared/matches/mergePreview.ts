// The live merge preview of the composer: the merged profile computed with the shared MergeProfiles rules
// (src/shared/mergeRules.ts, also used by the sandbox), per-field provenance, and the exact request(s).
import * as l10n from '@vscode/l10n';
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
  if (!main) throw new Error(l10n.t('The main profile {0} is not among the group\'s loaded profiles.', mainProfileId));
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
    case 'union': return l10n.t('from {0}', label(e.fromProfileId));
    case 'main-wins': return l10n.t('main profile\'s value kept over {0}', others);
    case 'first-merged-wins': return l10n.t('main has none; first merged profile with a value ({0}) wins over {1}', label(e.fromProfileId), others);
    case 'source-picked': return others ? l10n.t('picked from {0} over {1}', label(e.fromProfileId), others) : l10n.t('picked from {0}', label(e.fromProfileId));
    case 'source-picked-empty': return l10n.t('picked empty value from {0}: the field is removed', label(e.fromProfileId));
  }
}

/** The merged value as display text (addresses and preferences flattened). */
export function provenanceValueText(value: FieldExplanation['value']): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if ('Phone' in value || 'Email' in value) return JSON.stringify(value);
  return Object.values(value).filter(Boolean).join(', ');
}
