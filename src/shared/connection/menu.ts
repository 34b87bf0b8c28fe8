// The Connection… menu (status bar, palette) and which sandbox commands apply: pure, so the rules are unit-tested.
// Each row says what is in use now, so the menu answers "where am I connected?" before it offers a change.
import type { ConnectionSpec, ResolvedConnection } from './types';

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

const REGION_SOURCE: Readonly<Record<ResolvedConnection['regionSource'], string>> = {
  setting: 'setting', profile: 'from the profile', environment: 'from AWS_REGION', default: 'default',
};

export function connectionMenuRows(state: ConnectionMenuState): ConnectionMenuRow[] {
  const { settings, resolved, sandboxEndpoint, usingSandbox } = state;
  // While on the sandbox the settings are not in use: say so, so nobody mistakes them for the live connection.
  const notInUse = usingSandbox ? ' (not in use: connected to the sandbox)' : '';
  const region = !usingSandbox && resolved ? `${resolved.region} · ${REGION_SOURCE[resolved.regionSource]}` : settings.region ?? 'from profile or environment';
  const endpoint = !usingSandbox && resolved?.endpoint ? resolved.endpoint : settings.endpoint ?? 'AWS';
  return [
    { label: '$(account) Select AWS Profile…', description: `${settings.profile ?? 'default credential chain'}${notInUse}`, command: 'customerProfiles.selectProfile' },
    { label: '$(globe) Select Region…', description: `${region}${notInUse}`, command: 'customerProfiles.selectRegion' },
    { label: '$(plug) Set Endpoint…', description: `${endpoint}${notInUse}`, command: 'customerProfiles.setEndpoint' },
    usingSandbox && sandboxEndpoint
      ? { label: '$(debug-stop) Stop Local Sandbox', description: `connected: ${sandboxEndpoint}`, command: 'customerProfiles.stopSandbox' }
      : { label: '$(beaker) Start Local Sandbox', description: sandboxEndpoint ? `reconnect to ${sandboxEndpoint}` : 'demo data, no AWS needed', command: 'customerProfiles.startSandbox' },
    { label: '$(output) Show Log', command: 'customerProfiles.showLog' },
  ];
}

/** The context keys the manifest's `when` clauses read: Start applies unless connected to it, Stop while it runs. */
export function sandboxContextKeys(state: Pick<ConnectionMenuState, 'sandboxEndpoint' | 'usingSandbox'>): Record<'customerProfiles.sandboxRunning' | 'customerProfiles.sandboxConnected', boolean> {
  return { 'customerProfiles.sandboxRunning': state.sandboxEndpoint !== undefined, 'customerProfiles.sandboxConnected': state.usingSandbox };
}
