// Detects that a panel's domain no longer exists (deleted in another window, by the CLI, or by Delete
// Domain here before the panel heard of it): a ResourceNotFoundException (HTTP 404) from GetDomain or
// GetMatches means the domain is gone. BatchGetProfile and MergeProfiles also answer 404 for a missing
// *profile*, so for them GetDomain is asked before the panel is declared gone.
import * as l10n from '@vscode/l10n';
import type { MatchesBackend } from './backend';

/** True for the service's "not found" error, however the SDK surfaced it. */
export function isNotFound(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, $metadata } = e as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return name === 'ResourceNotFoundException' || $metadata?.httpStatusCode === 404;
}

/** The backend, reporting `onGone(reason)` once a call shows the domain is gone; errors are still thrown. */
export function watchForDomainGone(backend: MatchesBackend, domain: string, onGone: (reason: string) => void): MatchesBackend {
  const reason = l10n.t('The domain {0} no longer exists (it was deleted). Nothing in this panel can be changed any more.', domain);
  const gone = (e: unknown): never => {
    onGone(reason);
    throw e;
  };
  const confirmGone = async (e: unknown): Promise<never> => {
    if (!isNotFound(e)) throw e;
    try {
      await backend.getDomain(domain);
    } catch (lookup) {
      if (isNotFound(lookup)) gone(e);
    }
    throw e;
  };
  return {
    getDomain: (d, signal) => backend.getDomain(d, signal).catch((e: unknown) => (isNotFound(e) ? gone(e) : Promise.reject(e))),
    getMatchesPage: (d, token, signal) => backend.getMatchesPage(d, token, signal).catch((e: unknown) => (isNotFound(e) ? gone(e) : Promise.reject(e))),
    batchGetProfiles: (d, ids, signal) => backend.batchGetProfiles(d, ids, signal).catch(confirmGone),
    mergeProfiles: (request) => backend.mergeProfiles(request).catch(confirmGone),
    listRuleBasedMatchesPage: (d, token, signal) => backend.listRuleBasedMatchesPage(d, token, signal).catch((e: unknown) => (isNotFound(e) ? gone(e) : Promise.reject(e))),
    // A 404 here means the MatchId is gone (the backend answers undefined); any other 404 is checked with GetDomain.
    getRuleBasedGroup: (d, id, signal) => backend.getRuleBasedGroup(d, id, signal).catch(confirmGone),
  };
}
