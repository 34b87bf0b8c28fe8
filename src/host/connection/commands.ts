// Connection commands: Select AWS Profile, Select Region, Set Endpoint, Start/Stop Local Sandbox and
// the status-bar menu. Each accepts an optional argument so it can be scripted (and tested).
import vscode = require('vscode');
import type { Logger } from '../../shared/logger';
import type { ConnectionManager } from './connectionManager';
import { CUSTOMER_PROFILES_REGIONS } from '../../shared/connection/regions';
import { validateEndpointInput, validateRegionInput } from '../../shared/connection/resolve';
import { readConnectionSettings, updateConnectionSetting } from './settings';
import { connectionMenuRows, sandboxContextKeys, type ConnectionMenuState } from '../../shared/connection/menu';

type PickItem<T> = vscode.QuickPickItem & { readonly value: T };

async function selectProfile(connection: ConnectionManager, log: Logger, name?: string): Promise<void> {
  let chosen: string | undefined | null = name; // null = default chain
  if (chosen === undefined) {
    const current = readConnectionSettings().profile;
    const items: PickItem<string | null>[] = [
      { label: '$(key) Default credential chain', description: 'AWS_PROFILE, environment, default profile, SSO, instance role', value: null, picked: current === undefined },
    ];
    try {
      const profiles = await connection.listAwsProfiles();
      if (profiles.length) items.push({ label: 'Profiles', kind: vscode.QuickPickItemKind.Separator, value: null });
      for (const p of profiles) {
        items.push({
          label: `${p.name === current ? '$(check)' : '$(account)'} ${p.name}`,
          description: [p.kind === 'other' ? undefined : p.kind, p.region].filter(Boolean).join(' · '),
          detail: `from ${p.sources.join(' and ')} file`,
          value: p.name,
        });
      }
    } catch (err) {
      log.warn(`Could not read the AWS config files: ${(err as Error).message}`);
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Select AWS Profile',
      placeHolder: items.length > 1 ? 'Profiles from your AWS config and credentials files' : 'No profiles found in ~/.aws/config or ~/.aws/credentials',
    });
    if (!picked) return;
    chosen = picked.value;
  }
  connection.useSettings();
  await updateConnectionSetting('profile', chosen ?? undefined);
}

async function selectRegion(connection: ConnectionManager, region?: string): Promise<void> {
  let chosen: string | undefined | null = region;
  if (chosen === undefined) {
    const current = readConnectionSettings().region;
    const items: PickItem<string | null | 'other'>[] = [
      { label: '$(gear) From profile or environment', description: 'profile region → AWS_REGION → us-east-1', value: null },
      ...CUSTOMER_PROFILES_REGIONS.map((r) => ({ label: `${r.id === current ? '$(check) ' : ''}${r.id}`, description: r.name, value: r.id })),
      { label: '$(edit) Other region…', value: 'other' as const },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Select Region', placeHolder: 'Regions where Customer Profiles is available' });
    if (!picked) return;
    chosen = picked.value;
    if (chosen === 'other') {
      chosen = await vscode.window.showInputBox({ title: 'Region', value: current, validateInput: validateRegionInput });
      if (chosen === undefined) return;
    }
  } else if (chosen && validateRegionInput(chosen)) {
    throw new Error(validateRegionInput(chosen));
  }
  connection.useSettings();
  await updateConnectionSetting('region', chosen ?? undefined);
}

async function setEndpoint(connection: ConnectionManager, endpoint?: string): Promise<void> {
  let chosen = endpoint;
  if (chosen === undefined) {
    chosen = await vscode.window.showInputBox({
      title: 'Customer Profiles Endpoint',
      prompt: 'A custom endpoint such as a local emulator; leave empty to use AWS.',
      placeHolder: 'http://127.0.0.1:4566',
      value: readConnectionSettings().endpoint ?? '',
      validateInput: validateEndpointInput,
    });
    if (chosen === undefined) return;
  } else if (validateEndpointInput(chosen)) {
    throw new Error(validateEndpointInput(chosen));
  }
  connection.useSettings();
  await updateConnectionSetting('endpoint', chosen.trim() || undefined);
}

async function startSandbox(connection: ConnectionManager): Promise<void> {
  const sandbox = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Starting the local Customer Profiles sandbox…' },
    () => connection.startSandbox(),
  );
  void vscode.window.showInformationMessage(`Local sandbox running at ${sandbox.endpoint} with demo data. The explorer is connected to it.`);
}

async function stopSandbox(connection: ConnectionManager): Promise<void> {
  const stopped = await connection.stopSandbox();
  void vscode.window.showInformationMessage(stopped ? 'Local sandbox stopped.' : 'The local sandbox is not running.');
}

function menuState(connection: ConnectionManager): ConnectionMenuState {
  return { settings: readConnectionSettings(), resolved: connection.resolved, sandboxEndpoint: connection.runningSandbox?.endpoint, usingSandbox: connection.usingSandbox };
}

async function showConnectionMenu(connection: ConnectionManager): Promise<void> {
  const items: PickItem<string>[] = connectionMenuRows(menuState(connection)).map((row) => ({ label: row.label, description: row.description, value: row.command }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Customer Profiles Connection' });
  if (picked) await vscode.commands.executeCommand(picked.value);
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
): vscode.Disposable[] {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const sandboxContext = trackSandboxContext(connection);
  return [
    run('customerProfiles.selectProfile', (name) => selectProfile(connection, log, str(name))),
    run('customerProfiles.selectRegion', (region) => selectRegion(connection, str(region))),
    run('customerProfiles.setEndpoint', (endpoint) => setEndpoint(connection, str(endpoint))),
    run('customerProfiles.startSandbox', () => startSandbox(connection).finally(() => sandboxContext.update())),
    // Stopping a sandbox the explorer is not connected to changes no connection, so no change event says so.
    run('customerProfiles.stopSandbox', () => stopSandbox(connection).finally(() => sandboxContext.update())),
    run('customerProfiles.showConnectionMenu', () => showConnectionMenu(connection)),
    sandboxContext,
  ];
}
