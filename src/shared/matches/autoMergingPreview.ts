// GetAutoMergingPreview from a domain document as the user is editing it (unsaved text included): which request the
// `Matching.AutoMerging` block maps onto, why it cannot be sent yet, and how to say what the service answered. Pure.
// The request is checked against the model's constraints here, so a half-typed block gets a clear sentence instead of
// a BadRequestException; the recommendation the API documents ("include at least two matching attributes") is a
// warning, not a refusal.
import * as l10n from '@vscode/l10n';

export interface AutoMergingPreviewRequest {
  readonly Consolidation: { readonly MatchingAttributesList: string[][] };
  readonly ConflictResolution: { readonly ConflictResolvingModel: 'RECENCY' | 'SOURCE'; readonly SourceName?: string };
  readonly MinAllowedConfidenceScoreForMerging?: number;
}

export type AutoMergingPreviewPlan =
  | { readonly ok: true; readonly request: AutoMergingPreviewRequest; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problem: string };

export interface AutoMergingPreviewCounts {
  readonly NumberOfMatchesInSample?: number;
  readonly NumberOfProfilesInSample?: number;
  readonly NumberOfProfilesWillBeMerged?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const refuse = (problem: string): AutoMergingPreviewPlan => ({ ok: false, problem });

/** The document's `Matching.AutoMerging` → GetAutoMergingPreview's members (DomainName is the document's). */
export function planAutoMergingPreview(document: unknown): AutoMergingPreviewPlan {
  const autoMerging = isRecord(document) && isRecord(document.Matching) ? document.Matching.AutoMerging : undefined;
  if (!isRecord(autoMerging)) return refuse(l10n.t('The document has no Matching.AutoMerging block to preview.'));

  const lists = isRecord(autoMerging.Consolidation) ? autoMerging.Consolidation.MatchingAttributesList : undefined;
  if (!Array.isArray(lists) || lists.length === 0) {
    return refuse(l10n.t('AutoMerging.Consolidation.MatchingAttributesList needs at least one list of attributes.'));
  }
  if (lists.length > 10) return refuse(l10n.t('MatchingAttributesList allows at most 10 lists; this one has {0}.', lists.length));
  const attributeLists: string[][] = [];
  for (const [i, list] of lists.entries()) {
    const valid = Array.isArray(list) && list.length >= 1 && list.length <= 20
      && list.every((a) => typeof a === 'string' && a.length >= 1 && a.length <= 255);
    if (!valid) return refuse(l10n.t('MatchingAttributesList[{0}] must be a list of 1 to 20 attribute names (non-empty text).', i));
    attributeLists.push([...(list as string[])]);
  }

  const resolution = autoMerging.ConflictResolution;
  const model = isRecord(resolution) ? resolution.ConflictResolvingModel : undefined;
  if (model !== 'RECENCY' && model !== 'SOURCE') {
    return refuse(l10n.t('AutoMerging.ConflictResolution.ConflictResolvingModel must be RECENCY or SOURCE.'));
  }
  const sourceName = isRecord(resolution) ? resolution.SourceName : undefined;
  if (model === 'SOURCE' && (typeof sourceName !== 'string' || sourceName.length === 0 || sourceName.length > 255)) {
    return refuse(l10n.t('ConflictResolvingModel SOURCE needs a SourceName: the object type whose data wins a conflict.'));
  }

  const min = autoMerging.MinAllowedConfidenceScoreForMerging;
  if (min !== undefined && (typeof min !== 'number' || !(min >= 0 && min <= 1))) {
    return refuse(l10n.t('MinAllowedConfidenceScoreForMerging must be a number from 0 to 1.'));
  }

  const warnings: string[] = [];
  const single = attributeLists.flatMap((list, i) => (list.length === 1 ? [i] : []));
  if (single.length > 0) {
    warnings.push(l10n.t('List(s) {0} match on a single attribute: the API recommends at least two, or many profiles may be merged wrongly.', single.join(', ')));
  }
  if (autoMerging.Enabled !== true) {
    warnings.push(l10n.t('AutoMerging.Enabled is not true: the preview shows what these settings would do, but the job will not auto-merge.'));
  }
  return {
    ok: true,
    warnings,
    request: {
      Consolidation: { MatchingAttributesList: attributeLists },
      ConflictResolution: model === 'SOURCE' ? { ConflictResolvingModel: model, SourceName: sourceName as string } : { ConflictResolvingModel: model },
      ...(min !== undefined ? { MinAllowedConfidenceScoreForMerging: min } : {}),
    },
  };
}

const count = (n: number | undefined): string => (n === undefined ? '?' : n.toLocaleString('en-US'));

/** One line for the CodeLens and the notification. */
export function describeAutoMergingPreview(counts: AutoMergingPreviewCounts): string {
  return l10n.t('{0} of {1} profiles in {2} sampled match groups would be merged',
    count(counts.NumberOfProfilesWillBeMerged), count(counts.NumberOfProfilesInSample), count(counts.NumberOfMatchesInSample));
}
