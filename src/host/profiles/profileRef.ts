// The argument form of every command that acts on one profile: the profile's one identity is its domain and
// its ProfileId (src/shared/resourceId.ts kind 'profile' for paths and keys). Pure.
import { isDomainName } from '../../shared/matches/ids';

export interface ProfileRef {
  readonly domainName: string;
  readonly profileId: string;
}

/** The service's ProfileId shape (`uuid` in the model is 32 lowercase hex); the sandbox issues the same. */
const PROFILE_ID = /^[a-f0-9]{32}$/;

export function isProfileId(value: unknown): value is string {
  return typeof value === 'string' && PROFILE_ID.test(value);
}

/** A tree node, a webview's request or a test's `{ domainName, profileId }`; anything else → undefined. */
export function profileRefFromArgument(arg: unknown): ProfileRef | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { domainName, profileId } = arg as { domainName?: unknown; profileId?: unknown };
  return isDomainName(domainName) && isProfileId(profileId) ? { domainName, profileId } : undefined;
}
