// Profile history records (ListProfileHistoryRecords / GetProfileHistoryRecord), written explicitly by every
// mutation site: profileEvents only says "these ids changed", while a history record needs the action, the
// object type, the object's unique key, who did it and the content at that moment.
//
// Sandbox choices (the reference does not pin these down):
// - ObjectTypeName (required on the wire): `_profile` for records about the profile itself (CREATED by
//   CreateProfile, UPDATED, ADDED_PROFILE_KEY, MERGED, DELETED_BY_MERGE, DELETED_BY_CUSTOMER); the object
//   type's name for INGESTED and for the CREATED of a profile that PutProfileObject created.
// - Content (GetProfileHistoryRecord only): the profile as JSON after the action (CREATED, UPDATED,
//   DELETED_BY_CUSTOMER: as it was; a profile PutProfileObject creates is written CREATED while still empty,
//   its values arrive with the INGESTED object), the object exactly as received (INGESTED), {KeyName, Values} (key
//   changes); merges carry the audit trail: {MainProfileId, ProfileIdsToBeMerged, FieldSourceProfileIds?,
//   Profile} where Profile is the merged main profile (MERGED) or the merged-away profile as it was
//   (DELETED_BY_MERGE).
// - PerformedBy: the sandbox authenticates no one, so every API caller is CALLER_ARN (one IAM user of the
//   sandbox's account); what the service does on its own (ML and rule-based auto-merge, the demo's seeded
//   ingestion) is SERVICE_PRINCIPAL.
// - EXPIRED is never written: the sandbox does not expire profiles.
//
// Bounds (history lives in the persisted state, so it must not grow without limit): at most
// MAX_RECORDS_PER_PROFILE per profile (the oldest go first), and the history of at most
// MAX_DELETED_PROFILES deleted (or merged-away) profiles per domain is kept (the earliest deleted go first).
// A deleted profile's history stays listable, like the audit trail it is.
import { createHash } from 'crypto';
import type { FieldSourceProfileIds, ProfileRecord } from '../../shared/profile';
import { ACCOUNT_ID, newId } from '../ids';
import type { DomainHistoryState, DomainState, HistoryActionType, HistoryRecordState } from './types';

export const CALLER_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/sandbox`;
export const SERVICE_PRINCIPAL = 'profile.amazonaws.com';
export const PROFILE_OBJECT_TYPE = '_profile';
export const MAX_RECORDS_PER_PROFILE = 200;
export const MAX_DELETED_PROFILES = 1000;
/** stringifiedJson's max length in the model. */
const MAX_CONTENT = 256000;

export interface HistoryEntry {
  action: HistoryActionType;
  objectTypeName?: string;
  uniqueKey?: string;
  /** A JSON string already, or a value to serialize. */
  content: unknown;
  performedBy?: string;
  /** Deterministic record id (demo data); a random one otherwise. */
  id?: string;
}

function historyOf(d: DomainState): DomainHistoryState {
  d.history ??= { seq: 0, byProfile: new Map(), deleted: [] };
  return d.history;
}

function contentText(content: unknown): string {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  // A history record never fails the mutation it describes: an oversized content is replaced, not cut (cut JSON is no JSON).
  return text.length <= MAX_CONTENT ? text : JSON.stringify({ Truncated: true, Length: text.length });
}

export function recordHistory(d: DomainState, profileId: string, entry: HistoryEntry, now: number): HistoryRecordState {
  const h = historyOf(d);
  const record: HistoryRecordState = {
    Id: entry.id ?? newId(),
    seq: ++h.seq,
    ObjectTypeName: entry.objectTypeName ?? PROFILE_OBJECT_TYPE,
    CreatedAt: now,
    LastUpdatedAt: now,
    ActionType: entry.action,
    ...(entry.uniqueKey !== undefined ? { ProfileObjectUniqueKey: entry.uniqueKey } : {}),
    PerformedBy: entry.performedBy ?? CALLER_ARN,
    Content: contentText(entry.content),
  };
  const list = h.byProfile.get(profileId) ?? [];
  list.push(record);
  if (list.length > MAX_RECORDS_PER_PROFILE) list.splice(0, list.length - MAX_RECORDS_PER_PROFILE);
  h.byProfile.set(profileId, list);
  return record;
}

/** The profile is gone: its history is kept, but only for the latest MAX_DELETED_PROFILES deleted profiles. */
function markDeleted(d: DomainState, profileId: string): void {
  const h = historyOf(d);
  h.deleted.push(profileId);
  while (h.deleted.length > MAX_DELETED_PROFILES) {
    const dropped = h.deleted.shift();
    if (dropped !== undefined && !d.profiles.has(dropped)) h.byProfile.delete(dropped);
  }
}

export function recordDeleted(d: DomainState, profile: ProfileRecord, now: number): void {
  recordHistory(d, profile.ProfileId, { action: 'DELETED_BY_CUSTOMER', content: profile }, now);
  markDeleted(d, profile.ProfileId);
}

/** A PutProfileObject: INGESTED (performed by the caller unless said otherwise). */
export function recordIngested(d: DomainState, profileId: string, objectTypeName: string, uniqueKey: string, objectText: string, now: number): void {
  recordHistory(d, profileId, { action: 'INGESTED', objectTypeName, uniqueKey, content: objectText }, now);
}

/** One merge: MERGED on the main profile, DELETED_BY_MERGE on each merged-away one, all naming the merge's ids. */
export function recordMerge(
  d: DomainState,
  main: ProfileRecord,
  mergedAway: readonly ProfileRecord[],
  fieldSources: FieldSourceProfileIds | undefined,
  now: number,
  performedBy: string,
): void {
  const audit = {
    MainProfileId: main.ProfileId,
    ProfileIdsToBeMerged: mergedAway.map((p) => p.ProfileId),
    ...(fieldSources ? { FieldSourceProfileIds: fieldSources } : {}),
  };
  recordHistory(d, main.ProfileId, { action: 'MERGED', content: { ...audit, Profile: main }, performedBy }, now);
  for (const p of mergedAway) {
    recordHistory(d, p.ProfileId, { action: 'DELETED_BY_MERGE', content: { ...audit, Profile: p }, performedBy }, now);
    markDeleted(d, p.ProfileId);
  }
}

/** The history a demo profile would have: created by ingesting its source object. Record ids are seeded. */
export function recordDemoIngestion(d: DomainState, profile: ProfileRecord, objectTypeName: string, uniqueKey: string, objectText: string, at: number): void {
  const id = (n: number): string => createHash('sha256').update(`demo-history:${d.DomainName}:${profile.ProfileId}:${n}`).digest('hex').slice(0, 32);
  const base = { objectTypeName, performedBy: SERVICE_PRINCIPAL };
  recordHistory(d, profile.ProfileId, { ...base, action: 'CREATED', content: profile, id: id(0) }, at);
  recordHistory(d, profile.ProfileId, { ...base, action: 'INGESTED', uniqueKey, content: objectText, id: id(1) }, at);
}

/** A profile's records, newest first (what ListProfileHistoryRecords pages over). */
export function profileHistory(d: DomainState, profileId: string): HistoryRecordState[] {
  return [...(d.history?.byProfile.get(profileId) ?? [])].reverse();
}

export const hasHistory = (d: DomainState, profileId: string): boolean => (d.history?.byProfile.get(profileId)?.length ?? 0) > 0;
