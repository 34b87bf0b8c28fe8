// Entry of the profile features (search, the profile view, the object-type mapping preview). Kept small: the
// webviews and everything behind them load on first use from the profilesHost bundle (src/lazy.ts).
import type vscode = require('vscode');
import type { ProfilesDeps } from './deps';
import { registerMapping } from './mapping/register';
import { registerProfileSearch } from './search/register';
import { registerProfileView } from './view/register';

import type { ProfilesHost } from './hostModule';

export type { ProfilesDeps } from './deps';
export type { ProfilesHost } from './hostModule';

export function registerProfiles(deps: ProfilesDeps, host: ProfilesHost): vscode.Disposable[] {
  return [...registerProfileSearch(deps, host), ...registerProfileView(deps, host), ...registerMapping(deps, host)];
}
