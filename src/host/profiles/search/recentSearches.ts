// Recent profile searches per connection (connection.key()) and domain: most recent first, de-duplicated,
// bounded, kept in the extension's globalState. The list logic is pure; the store needs only get/update.
import { isProfileQuery, queryIdentity, type ProfileQuery } from './query';

export const MAX_RECENT_SEARCHES = 8;
export const RECENT_SEARCHES_STATE_KEY = 'customerProfiles.recentProfileSearches';

/** `query` first, an equal earlier search removed, at most `max`. */
export function withRecent(list: readonly ProfileQuery[], query: ProfileQuery, max = MAX_RECENT_SEARCHES): ProfileQuery[] {
  const id = queryIdentity(query);
  return [query, ...list.filter((q) => queryIdentity(q) !== id)].slice(0, max);
}

/** The scope of one list: a connection and a domain. */
export function recentScope(connectionKey: string, domainName: string): string {
  return JSON.stringify([connectionKey, domainName]);
}

/** The part of vscode.Memento the store uses. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

type Saved = Record<string, unknown>;

export class RecentSearches {
  constructor(private readonly state: StateStore) {}

  list(connectionKey: string, domainName: string): ProfileQuery[] {
    const saved = this.state.get<Saved>(RECENT_SEARCHES_STATE_KEY)?.[recentScope(connectionKey, domainName)];
    // Saved by another version or edited by hand: keep what is still a valid search.
    return Array.isArray(saved) ? saved.filter(isProfileQuery).slice(0, MAX_RECENT_SEARCHES) : [];
  }

  async remember(connectionKey: string, domainName: string, query: ProfileQuery): Promise<void> {
    const all: Saved = { ...(this.state.get<Saved>(RECENT_SEARCHES_STATE_KEY) ?? {}) };
    all[recentScope(connectionKey, domainName)] = withRecent(this.list(connectionKey, domainName), query);
    await this.state.update(RECENT_SEARCHES_STATE_KEY, all);
  }
}
