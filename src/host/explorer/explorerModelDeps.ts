// What ExplorerModel (explorerModel.ts) needs from its host, and the state it reports. Pure types.
import type { CustomerProfilesApi } from '../../aws/client';
import type { ErrorDescription } from '../../shared/describeError';
import type { Logger } from '../../shared/logger';
import type { ExplorerNode } from './nodes';
import type { ProfileSearchRowsFactory } from './profilesItems';
import type * as TooltipText from './tooltipText';

/** Drives `viewsWelcome` through the `customerProfiles.explorerState` context key. */
export type ExplorerState = 'loading' | 'ready' | 'noCredentials' | 'noDomains' | 'error';

export interface ExplorerModelDeps {
  /** connectionKey() of the connection the tree shows now. */
  connectionKey(): string;
  api(): Promise<CustomerProfilesApi>;
  describe(err: unknown): ErrorDescription;
  /** The domain and object-type tooltip builders: a lazy bundle, since only a hover needs them. */
  tooltipText(): typeof TooltipText;
  /** The domain-name filter (undefined = all). */
  filter(): string | undefined;
  pageSize(): number;
  autoRefreshJobs(): boolean;
  readonly log: Logger;
  /** A node (undefined = the root) must be rendered again. */
  changed(node: ExplorerNode | undefined): void;
  stateChanged(state: ExplorerState): void;
  /** The domain list failed (not for missing credentials, which shows the welcome view). */
  rootError?(error: ErrorDescription): void;
  /** Job auto-refresh timing (tests shorten it). */
  readonly pollTiming?: { baseMs?: number; capMs?: number };
  readonly profileSearchRows?: ProfileSearchRowsFactory; // rows under Profiles items, lazily loaded (none: no search)
}
