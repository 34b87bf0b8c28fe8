// The domain's search keys for the picker: the standard keys plus the Keys of every object type (GetProfileObjectType
// of each listed type, a few at a time), read on first use per connection and domain and kept until the window closes.
import type { CustomerProfilesApi } from '../../../aws/client';
import { searchKeyCatalog, type ObjectTypeKeys, type SearchKeyChoice } from './keyCatalog';

const CONCURRENCY = 4;

export interface KeyCatalog {
  readonly keys: readonly SearchKeyChoice[];
  /** Why the object types' keys are missing (the standard keys are still offered). */
  readonly error?: unknown;
}

export class SearchKeyLoader {
  private readonly loaded = new Map<string, Promise<ObjectTypeKeys[]>>();

  async catalog(connectionKey: string, domainName: string, api: () => Promise<CustomerProfilesApi>): Promise<KeyCatalog> {
    const scope = JSON.stringify([connectionKey, domainName]);
    let types = this.loaded.get(scope);
    if (!types) {
      types = readTypeKeys(api, domainName);
      this.loaded.set(scope, types);
    }
    try {
      return { keys: searchKeyCatalog(await types) };
    } catch (error) {
      this.loaded.delete(scope); // next use tries again
      return { keys: searchKeyCatalog([]), error };
    }
  }
}

async function readTypeKeys(apiOf: () => Promise<CustomerProfilesApi>, domainName: string): Promise<ObjectTypeKeys[]> {
  const api = await apiOf();
  const names: string[] = [];
  for await (const page of api.pages('ListProfileObjectTypes', { DomainName: domainName }, { pageSize: 100, maxPages: 10 })) {
    names.push(...page.items.map((t) => t.ObjectTypeName ?? '').filter(Boolean));
  }
  const out: ObjectTypeKeys[] = [];
  for (let i = 0; i < names.length; i += CONCURRENCY) {
    const batch = await Promise.all(names.slice(i, i + CONCURRENCY).map(async (ObjectTypeName) => {
      const t = await api.call('GetProfileObjectType', { DomainName: domainName, ObjectTypeName });
      return { objectTypeName: ObjectTypeName, keyNames: Object.keys(t.Keys ?? {}) };
    }));
    out.push(...batch);
  }
  return out;
}
