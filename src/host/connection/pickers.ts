// The connection commands' user-facing flows: Select AWS Profile, Select Region, Set Endpoint, Start/Stop Local
// Sandbox and the Connection… menu. Activation does not need them, so they are their own bundle
// (dist/connectionPickers.js, src/lazy.ts loadConnectionPickers), loaded on the first connection command; commands.ts
// registers the commands in the entry. Each accepts an optional argument so it can be scripted (and tested).
import vscode = require('vscode');
import type { Logger } from '../../shared/logger';
import type { ConnectionManager } from './connectionManager';
import { CUSTOMER_PROFILES_REGIONS } from '../../shared/connection/regions';
import { validateEndpointInput, validateRegionInput } from '../../shared/connection/resolve';
import { readConnectionSettings, updateConnectionSetting } from './settings';
import { connectionMenuRows, type ConnectionMenuState } from '../../shared/connection/menu';

type PickItem<T> = vscode.QuickPickItem & { readonly value: T };

export async function selectProfile(connection: ConnectionManager, log: Logger, name?: string): Promise<void> {
  let chosen: string | undefined | null = name; // null = default chain
  if (chosen === undefined) {
    const current = readConnectionSettings().profile;
    const items: PickItem<string | null>[] = [
      { label: `$(key) ${vscode.l10n.t('Default credential chain')}`, description: vscode.l10n.t('AWS_PROFILE, environment, default profile, SSO, instance role'), value: null, picked: current === undefined },
    ];
    try {
      const profiles = await connection.listAwsProfiles();
      if (profiles.length) items.push({ label: vscode.l10n.t('Profiles'), kind: vscode.QuickPickItemKind.Separator, value: null });
      for (const p of profiles) {
        items.push({
          label: `${p.name === current ? '$(check)' : '$(account)'} ${p.name}`,
          description: [p.kind === 'other' ? undefined : p.kind, p.region].filter(Boolean).join(' · '),
          detail: p.sources.length > 1
            ? vscode.l10n.t('from {0} and {1} file', p.sources[0], p.sources[1])
            : vscode.l10n.t('from {0} file', p.sources.join(', ')),
          value: p.name,
        });
      }
    } catch (err) {
      log.warn(`Could not read the AWS config files: ${(err as Error).message}`);
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Select AWS Profile'),
      placeHolder: items.length > 1 ? vscode.l10n.t('Profiles from your AWS config and credentials files') : vscode.l10n.t('No profiles found in {0} or {1}', '~/.aws/config', '~/.aws/credentials'),
    });
    if (!picked) return;
    chosen = picked.value;
  }
  connection.useSettings();
  await updateConnectionSetting('profile', chosen ?? undefined);
}

export async function selectRegion(connection: ConnectionManager, region?: string): Promise<void> {
  let chosen: string | undefined | null = region;
  if (chosen === undefined) {
    const current = readConnectionSettings().region;
    const items: PickItem<string | null | 'other'>[] = [
      { label: `$(gear) ${vscode.l10n.t('From profile or environment')}`, description: vscode.l10n.t('profile region → {0} → {1}', 'AWS_REGION', 'us-east-1'), value: null },
      ...CUSTOMER_PROFILES_REGIONS.map((r) => ({ label: `${r.id === current ? '$(check) ' : ''}${r.id}`, description: r.name, value: r.id })),
      { label: `$(edit) ${vscode.l10n.t('Other region…')}`, value: 'other' as const },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Select Region'), placeHolder: vscode.l10n.t('Regions where Customer Profiles is available') });
    if (!picked) return;
    chosen = picked.value;
    if (chosen === 'other') {
      chosen = await vscode.window.showInputBox({ title: vscode.l10n.t('Region'), value: current, validateInput: validateRegionInput });
      if (chosen === undefined) return;
    }
  } else if (chosen && validateRegionInput(chosen)) {
    throw new Error(validateRegionInput(chosen));
  }
  connection.useSettings();
  await updateConnectionSetting('region', chosen ?? undefined);
}

export async function setEndpoint(connection: ConnectionManager, endpoint?: string): Promise<void> {
  let chosen = endpoint;
  if (chosen === undefined) {
    chosen = await vscode.window.showInputBox({
      title: vscode.l10n.t('Customer Profiles Endpoint'),
      prompt: vscode.l10n.t('A custom endpoint such as a local emulator; leave empty to use AWS.'),
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

export async function startSandbox(connection: ConnectionManager): Promise<void> {
  const sandbox = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting the local Customer Profiles sandbox…') },
    () => connection.startSandbox(),
  );
  void vscode.window.showInformationMessage(vscode.l10n.t('Local sandbox running at {0} with demo data. The explorer is connected to it.', sandbox.endpoint));
}

export async function stopSandbox(connection: ConnectionManager): Promise<void> {
  const stopped = await connection.stopSandbox();
  void vscode.window.showInformationMessage(stopped ? vscode.l10n.t('Local sandbox stopped.') : vscode.l10n.t('The local sandbox is not running.'));
}

export async function showConnectionMenu(state: ConnectionMenuState): Promise<void> {
  const items: PickItem<string>[] = connectionMenuRows(state).map((row) => ({ label: row.label, description: row.description, value: row.command }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Customer Profiles Connection') });
  if (picked) await vscode.commands.executeCommand(picked.value);
}
