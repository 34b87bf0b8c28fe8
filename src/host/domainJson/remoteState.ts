// Reads a document's resource from the service: the editable subset and its LastUpdatedAt. No vscode.
import type { CustomerProfilesApi } from '../../aws/client';
import type { EditableDomain } from './domainTypes';
import { editableDomain } from './editableDomain';
import { editableObjectType, type EditableObjectType } from './editableObjectType';
import { editableProfile, type EditableProfile } from './editableProfile';
import type { DocumentRef } from './documentUris';
import type { RemoteSnapshot } from './planSave';
import { stableJson } from './stableJson';

export function isNotFound(err: unknown): boolean {
  return (err as { name?: unknown } | undefined)?.name === 'ResourceNotFoundException';
}

const millis = (date: Date | undefined): number => (date instanceof Date ? date.getTime() : 0);

/** The resource behind a document (a draft's future name), or undefined when it does not exist. */
export async function fetchRemote(api: CustomerProfilesApi, ref: DocumentRef): Promise<RemoteSnapshot | undefined> {
  try {
    if (ref.kind === 'domain' || ref.kind === 'newDomain') {
      const domain = await api.call('GetDomain', { DomainName: ref.domainName });
      return { mtime: millis(domain.LastUpdatedAt), editable: editableDomain(domain), ruleBasedStatus: domain.RuleBasedMatching?.Status };
    }
    if (ref.kind === 'profile') {
      // There is no GetProfile: SearchProfiles on `_profileId` is the lookup by id. A profile has no LastUpdatedAt
      // either, so the conflict check compares content (planSave isConflict).
      const found = await api.call('SearchProfiles', { DomainName: ref.domainName, KeyName: '_profileId', Values: [ref.profileId] });
      const profile = found.Items?.find((p) => p.ProfileId === ref.profileId);
      return profile ? { mtime: 0, editable: editableProfile(profile) } : undefined;
    }
    const objectType = await api.call('GetProfileObjectType', { DomainName: ref.domainName, ObjectTypeName: ref.objectTypeName });
    return { mtime: millis(objectType.LastUpdatedAt), editable: editableObjectType(objectType) };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** The document text for a resource: canonical JSON (2 spaces, keys sorted), so equal content prints equal. */
export function renderEditable(editable: EditableDomain | EditableObjectType | EditableProfile): string {
  return stableJson(editable);
}
