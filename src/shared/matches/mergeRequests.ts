// Turns a composed merge into the exact MergeProfiles request(s). ProfileIdsToBeMerged holds at most 20 ids,
// so bigger groups become several calls into the same main profile, run in order.
import * as l10n from '@vscode/l10n';
import type { FieldSourceProfileIds } from '../profile';
import { chunk } from './chunk';
import { fieldSourceEntries, setFieldSource } from './fieldSources';
import { MERGE_IDS_PER_CALL } from './limits';

/** MergeProfilesRequest as sent on the wire (PascalCase), without SDK types so it stays pure. */
export interface MergeProfilesRequest {
  readonly DomainName: string;
  readonly MainProfileId: string;
  readonly ProfileIdsToBeMerged: readonly string[];
  readonly FieldSourceProfileIds?: FieldSourceProfileIds;
}

/**
 * A pick stays correct across chunks: a field picked from profile P is sent with the chunk that contains P
 * (so P's value, even empty, replaces main's), and in every later chunk it is pinned to the main profile,
 * which by then holds P's value — otherwise a later chunk could fill a picked empty value back in (union).
 * Earlier chunks leave it out; P's chunk overrides whatever they did. Picks of the main profile go everywhere.
 */
export function buildMergeRequests(
  domain: string, mainProfileId: string, profileIdsToBeMerged: readonly string[],
  fieldSources: FieldSourceProfileIds = {}, idsPerCall = MERGE_IDS_PER_CALL,
): MergeProfilesRequest[] {
  if (profileIdsToBeMerged.length === 0) throw new Error(l10n.t('Nothing to merge: {0} is empty.', 'ProfileIdsToBeMerged'));
  if (profileIdsToBeMerged.includes(mainProfileId)) throw new Error(l10n.t('The main profile cannot also be merged into itself.'));
  const chunks = chunk(profileIdsToBeMerged, idsPerCall);
  const chunkOf = new Map<string, number>();
  chunks.forEach((ids, i) => ids.forEach((id) => chunkOf.set(id, i)));
  const entries = fieldSourceEntries(fieldSources);
  for (const [key, id] of entries) {
    if (id !== mainProfileId && !chunkOf.has(id)) throw new Error(l10n.t('{0} names {1}, which is not part of this merge.', `FieldSourceProfileIds.${key}`, id));
  }
  return chunks.map((ids, i) => {
    let sources: FieldSourceProfileIds = {};
    for (const [key, id] of entries) {
      const pickedChunk = id === mainProfileId ? -1 : chunkOf.get(id)!;
      if (pickedChunk === i) sources = setFieldSource(sources, key, id);
      else if (pickedChunk < i) sources = setFieldSource(sources, key, mainProfileId);
    }
    const request: MergeProfilesRequest = { DomainName: domain, MainProfileId: mainProfileId, ProfileIdsToBeMerged: ids };
    return fieldSourceEntries(sources).length ? { ...request, FieldSourceProfileIds: sources } : request;
  });
}

/** How many profiles a merge deletes: every id in ProfileIdsToBeMerged. */
export function profilesDeletedBy(requests: readonly MergeProfilesRequest[]): number {
  return requests.reduce((n, r) => n + r.ProfileIdsToBeMerged.length, 0);
}
