// The profile view's saved webview state as the serializer gets it after a reload: untrusted, so checked member by
// member; anything malformed → undefined (the restored panel is closed). Pure.
import { isDomainName } from '../../../shared/matches/ids';
import type { ProfileWebviewState } from '../../../shared/profiles/protocol';
import { isProfileId } from '../profileRef';

export function restoredProfileView(state: unknown): ProfileWebviewState | undefined {
  const s = (state ?? {}) as Partial<Record<keyof ProfileWebviewState, unknown>>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2048;
  if (!isDomainName(s.domainName) || !isProfileId(s.profileId) || !text(s.connectionKey)) return undefined;
  return { domainName: s.domainName, profileId: s.profileId, connectionKey: s.connectionKey, ...(text(s.connectionLabel) ? { connectionLabel: s.connectionLabel } : {}) };
}
