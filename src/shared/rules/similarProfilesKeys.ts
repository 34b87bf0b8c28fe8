// GetSimilarProfiles' SearchKey values. The API reference says lookups work "using the matchId or profileId"
// but names no key: these are OUR READING, kept in this one place for the sandbox (which accepts them) and the
// extension (which sends them). Besides these, the sandbox accepts the standard search keys (_email, _phone, …).

/** Look a group up by the MatchId that ListRuleBasedMatches / GetMatches returned. */
export const MATCH_ID_SEARCH_KEY = '_matchId';
/** Look up the group a profile belongs to. */
export const PROFILE_ID_SEARCH_KEY = '_profileId';
