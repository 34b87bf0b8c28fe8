// What Search Profiles… needs of the explorer (ExplorerTreeDataProvider implements it): show a search's results under
// the domain's Profiles item, clear them. Types only, so the command does not depend on the tree's code.
import type { ProfileQuery } from './query';

export interface ProfileSearchOutcome {
  readonly shown: number;
  readonly more: boolean;
}

export interface ProfileSearchTree {
  /** Runs the search; once its first page answered it replaces the domain's shown results. Throws otherwise. */
  searchProfiles(domainName: string, query: ProfileQuery): Promise<ProfileSearchOutcome>;
  clearProfileSearch(domainName: string): void;
}
