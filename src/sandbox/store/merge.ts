// MergeProfiles applied to the store: field merging is the shared pure function (core/mergeRules);
// this file moves keys and objects to the main profile, deletes the merged profiles and shrinks the
// match groups that referenced them.
import { mergeProfileRecords } from '../../shared/mergeRules';
import type { FieldSourceProfileIds } from '../../shared/profile';
import { badRequest, notFound } from '../errors';
import { moveProvenance } from './objects';
import { recordMerge, SERVICE_PRINCIPAL } from './history';
import { profilesChanged } from './profileEvents';
import type { DomainState, MatchGroupState, StoredProfile } from './types';

export function mergeProfilesInDomain(
  d: DomainState,
  mainId: string,
  idsToMerge: readonly string[],
  fieldSources: FieldSourceProfileIds | undefined,
  now: number,
  performedBy: string = SERVICE_PRINCIPAL,
): void {
  removeProfilesFromGroups(d, new Set(applyMerge(d, mainId, idsToMerge, fieldSources, now, performedBy)));
}

/** The merge without the group clean-up (auto-merging applies many merges, then shrinks groups once). Returns the deleted ids. */
export function applyMerge(
  d: DomainState,
  mainId: string,
  idsToMerge: readonly string[],
  fieldSources: FieldSourceProfileIds | undefined,
  now: number,
  /** Who merged, for the history records: the API caller (MergeProfiles) or the service (auto-merge). */
  performedBy: string = SERVICE_PRINCIPAL,
): string[] {
  const main = d.profiles.get(mainId);
  if (!main) throw notFound(`Profile ${mainId} does not exist in domain ${d.DomainName}.`);
  const ids = [...new Set(idsToMerge)];
  if (ids.includes(mainId)) throw badRequest('ProfileIdsToBeMerged must not contain MainProfileId.');
  const others: StoredProfile[] = ids.map((id) => {
    const p = d.profiles.get(id);
    if (!p) throw notFound(`Profile ${id} does not exist in domain ${d.DomainName}.`);
    return p;
  });
  checkFieldSources(fieldSources, new Set([mainId, ...ids]));

  const merged = mergeProfileRecords(main.profile, others.map((p) => p.profile), fieldSources);
  main.profile = { ...merged, ProfileId: mainId };
  for (const other of others) {
    moveKeys(other, main);
    moveObjects(other, main, mainId);
    moveProvenance(other, main);
    for (const t of other.sourceObjectTypes) if (!main.sourceObjectTypes.includes(t)) main.sourceObjectTypes.push(t);
    d.profiles.delete(other.profile.ProfileId);
  }
  main.lastUpdatedAt = now;
  recordMerge(d, main.profile, others.map((p) => p.profile), fieldSources, now, performedBy);
  profilesChanged(d, [mainId], ids);
  return ids;
}

function checkFieldSources(fieldSources: FieldSourceProfileIds | undefined, allowed: ReadonlySet<string>): void {
  if (!fieldSources) return;
  const check = (path: string, id: unknown): void => {
    if (typeof id === 'string' && !allowed.has(id)) {
      throw badRequest(`FieldSourceProfileIds.${path}: ${id} is neither MainProfileId nor in ProfileIdsToBeMerged.`);
    }
  };
  for (const [field, value] of Object.entries(fieldSources)) {
    if (field === 'Attributes' && value && typeof value === 'object') {
      for (const [attr, id] of Object.entries(value)) check(`Attributes.${attr}`, id);
    } else check(field, value);
  }
}

function moveKeys(from: StoredProfile, to: StoredProfile): void {
  for (const [name, values] of from.keys) {
    const target = to.keys.get(name) ?? [];
    for (const v of values) if (!target.includes(v)) target.push(v);
    to.keys.set(name, target);
  }
}

function moveObjects(from: StoredProfile, to: StoredProfile, toId: string): void {
  for (const [type, byKey] of from.objects) {
    const target = to.objects.get(type) ?? new Map();
    for (const [key, obj] of byKey) target.set(key, { ...obj, ProfileId: toId });
    to.objects.set(type, target);
  }
}

/** Drops deleted profiles from published and in-flight match groups; a group below 2 disappears. */
export function removeProfilesFromGroups(d: DomainState, deleted: ReadonlySet<string>): void {
  const shrink = (groups: MatchGroupState[]): MatchGroupState[] => {
    const out: MatchGroupState[] = [];
    for (const g of groups) {
      const ids = g.ProfileIds.some((id) => deleted.has(id)) ? g.ProfileIds.filter((id) => !deleted.has(id)) : g.ProfileIds;
      if (ids.length >= 2) out.push(ids === g.ProfileIds ? g : { ...g, ProfileIds: ids });
    }
    return out;
  };
  if (d.matches) d.matches.groups = shrink(d.matches.groups);
  for (const job of d.jobs) if (job.pendingGroups) job.pendingGroups = shrink(job.pendingGroups);
}
