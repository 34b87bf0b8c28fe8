// Ids shared by the small entry side (src/host/matches/index.ts) and the lazily loaded host (host.ts).
export const MATCHES_VIEW_TYPE = 'customerProfiles.matches';
export const REVIEW_MATCHES_COMMAND = 'customerProfiles.reviewMatches';
export const REVIEW_RULE_BASED_MATCHES_COMMAND = 'customerProfiles.reviewRuleBasedMatches';
