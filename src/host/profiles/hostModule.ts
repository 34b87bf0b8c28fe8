// The type of the lazily loaded profilesHost bundle (host.ts), apart from index.ts so that feature files can name
// it without an import cycle.
export type ProfilesHostModule = typeof import('./host');
/** Loads the bundle on first call (src/lazy.ts loadProfilesHost, handed in by src/extension.ts). */
export type ProfilesHost = () => ProfilesHostModule;
