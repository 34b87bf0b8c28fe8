// Connection commands: Select AWS Profile, Select Region, Set Endpoint, Start/Stop Local Sandbox and the status-bar
// menu. Registered at activation; what they do (pickers, input boxes, messages) is in pickers.ts, its own bundle,
// loaded on the first use (the entry bundle stays small).
import vscode = require('vscode');
import type { Logger } from '../../shared/logger';
import type { ConnectionManager } from './connectionManager';
import { readConnectionSettings } from './settings';
import { sandboxContextKeys, type ConnectionMenuState } from '../../shared/connection/menu';
import type * as Pickers from './pickers';

export type ConnectionPickers = typeof Pickers;

function menuState(connection: ConnectionManager): ConnectionMenuState {
  return { settings: readConnectionSettings(), resolved: connection.resolved, sandboxEndpoint: connection.runningSandbox?.endpoint, usingSandbox: connection.usingSandbox };
}

/** Keeps the manifest's sandbox `when` clauses (view title menu, palette) in step with the connection. */
function trackSandboxContext(connection: ConnectionManager): vscode.Disposable & { update(): void } {
  const update = (): void => {
    for (const [key, value] of Object.entries(sandboxContextKeys(menuState(connection)))) void vscode.commands.executeCommand('setContext', key, value);
  };
  update();
  const subscription = connection.onDidChange(update);
  return { update, dispose: () => subscription.dispose() };
}

export function registerConnectionCommands(
  connection: ConnectionManager,
  log: Logger,
  run: (command: string, fn: (...args: unknown[]) => Promise<unknown>) => vscode.Disposable,
  pickers: () => ConnectionPickers,
): vscode.Disposable[] {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const sandboxContext = trackSandboxContext(connection);
  return [
    run('customerProfiles.selectProfile', (name) => pickers().selectProfile(connection, log, str(name))),
    run('customerProfiles.selectRegion', (region) => pickers().selectRegion(connection, str(region))),
    run('customerProfiles.setEndpoint', (endpoint) => pickers().setEndpoint(connection, str(endpoint))),
    run('customerProfiles.startSandbox', () => pickers().startSandbox(connection).finally(() => sandboxContext.update())),
    // Stopping a sandbox the explorer is not connected to changes no connection, so no change event says so.
    run('customerProfiles.stopSandbox', () => pickers().stopSandbox(connection).finally(() => sandboxContext.update())),
    run('customerProfiles.showConnectionMenu', () => pickers().showConnectionMenu(menuState(connection))),
    sandboxContext,
  ];
}
