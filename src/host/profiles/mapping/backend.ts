// The three calls the mapping preview makes, over the connection it was opened with. pinnedMappingBackend
// refuses every call once that connection stopped being the current one, so a preview never calls the new
// connection with the old connection's domain, object type or profile ids.
import * as l10n from '@vscode/l10n';
import type { CustomerProfilesApi } from '../../../aws/client';
import { profileDisplayName, type FoundProfile } from '../../../shared/objectTypes/attachDecision';
import type { ObjectTypeDefinition } from '../../../shared/objectTypes/types';

export interface FoundProfiles {
  readonly profiles: readonly FoundProfile[];
  /** The search had more results than asked for. */
  readonly more: boolean;
}

export interface MappingBackend {
  getObjectType(domainName: string, objectTypeName: string): Promise<ObjectTypeDefinition>;
  /** SearchProfiles with one key and value: the first few profiles. */
  searchProfiles(domainName: string, keyName: string, value: string): Promise<FoundProfiles>;
  /** PutProfileObject; resolves with the ProfileObjectUniqueKey. */
  putProfileObject(domainName: string, objectTypeName: string, objectText: string): Promise<string>;
}

const SEARCH_PAGE = 5;

export function createAwsMappingBackend(api: CustomerProfilesApi): MappingBackend {
  return {
    async getObjectType(domainName, objectTypeName) {
      const out = await api.call('GetProfileObjectType', { DomainName: domainName, ObjectTypeName: objectTypeName });
      return out as ObjectTypeDefinition;
    },
    async searchProfiles(domainName, keyName, value) {
      const out = await api.call('SearchProfiles', { DomainName: domainName, KeyName: keyName, Values: [value], MaxResults: SEARCH_PAGE });
      const profiles = (out.Items ?? []).filter((p) => typeof p.ProfileId === 'string').map((p) => ({ profileId: p.ProfileId as string, name: profileDisplayName(p) }));
      return { profiles, more: out.NextToken !== undefined };
    },
    async putProfileObject(domainName, objectTypeName, objectText) {
      const out = await api.call('PutProfileObject', { DomainName: domainName, ObjectTypeName: objectTypeName, Object: objectText });
      return out.ProfileObjectUniqueKey ?? '';
    },
  };
}

export function pinnedMappingBackend(backend: MappingBackend, isStillCurrent: () => boolean, label: string): MappingBackend {
  const check = (): void => {
    if (!isStillCurrent()) throw new Error(l10n.t('The connection changed since this preview opened ({0}). Run Test Mapping with Sample again.', label));
  };
  return {
    getObjectType: async (...a) => { check(); return backend.getObjectType(...a); },
    searchProfiles: async (...a) => { check(); return backend.searchProfiles(...a); },
    putProfileObject: async (...a) => { check(); return backend.putProfileObject(...a); },
  };
}
