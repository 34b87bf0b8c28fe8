// One group's merge from the composer: the group is locked (no second merge, no state change) while the host
// asks for the confirmation and runs MergeProfiles; a failure stays on the group, with how far it got.
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
        const partial = result.callsDone > 0 ? ` (${result.callsDone} of ${result.callsTotal} MergeProfiles calls had already succeeded; reload to see the current profiles)` : '';
        store.groupErrors.set(matchId, `MergeProfiles failed: ${result.error ?? 'unknown error'}${partial}`);
      }
    })
    .catch((e: unknown) => store.groupErrors.set(matchId, errorMessage(e)))
    .finally(() => {
      store.locked.delete(matchId);
      on.redraw();
    });
}
