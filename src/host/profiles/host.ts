// Entry of the lazily loaded dist/profilesHost.js: the profile view's and the mapping preview's host side
// (panels, their controllers and everything they call). Only src/lazy.ts loads it; features get it through
// the `host` function src/extension.ts hands to registerProfiles.
// (Each feature adds its export line here.)
export { openMappingPreview, pickMappingTarget, restoreMappingPreview } from './mapping/openPreview';
export { profileViewHost } from './view/hostApi';
export { runProfileSearch } from './search/flow';
export { createProfileSearches } from '../explorer/profileSearches';
