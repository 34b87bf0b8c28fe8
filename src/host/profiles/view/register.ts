// The profile view (owner: the profile-view work). Registers OPEN_PROFILE_COMMAND, ADD_PROFILE_KEY_COMMAND,
// DELETE_PROFILE_COMMAND and the view's serializer; the panel itself lives in the lazily loaded profilesHost bundle.
// This file only parses arguments (entry bundle: keep it small).
import vscode = require('vscode');
import { isDomainName } from '../../../shared/matches/ids';
import { PROFILE_VIEW_TYPE, type ProfileWebviewState } from '../../../shared/profiles/protocol';
import { ADD_PROFILE_KEY_COMMAND, DELETE_PROFILE_COMMAND, OPEN_PROFILE_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';
import { isProfileId, profileRefFromArgument } from '../profileRef';

/** The webview's saved state as the serializer gets it; anything malformed → undefined (the panel is closed). */
export function restoredProfileView(state: unknown): ProfileWebviewState | undefined {
  const s = (state ?? {}) as Partial<Record<keyof ProfileWebviewState, unknown>>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2048;
  if (!isDomainName(s.domainName) || !isProfileId(s.profileId) || !text(s.connectionKey)) return undefined;
  return { domainName: s.domainName, profileId: s.profileId, connectionKey: s.connectionKey, ...(text(s.connectionLabel) ? { connectionLabel: s.connectionLabel } : {}) };
}

/** What the serializer does with a restored panel (also the test API's restore path). */
export async function restoreProfileView(deps: ProfilesDeps, host: ProfilesHost, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  const saved = restoredProfileView(state);
  if (!saved) return panel.dispose();
  await host().profileViewHost.restore(deps, panel, saved);
}

function requireRef(arg: unknown, command: string): ReturnType<typeof profileRefFromArgument> & object {
  const ref = profileRefFromArgument(arg);
  if (!ref) throw new Error(`${command} needs a profile (a profile in the explorer, or { domainName, profileId }).`);
  return ref;
}

export function registerProfileView(deps: ProfilesDeps, host: ProfilesHost): vscode.Disposable[] {
  return [
    // No argument (the palette): ask the domain, then the ProfileId. A malformed argument is an error, not a prompt.
    deps.run(OPEN_PROFILE_COMMAND, async (arg?: unknown) => {
      const ref = arg === undefined ? undefined : requireRef(arg, 'Open Profile');
      await host().profileViewHost.open(deps, ref);
    }),
    deps.run(ADD_PROFILE_KEY_COMMAND, async (arg?: unknown) => host().profileViewHost.addKey(deps, arg === undefined ? undefined : requireRef(arg, 'Add Profile Key'))),
    deps.run(DELETE_PROFILE_COMMAND, async (arg?: unknown) => host().profileViewHost.delete(deps, arg === undefined ? undefined : requireRef(arg, 'Delete Profile'))),
    vscode.window.registerWebviewPanelSerializer(PROFILE_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => restoreProfileView(deps, host, panel, state),
    }),
  ];
}
