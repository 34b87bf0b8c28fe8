// A panel keeps the backend of the connection it opened with (panel.ts wraps it). Lives in the lazily loaded
// matches bundle, not in connectionDeps.ts (entry bundle): only an open panel needs it.
import * as l10n from '@vscode/l10n';
import type { MatchesBackend } from './backend';

/**
 * A panel keeps the backend of the connection it opened with. If the user switches connection meanwhile,
 * its group and profile ids belong to the old one: every call then fails with a clear message instead of
 * reaching the new account (or a disposed client).
 */
export function pinnedToConnection(backend: MatchesBackend, isStillCurrent: () => boolean, label: string): MatchesBackend {
  const check = (): void => {
    if (!isStillCurrent()) throw new Error(l10n.t('The connection changed since this panel opened ({0}). Close the panel and run Review Matches again.', label));
  };
  return {
    getDomain: async (...a) => { check(); return backend.getDomain(...a); },
    getMatchesPage: async (...a) => { check(); return backend.getMatchesPage(...a); },
    batchGetProfiles: async (...a) => { check(); return backend.batchGetProfiles(...a); },
    mergeProfiles: async (...a) => { check(); return backend.mergeProfiles(...a); },
    listRuleBasedMatchesPage: async (...a) => { check(); return backend.listRuleBasedMatchesPage(...a); },
    getRuleBasedGroup: async (...a) => { check(); return backend.getRuleBasedGroup(...a); },
  };
}
