// The profile view's reads, one function per section, each over the API facade only (no vscode), so the
// controller's behaviour is testable against the sandbox or a recording fake. Throttling is retried by the SDK.
import * as l10n from '@vscode/l10n';
import type { CustomerProfilesApi } from '../../../aws/client';
import { addKeyChoices, deriveProfileKeys, keyDerivationNote, type AddedKeyRecord, type ProfileObjectInput } from '../../../shared/profiles/keys';
import { isoTime, objectView, type ObjectView, type SimilarGroupView } from '../../../shared/profiles/presentation';
import type { KeysSectionData, MatchType, SimilarSectionData } from '../../../shared/profiles/protocol';
import type { ObjectTypeDefinition } from '../../../shared/objectTypes/types';
import type { ProfileRef } from '../profileRef';

export type ProfileViewApi = Pick<CustomerProfilesApi, 'call' | 'fetchPage' | 'pages'>;

export const OBJECTS_PAGE = 10;
export const HISTORY_PAGE = 25;
/** Bounds of the key derivation (objects read per type, ADDED_PROFILE_KEY records read). */
const KEY_OBJECT_PAGES = 5;
const MAX_ADDED_KEY_RECORDS = 20;

/** The profile as SearchProfiles `_profileId` returns it (there is no GetProfile); undefined = it is gone. */
export async function readProfile(api: ProfileViewApi, ref: ProfileRef): Promise<Record<string, unknown> | undefined> {
  const out = await api.call('SearchProfiles', { DomainName: ref.domainName, KeyName: '_profileId', Values: [ref.profileId] });
  return (out.Items ?? []).find((p) => p.ProfileId === ref.profileId) as Record<string, unknown> | undefined;
}

export async function objectTypeNames(api: ProfileViewApi, domainName: string): Promise<string[]> {
  const names: string[] = [];
  for await (const page of api.pages('ListProfileObjectTypes', { DomainName: domainName }, { pageSize: 100 })) {
    for (const t of page.items) if (t.ObjectTypeName) names.push(t.ObjectTypeName);
  }
  return names.sort();
}

export async function objectsPage(api: ProfileViewApi, ref: ProfileRef, objectTypeName: string, nextToken: string | undefined): Promise<{ objects: ObjectView[]; nextToken?: string }> {
  const page = await api.fetchPage('ListProfileObjects', { DomainName: ref.domainName, ObjectTypeName: objectTypeName, ProfileId: ref.profileId }, nextToken, { pageSize: OBJECTS_PAGE });
  return { objects: page.items.map((i) => objectView(i as Record<string, unknown>)), nextToken: page.nextToken };
}

export async function objectTypeDefinitions(api: ProfileViewApi, domainName: string, names: readonly string[]): Promise<ObjectTypeDefinition[]> {
  return Promise.all(names.map(async (n) => (await api.call('GetProfileObjectType', { DomainName: domainName, ObjectTypeName: n })) as ObjectTypeDefinition));
}

export async function readKeys(api: ProfileViewApi, ref: ProfileRef): Promise<KeysSectionData & { choices: string[] }> {
  const types = await objectTypeDefinitions(api, ref.domainName, await objectTypeNames(api, ref.domainName));
  const objects: ProfileObjectInput[] = [];
  let capped = false;
  for (const t of types) {
    let pages = 0;
    for await (const page of api.pages('ListProfileObjects', { DomainName: ref.domainName, ObjectTypeName: t.ObjectTypeName!, ProfileId: ref.profileId }, { pageSize: 100, maxPages: KEY_OBJECT_PAGES })) {
      pages++;
      for (const i of page.items) objects.push({ objectTypeName: t.ObjectTypeName!, uniqueKey: i.ProfileObjectUniqueKey ?? '', objectText: i.Object ?? '' });
      if (pages === KEY_OBJECT_PAGES && page.nextToken) capped = true;
    }
  }
  const added: AddedKeyRecord[] = [];
  const listed = await api.fetchPage('ListProfileHistoryRecords', { DomainName: ref.domainName, ProfileId: ref.profileId, ActionType: 'ADDED_PROFILE_KEY' }, undefined, { pageSize: 100 });
  const records = listed.items.slice(0, MAX_ADDED_KEY_RECORDS);
  if (listed.items.length > records.length || listed.nextToken) capped = true;
  for (const r of records) {
    const full = await api.call('GetProfileHistoryRecord', { DomainName: ref.domainName, ProfileId: ref.profileId, Id: r.Id! });
    added.push({ time: isoTime(full.CreatedAt), content: full.Content ?? '' });
  }
  const derivation = keyDerivationNote(capped ? { objects: KEY_OBJECT_PAGES * 100, records: MAX_ADDED_KEY_RECORDS } : undefined);
  return { keys: deriveProfileKeys(types, objects, added), derivation, choices: addKeyChoices(types) };
}

/** GetSimilarProfiles for each matching mode GetDomain says is enabled (SearchKey `_profileId`). */
export async function readSimilar(api: ProfileViewApi, ref: ProfileRef): Promise<SimilarSectionData> {
  const domain = await api.call('GetDomain', { DomainName: ref.domainName });
  const modes: { type: MatchType; enabled: boolean; notEnabled: string; noGroup: string }[] = [
    { type: 'ML_BASED_MATCHING', enabled: !!domain.Matching?.Enabled,
      notEnabled: l10n.t('ML matching is not enabled on {0}.', ref.domainName), noGroup: l10n.t('ML matching: this profile is in no match group.') },
    { type: 'RULE_BASED_MATCHING', enabled: !!domain.RuleBasedMatching?.Enabled,
      notEnabled: l10n.t('Rule-based matching is not enabled on {0}.', ref.domainName), noGroup: l10n.t('Rule-based matching: this profile is in no match group.') },
  ];
  const groups: SimilarGroupView[] = [];
  const notes: string[] = [];
  for (const mode of modes) {
    if (!mode.enabled) { notes.push(mode.notEnabled); continue; }
    const out = await api.call('GetSimilarProfiles', { DomainName: ref.domainName, MatchType: mode.type, SearchKey: '_profileId', SearchValue: ref.profileId, MaxResults: 100 });
    const others = (out.ProfileIds ?? []).filter((id) => id !== ref.profileId);
    if (!out.MatchId || others.length === 0) { notes.push(mode.noGroup); continue; }
    groups.push({
      matchType: mode.type, matchId: out.MatchId, otherProfileIds: others,
      ...(out.RuleLevel !== undefined ? { ruleLevel: out.RuleLevel } : {}),
      ...(out.ConfidenceScore !== undefined ? { confidenceScore: out.ConfidenceScore } : {}),
    });
  }
  return { groups, notes };
}
