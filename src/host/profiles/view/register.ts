// The profile view (owner: the profile-view work). Registers OPEN_PROFILE_COMMAND, ADD_PROFILE_KEY_COMMAND,
// DELETE_PROFILE_COMMAND and the view's serializer; the panel itself, the commands' work and the parsing of a
// restored state live in the lazily loaded profilesHost bundle. This file only parses arguments (entry bundle).
import vscode = require('vscode');
import { PROFILE_VIEW_TYPE } from '../../../shared/profiles/protocol';
import { ADD_PROFILE_KEY_COMMAND, DELETE_PROFILE_COMMAND, OPEN_PROFILE_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';
import { profileRefFromArgument, type ProfileRef } from '../profileRef';

/** No argument (the palette): undefined, the command asks. A malformed argument is an error, never a prompt. */
function refOf(arg: unknown, command: string): ProfileRef | undefined {
  if (arg === undefined) return undefined;
  const ref = profileRefFromArgument(arg);
  if (!ref) throw new Error(vscode.l10n.t('{0} needs a profile (a profile in the explorer, or {1}).', command, '{ domainName, profileId }'));
  return ref;
}

export function registerProfileView(deps: ProfilesDeps, host: ProfilesHost): vscode.Disposable[] {
  const view = (): ReturnType<ProfilesHost>['profileViewHost'] => host().profileViewHost;
  return [
    deps.run(OPEN_PROFILE_COMMAND, async (arg?: unknown) => view().open(deps, refOf(arg, vscode.l10n.t('Open Profile')))),
    deps.run(ADD_PROFILE_KEY_COMMAND, async (arg?: unknown) => view().addKey(deps, refOf(arg, vscode.l10n.t('Add Profile Key')))),
    deps.run(DELETE_PROFILE_COMMAND, async (arg?: unknown) => view().delete(deps, refOf(arg, vscode.l10n.t('Delete Profile')))),
    vscode.window.registerWebviewPanelSerializer(PROFILE_VIEW_TYPE, { deserializeWebviewPanel: (panel, state: unknown) => view().restore(deps, panel, state) }),
  ];
}
