// Search Profiles… (SEARCH_PROFILES_COMMAND) and Clear Search: registration only; the work (argument parsing
// included) loads with the profilesHost bundle (flow.ts). Arguments: a domain (its tree node, its Profiles item,
// a name), nothing (asks for the domain), or a recent search ({ domainName, query }: runs it again).
import type vscode = require('vscode');
import { isDomainName } from '../../../shared/matches/ids';
import { SEARCH_PROFILES_COMMAND } from '../commandIds';
import type { ProfilesDeps } from '../deps';
import type { ProfilesHost } from '../hostModule';
import type { SearchPrompts } from './prompts';

export const CLEAR_PROFILE_SEARCH_COMMAND = 'customerProfiles.clearProfileSearch';

/** Scripted prompts of the test API (test mode only); undefined = VS Code's quick picks and input boxes. */
export const searchPrompts: { current?: SearchPrompts } = {};

export function registerProfileSearch(deps: ProfilesDeps, host: ProfilesHost): vscode.Disposable[] {
  const tree = deps.profileSearchTree;
  return [
    deps.run(SEARCH_PROFILES_COMMAND, (arg?: unknown) =>
      host().runProfileSearch({ connection: deps.connection, log: deps.log, tree, state: deps.context.globalState, prompts: searchPrompts.current }, arg)),
    deps.run(CLEAR_PROFILE_SEARCH_COMMAND, async (arg?: unknown) => {
      const domainName = (arg as { domainName?: unknown } | undefined)?.domainName;
      if (isDomainName(domainName)) tree.clearProfileSearch(domainName);
    }),
  ];
}
