// Limits from the API model (SHAPES.md / service-2.json), not guesses.
/** MergeProfilesRequest.ProfileIdsToBeMerged: list len 1..20. */
export const MERGE_IDS_PER_CALL = 20;
/** BatchGetProfileRequest.ProfileIds: list len 1..20. */
export const BATCH_GET_PROFILE_IDS = 20;
/** GetMatchesRequest.MaxResults: range 1..100. */
export const GET_MATCHES_PAGE_SIZE = 100;
