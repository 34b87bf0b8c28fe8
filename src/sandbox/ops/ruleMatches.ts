// ListRuleBasedMatches / GetSimilarProfiles.
//
// Our reading of what the reference leaves open (docs/sandbox.md "Rule-based matching"):
// - ListRuleBasedMatches pages the MatchIds of the live rule index (empty until the Status is ACTIVE), sorted
//   and cursored by MatchId, so groups appearing or disappearing between pages never cause a skip or a repeat.
// - GetSimilarProfiles' SearchKey: `_matchId` (a MatchId from ListRuleBasedMatches / GetMatches), `_profileId`,
//   or a search key SearchProfiles accepts (the standard `_email`, `_phone`, `_account`, `_fullName`, and the
//   domain's profile keys). The names live in src/shared/rules/similarProfilesKeys.ts and store/searchKeys.ts.
// - A lookup naming something that does not exist answers 404 ResourceNotFoundException (the model lists it for
//   this operation): an unknown MatchId, a missing profile, a value no profile holds. A profile that exists but is
//   in no group answers 200 with empty ProfileIds and no MatchId: the set of its similar profiles is empty.
// - A search value held by several profiles in different groups answers the group with the lowest MatchId.
// - RULE_BASED_MATCHING answers RuleLevel and no ConfidenceScore; ML_BASED_MATCHING answers the latest completed
//   identity-resolution job's group with its ConfidenceScore and no RuleLevel.
import { MATCH_ID_SEARCH_KEY, PROFILE_ID_SEARCH_KEY } from '../../shared/rules/similarProfilesKeys';
import { badRequest, notFound } from '../errors';
import { matchKey, STANDARD_SEARCH_KEYS } from '../store/searchKeys';
import type { DomainState } from '../store/types';
import { as, pageArgs, requireDomain, type HandlerTable, type OpContext } from './context';

type MatchType = 'RULE_BASED_MATCHING' | 'ML_BASED_MATCHING';

interface FoundGroup {
  MatchId: string;
  ProfileIds: readonly string[];
  RuleLevel?: number;
  ConfidenceScore?: number;
}

interface GroupSource {
  byMatchId(matchId: string): FoundGroup | undefined;
  byProfileId(profileId: string): FoundGroup | undefined;
}

function groupSource(ctx: OpContext, d: DomainState, type: MatchType): GroupSource {
  if (type === 'RULE_BASED_MATCHING') {
    const index = ctx.rules.index(d);
    return { byMatchId: (id) => index?.group(id), byProfileId: (id) => index?.groupOf(id) };
  }
  const groups = d.matches?.groups ?? [];
  return {
    byMatchId: (id) => groups.find((g) => g.MatchId === id),
    byProfileId: (id) => groups.find((g) => g.ProfileIds.includes(id)),
  };
}

/** Key names a domain's object types define (PROFILE / UNIQUE / LOOKUP_ONLY keys are all searchable). */
function domainKeyNames(d: DomainState): Set<string> {
  const names = new Set<string>();
  for (const t of d.objectTypes.values()) for (const k of Object.keys(t.Keys ?? {})) names.add(k);
  return names;
}

function findGroup(ctx: OpContext, d: DomainState, type: MatchType, key: string, value: string): FoundGroup | undefined {
  const source = groupSource(ctx, d, type);
  if (key === MATCH_ID_SEARCH_KEY) {
    const g = source.byMatchId(value);
    if (!g) throw notFound(`No ${type === 'RULE_BASED_MATCHING' ? 'rule-based' : 'ML'} match ${value} in domain ${d.DomainName}.`);
    return g;
  }
  if (key === PROFILE_ID_SEARCH_KEY) {
    if (!d.profiles.has(value)) throw notFound(`Profile ${value} does not exist in domain ${d.DomainName}.`);
    return source.byProfileId(value);
  }
  const holders: string[] = [];
  for (const p of d.profiles.values()) if (matchKey(p, key, [value]).length > 0) holders.push(p.profile.ProfileId);
  if (holders.length === 0) {
    if (!STANDARD_SEARCH_KEYS.includes(key) && !domainKeyNames(d).has(key)) {
      throw badRequest(`SearchKey ${key} is not one the local sandbox accepts: ${MATCH_ID_SEARCH_KEY}, ${PROFILE_ID_SEARCH_KEY}, `
        + `${STANDARD_SEARCH_KEYS.filter((k) => k !== PROFILE_ID_SEARCH_KEY).join(', ')} or a profile key of domain ${d.DomainName}.`);
    }
    throw notFound(`No profile in domain ${d.DomainName} has ${key} = ${value}.`);
  }
  let best: FoundGroup | undefined;
  for (const id of holders) {
    const g = source.byProfileId(id);
    if (g && (!best || g.MatchId < best.MatchId)) best = g;
  }
  return best;
}

export const ruleMatchHandlers: HandlerTable = {
  ListRuleBasedMatches(input, ctx) {
    const d = requireDomain(ctx, input.DomainName);
    const groups = ctx.rules.index(d)?.groups() ?? [];
    // A token is tied to one ACTIVE period of the configuration (a changed configuration is a new result).
    const scope = `${d.DomainName}|${d.ruleStatus?.since ?? 'none'}`;
    const page = ctx.pager.page(groups, (g) => g.MatchId, { op: 'ListRuleBasedMatches', scope, ...pageArgs(input), defaultMax: 100 });
    return { MatchIds: page.items.map((g) => g.MatchId), NextToken: page.nextToken };
  },

  GetSimilarProfiles(input, ctx) {
    const req = as<{ DomainName: string; MatchType: MatchType; SearchKey: string; SearchValue: string }>(input);
    const d = requireDomain(ctx, req.DomainName);
    const g = findGroup(ctx, d, req.MatchType, req.SearchKey, req.SearchValue);
    const ids = g ? [...g.ProfileIds].sort() : [];
    const scope = JSON.stringify([d.DomainName, req.MatchType, req.SearchKey, req.SearchValue]);
    const page = ctx.pager.page(ids, (id) => id, { op: 'GetSimilarProfiles', scope, ...pageArgs(input), defaultMax: 100 });
    return {
      MatchType: req.MatchType,
      MatchId: g?.MatchId,
      ProfileIds: page.items,
      RuleLevel: req.MatchType === 'RULE_BASED_MATCHING' ? g?.RuleLevel : undefined,
      ConfidenceScore: req.MatchType === 'ML_BASED_MATCHING' ? g?.ConfidenceScore : undefined,
      NextToken: page.nextToken,
    };
  },
};
