// Entry of dist/matchesHost.js: the matches panel and everything behind it (controller, merge logic,
// profile cache). Loaded through src/lazy.ts loadMatchesHost() when the first panel opens, so activation
// does not pay for it.
export { MatchesPanel } from './panel';
export { createAwsMatchesBackend } from './awsBackend';
