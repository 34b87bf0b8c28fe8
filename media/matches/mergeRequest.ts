// One group's merge from the composer: the group is locked (no second merge, no state change) while the host
// asks for the confirmation and runs MergeProfiles; a failure stays on the group, with how far it got.
import * as l10n from '@vscode/l10n';
import type { FieldSourceProfileIds } from '../../src/shared/profile';
import { errorMessage } from './banner';
import type { HostClient } from './hostClient';
import type { MatchesStore } from './store';

export interface MergeInput {
  readonly matchId: string;
  readonly mainProfileId: string;
  readonly profileIdsToBeMerged: string[];
  readonly fieldSourceProfileIds: FieldSourceProfileIds;
}

export function requestMerge(client: HostClient, store: MatchesStore, input: MergeInput, on: { redraw(): void; merged(): void }): void {
  const { matchId } = input;
  if (store.locked.has(matchId)) return;
  store.locked.add(matchId);
  store.groupErrors.delete(matchId);
  on.redraw();
  client.request({ type: 'merge', ...input })
    .then((result) => {
      if (result.outcome === 'merged') on.merged();
      if (result.outcome === 'failed') {
        const error = result.error ?? l10n.t('unknown error');
        store.groupErrors.set(matchId, result.callsDone > 0
          ? l10n.t('{0} failed: {1} ({2} of {3} {0} calls had already succeeded; reload to see the current profiles)', 'MergeProfiles', error, result.callsDone, result.callsTotal)
          : l10n.t('{0} failed: {1}', 'MergeProfiles', error));
      }
    })
    .catch((e: unknown) => store.groupErrors.set(matchId, errorMessage(e)))
    .finally(() => {
      store.locked.delete(matchId);
      on.redraw();
    });
}
