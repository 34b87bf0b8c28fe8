// Export of the loaded groups: MatchId, score, ProfileIds, review state, and the names/emails of the
// profiles loaded so far (profiles load lazily; unloaded ones are exported as ids only).
import type { ProfileRecord } from '../profile';
import { toCsv } from './csv';
import type { MatchGroup, MatchSource } from './matchGroup';
import type { ReviewState } from './reviewState';

export type ExportFormat = 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export interface ExportContext {
  readonly domain: string;
  readonly matchGenerationDate?: string;
  readonly groups: readonly MatchGroup[];
  stateOf(matchId: string): ReviewState;
  /** A loaded profile, null when known to be gone (merged or deleted since the job), undefined when not loaded. */
  profile(profileId: string): ProfileRecord | null | undefined;
  /** Which matching the groups come from (absent = 'ml'). */
  readonly source?: MatchSource;
}

export function displayName(p: ProfileRecord): string | undefined {
  const name = [p.FirstName, p.MiddleName, p.LastName].filter((s) => s && s.trim()).join(' ');
  return name || p.BusinessName || undefined;
}

export function primaryEmail(p: ProfileRecord): string | undefined {
  return p.EmailAddress || p.PersonalEmailAddress || p.BusinessEmailAddress || undefined;
}

export function primaryPhone(p: ProfileRecord): string | undefined {
  return p.PhoneNumber || p.MobilePhoneNumber || p.HomePhoneNumber || p.BusinessPhoneNumber || undefined;
}

function loadedProfiles(ctx: ExportContext, g: MatchGroup): ProfileRecord[] {
  return g.profileIds.map((id) => ctx.profile(id)).filter((p): p is ProfileRecord => !!p);
}

/** Rule-based exports (ctx.source 'rules') carry RuleLevel where ML ones carry ConfidenceScore. */
export function exportGroupsCsv(ctx: ExportContext): string {
  const rules = ctx.source === 'rules';
  const header = ['MatchId', rules ? 'RuleLevel' : 'ConfidenceScore', 'ProfileIds', 'ReviewState', 'Names', 'Emails'];
  const rows = ctx.groups.map((g) => {
    const profiles = loadedProfiles(ctx, g);
    return [
      g.matchId, rules ? (g.unresolved !== undefined ? 'unresolved' : g.level ?? '') : g.score, g.profileIds.join(' '), ctx.stateOf(g.matchId),
      profiles.map(displayName).filter(Boolean).join('; '),
      profiles.map(primaryEmail).filter(Boolean).join('; '),
    ];
  });
  return toCsv(header, rows);
}

export function exportGroupsJson(ctx: ExportContext, exportedAt: Date): string {
  return JSON.stringify({
    domain: ctx.domain,
    matchGenerationDate: ctx.matchGenerationDate,
    exportedAt: exportedAt.toISOString(),
    groups: ctx.groups.map((g) => ({
      matchId: g.matchId,
      ...(ctx.source === 'rules' ? { ruleLevel: g.level, ...(g.unresolved !== undefined ? { unresolved: g.unresolved } : {}) } : { confidenceScore: g.score }),
      profileIds: g.profileIds,
      reviewState: ctx.stateOf(g.matchId),
      profiles: g.profileIds.map((id) => {
        const p = ctx.profile(id);
        if (p === null) return { profileId: id, status: 'merged or deleted since the job' };
        if (p === undefined) return { profileId: id, status: 'not loaded' };
        return { profileId: id, name: displayName(p), email: primaryEmail(p) };
      }),
    })),
  }, null, 2) + '\n';
}
