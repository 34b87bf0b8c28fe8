// The profile view (owner: the profile-view work). Registers OPEN_PROFILE_COMMAND, ADD_PROFILE_KEY_COMMAND,
// DELETE_PROFILE_COMMAND and the view's serializer; the panel itself lives in the lazily loaded profilesHost bundle.
import type vscode = require('vscode');
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';

export function registerProfileView(_deps: ProfilesDeps, _host: ProfilesHost): vscode.Disposable[] {
  return [];
}
