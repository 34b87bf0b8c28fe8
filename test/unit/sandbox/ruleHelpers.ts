// Helpers of the rule-based matching tests: listing every MatchId, reading a group, waiting for a Status.
import {
  CreateDomainCommand, GetDomainCommand, GetSimilarProfilesCommand, ListRuleBasedMatchesCommand,
  type CustomerProfilesClient, type GetSimilarProfilesCommandOutput, type RuleBasedMatchingRequest,
} from '@aws-sdk/client-customer-profiles';
import { until } from './helpers';

export const RULES_DOMAIN = 'demo-rules';

/** Every MatchId, page by page; `between` runs after each page (to change profiles mid-listing). */
export async function allMatchIds(
  client: CustomerProfilesClient, domain: string, max?: number, between?: (page: number) => Promise<void>,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const out = await client.send(new ListRuleBasedMatchesCommand({ DomainName: domain, MaxResults: max, NextToken: token }));
    if (max !== undefined && (out.MatchIds?.length ?? 0) > max) throw new Error(`page of ${out.MatchIds?.length} > ${max}`);
    ids.push(...(out.MatchIds ?? []));
    token = out.NextToken;
    pages++;
    if (token && between) await between(pages);
  } while (token);
  return { ids, pages };
}

export function similar(
  client: CustomerProfilesClient, domain: string, SearchKey: string, SearchValue: string,
  MatchType: 'RULE_BASED_MATCHING' | 'ML_BASED_MATCHING' = 'RULE_BASED_MATCHING',
): Promise<GetSimilarProfilesCommandOutput> {
  return client.send(new GetSimilarProfilesCommand({ DomainName: domain, MatchType, SearchKey, SearchValue }));
}

export async function ruleStatus(client: CustomerProfilesClient, domain: string): Promise<string | undefined> {
  return (await client.send(new GetDomainCommand({ DomainName: domain }))).RuleBasedMatching?.Status;
}

export function untilStatus(client: CustomerProfilesClient, domain: string, status: string): Promise<string> {
  return until(async () => ((await ruleStatus(client, domain)) === status ? status : undefined), `${domain} ${status}`, 500);
}

/** Level 1: EmailAddress; level 2: FirstName + LastName + PhoneNumber (ONE_TO_ONE unless told). */
export function rules(extra: Partial<RuleBasedMatchingRequest> = {}): RuleBasedMatchingRequest {
  return {
    Enabled: true,
    MatchingRules: [{ Rule: ['EmailAddress'] }, { Rule: ['FirstName', 'LastName', 'PhoneNumber'] }],
    AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'], PhoneNumber: ['PhoneNumber'] },
    ...extra,
  };
}

export async function createRulesDomain(client: CustomerProfilesClient, name: string, rbm: RuleBasedMatchingRequest = rules()): Promise<void> {
  await client.send(new CreateDomainCommand({ DomainName: name, DefaultExpirationDays: 10, RuleBasedMatching: rbm }));
}
