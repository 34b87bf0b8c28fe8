// The Connection… menu (status bar, palette) and which sandbox commands apply: pure, so the rules are unit-tested.
// Each row says what is in use now, so the menu answers "where am I connected?" before it offers a change.
import type { ConnectionSpec, ResolvedConnection } from './types';
import * as l10n from '@vscode/l10n';

export interface ConnectionMenuState {
  /** What the user asked for (settings), even while connected to the sandbox. */
  readonly settings: ConnectionSpec;
  /** What the current client resolved to, when one was built. */
  readonly resolved?: ResolvedConnection;
  /** The in-process sandbox's endpoint, when it runs. */
  readonly sandboxEndpoint?: string;
  /** The explorer is connected to that sandbox (not to the settings). */
  readonly usingSandbox: boolean;
}

export interface ConnectionMenuRow {
  readonly label: string;
  readonly description?: string;
  readonly command: string;
}

// A function, not a constant table: the text is translated when the menu is shown.
const regionSource = (source: ResolvedConnection['regionSource']): string => {
  switch (source) {
    case 'setting': return l10n.t('setting');
    case 'profile': return l10n.t('from the profile');
    case 'environment': return l10n.t('from {0}', 'AWS_REGION');
    default: return l10n.t('default');
  }
};

export function connectionMenuRows(state: ConnectionMenuState): ConnectionMenuRow[] {
  const { settings, resolved, sandboxEndpoint, usingSandbox } = state;
  // While on the sandbox the settings are not in use: say so, so nobody mistakes them for the live connection.
  const described = (value: string): string => (usingSandbox ? l10n.t('{0} (not in use: connected to the sandbox)', value) : value);
  const region = !usingSandbox && resolved ? `${resolved.region} · ${regionSource(resolved.regionSource)}` : settings.region ?? l10n.t('from profile or environment');
  const endpoint = !usingSandbox && resolved?.endpoint ? resolved.endpoint : settings.endpoint ?? 'AWS';
  return [
    { label: `$(account) ${l10n.t('Select AWS Profile…')}`, description: described(settings.profile ?? l10n.t('default credential chain')), command: 'customerProfiles.selectProfile' },
    { label: `$(globe) ${l10n.t('Select Region…')}`, description: described(region), command: 'customerProfiles.selectRegion' },
    { label: `$(plug) ${l10n.t('Set Endpoint…')}`, description: described(endpoint), command: 'customerProfiles.setEndpoint' },
    usingSandbox && sandboxEndpoint
      ? { label: `$(debug-stop) ${l10n.t('Stop Local Sandbox')}`, description: l10n.t('connected: {0}', sandboxEndpoint), command: 'customerProfiles.stopSandbox' }
      : { label: `$(beaker) ${l10n.t('Start Local Sandbox')}`, description: sandboxEndpoint ? l10n.t('reconnect to {0}', sandboxEndpoint) : l10n.t('demo data, no AWS needed'), command: 'customerProfiles.startSandbox' },
    { label: `$(output) ${l10n.t('Show Log')}`, command: 'customerProfiles.showLog' },
  ];
}

/** The context keys the manifest's `when` clauses read: Start applies unless connected to it, Stop while it runs. */
export function sandboxContextKeys(state: Pick<ConnectionMenuState, 'sandboxEndpoint' | 'usingSandbox'>): Record<'customerProfiles.sandboxRunning' | 'customerProfiles.sandboxConnected', boolean> {
  return { 'customerProfiles.sandboxRunning': state.sandboxEndpoint !== undefined, 'customerProfiles.sandboxConnected': state.usingSandbox };
}
