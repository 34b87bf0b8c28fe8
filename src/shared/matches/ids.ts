// Identifier shapes from the Customer Profiles model (see SHAPES.md): ProfileId /[a-f0-9]{32}/,
// DomainName /^[a-zA-Z0-9_-]+$/ len 1..64, MatchId len 1..255. The model's ProfileId pattern is not
// anchored; we anchor it, because we only ever deal in whole ids.
export const PROFILE_ID = /^[a-f0-9]{32}$/;
export const DOMAIN_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
export const MATCH_ID_MAX_LENGTH = 255;

export function isProfileId(value: unknown): value is string {
  return typeof value === 'string' && PROFILE_ID.test(value);
}

export function isDomainName(value: unknown): value is string {
  return typeof value === 'string' && DOMAIN_NAME.test(value);
}

export function isMatchId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MATCH_ID_MAX_LENGTH;
}
