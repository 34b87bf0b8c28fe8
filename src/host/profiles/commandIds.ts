// The profile and object-type sample commands, by id. One place, so the explorer, the profile view, the mapping
// preview and package.json agree. Every command that acts on one profile takes a ProfileRef argument form
// (profileRef.ts): a tree node or a plain { domainName, profileId }.
/** Domain, its "Profiles" item, or nothing (asks for the domain): pick keys, type values, list results. */
export const SEARCH_PROFILES_COMMAND = 'customerProfiles.searchProfiles';
/** ProfileRef → the profile view (one webview per profile). */
export const OPEN_PROFILE_COMMAND = 'customerProfiles.openProfile';
/** ProfileRef → the profile as an editable JSON document; an explicit save runs UpdateProfile (domain JSON rules). */
export const EDIT_PROFILE_COMMAND = 'customerProfiles.editProfile';
/** ProfileRef → AddProfileKey after the user picked a key name and typed values. */
export const ADD_PROFILE_KEY_COMMAND = 'customerProfiles.addProfileKey';
/** ProfileRef → DeleteProfile after a typed confirmation. */
export const DELETE_PROFILE_COMMAND = 'customerProfiles.deleteProfile';
/** Object-type node (or { domainName, objectTypeName }) → the mapping preview of a sample object. */
export const TEST_MAPPING_COMMAND = 'customerProfiles.testObjectTypeMapping';
/** Domain or its object types folder → DetectProfileObjectType on up to 5 samples → a new object-type document. */
export const CREATE_OBJECT_TYPE_FROM_SAMPLES_COMMAND = 'customerProfiles.createObjectTypeFromSamples';
