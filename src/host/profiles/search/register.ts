// Search Profiles… (owner: the profiles-search work). Registers SEARCH_PROFILES_COMMAND.
import type vscode = require('vscode');
import type { ProfilesDeps } from '../deps';

export function registerProfileSearch(_deps: ProfilesDeps): vscode.Disposable[] {
  return [];
}
