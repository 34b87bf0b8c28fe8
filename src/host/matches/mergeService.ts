// A single group's merge from the composer: confirm exactly what will happen, send the MergeProfiles
// call(s) in order, and mark the group merged only when every call succeeded.
import * as l10n from '@vscode/l10n';
import { errorText } from '../../shared/matches/bulkMerge';
import { buildMergeRequests, profilesDeletedBy, type MergeProfilesRequest } from '../../shared/matches/mergeRequests';
import type { MatchGroup } from '../../shared/matches/matchGroup';
import { transition } from '../../shared/matches/reviewState';
import type { MergeContext } from './mergeContext';
import type { MergeRequest } from '../../shared/matches/protocol';
import type { Validated } from './validateWebviewMessage';

export class MergeService {
  constructor(private readonly ctx: MergeContext) {}

  async merge(msg: Validated<MergeRequest>): Promise<void> {
    const { ctx } = this;
    const group = ctx.group(msg.matchId)!;
    if (ctx.mergesInFlight.has(group.matchId)) throw new Error(l10n.t('A merge of this group is already in progress.'));
    const allowed = transition(ctx.review.stateOf(group.matchId), 'merged');
    if (!allowed.ok) throw new Error(allowed.reason);
    const requests = buildMergeRequests(ctx.domain, msg.mainProfileId, msg.profileIdsToBeMerged, msg.fieldSourceProfileIds);
    ctx.mergesInFlight.add(group.matchId);
    try {
      const result = { type: 'mergeResult' as const, requestId: msg.requestId, matchId: group.matchId, callsTotal: requests.length };
      if (!(await this.confirmMerge(requests))) {
        return ctx.post({ ...result, outcome: 'cancelled', callsDone: 0 });
      }
      let callsDone = 0;
      const requestIds: string[] = [];
      try {
        for (const request of requests) {
          const answer = await ctx.backend.mergeProfiles(request);
          if (answer.requestId) requestIds.push(answer.requestId);
          callsDone++;
        }
      } catch (e) {
        ctx.ui.log(`MergeProfiles failed for group ${group.matchId} after ${callsDone} of ${requests.length} calls: ${errorText(e)}`);
        if (callsDone > 0) {
          ctx.profiles.forget(group.profileIds);
          ctx.onMerged?.();
        }
        return ctx.post({ ...result, outcome: 'failed', error: errorText(e), callsDone });
      }
      await this.markMerged(group, requests, requestIds);
      ctx.post({ type: 'reviewStates', states: { [group.matchId]: 'merged' } });
      ctx.post({ ...result, outcome: 'merged', callsDone });
      ctx.onMerged?.();
    } finally {
      ctx.mergesInFlight.delete(group.matchId);
    }
  }

  private confirmMerge(requests: readonly MergeProfilesRequest[]): Promise<boolean> {
    const deleted = profilesDeletedBy(requests);
    const main = requests[0].MainProfileId;
    const calls = requests.length > 1
      ? l10n.t('{0} takes at most 20 profiles per call, so this runs as {1} calls in order, each into the same main profile.', 'MergeProfiles', requests.length)
      : '';
    const effect = deleted === 1
      ? l10n.t('The 1 merged profile is deleted; their keys and objects move to the main profile.')
      : l10n.t('The {0} merged profiles are deleted; their keys and objects move to the main profile.', deleted);
    return this.ctx.ui.confirm(
      deleted === 1 ? l10n.t('Merge 1 profile into {0}? This cannot be undone.', main) : l10n.t('Merge {0} profiles into {1}? This cannot be undone.', deleted, main),
      [effect, calls].filter(Boolean).join(' '),
      l10n.t('Merge'),
    );
  }

  private async markMerged(group: MatchGroup, requests: readonly MergeProfilesRequest[], requestIds: readonly string[]): Promise<void> {
    await this.ctx.review.set(group, 'merged');
    this.ctx.profiles.forget(group.profileIds);
    const ids = requestIds.length ? `, request id${requestIds.length === 1 ? '' : 's'} ${requestIds.join(', ')}` : '';
    this.ctx.ui.log(`Merged group ${group.matchId}: ${profilesDeletedBy(requests)} profile(s) into ${requests[0].MainProfileId} (${requests.length} MergeProfiles call(s)${ids}).`);
  }
}
