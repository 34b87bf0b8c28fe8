// The persisted domain-name filter of the explorer. Matching is pure; storage is any Memento.

/** Case-insensitive substring match; `*` matches any run of characters. Empty filter = everything. */
export function matchesDomainFilter(domainName: string, filter: string | undefined): boolean {
  const f = filter?.trim().toLowerCase();
  if (!f) return true;
  const name = domainName.toLowerCase();
  if (!f.includes('*')) return name.includes(f);
  const pattern = f.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(pattern).test(name);
}

/** Structural subset of vscode.Memento, so this file stays free of vscode. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

const KEY = 'customerProfiles.explorer.domainFilter';

export class DomainFilterStore {
  constructor(private readonly state: StateStore) {}

  get value(): string | undefined {
    const v = this.state.get<string>(KEY);
    return v && v.trim() ? v.trim() : undefined;
  }

  async set(filter: string | undefined): Promise<void> {
    await this.state.update(KEY, filter && filter.trim() ? filter.trim() : undefined);
  }
}
