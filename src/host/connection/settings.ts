// Reading and writing the extension's settings. Connection settings are restricted in untrusted
// workspaces (package.json capabilities), so VS Code only returns user values there.
import vscode = require('vscode');
import type { ConnectionSpec } from '../../shared/connection/types';

export const SECTION = 'customerProfiles';
export type ConnectionSettingKey = 'profile' | 'region' | 'endpoint';
export const CONNECTION_SETTING_KEYS: readonly ConnectionSettingKey[] = ['profile', 'region', 'endpoint'];

const trimmed = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

export function readConnectionSettings(): ConnectionSpec {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    profile: trimmed(config.get<string>('profile')),
    region: trimmed(config.get<string>('region')),
    endpoint: trimmed(config.get<string>('endpoint')),
  };
}

export function affectsConnection(e: vscode.ConfigurationChangeEvent): boolean {
  return CONNECTION_SETTING_KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
}

/** Page size for every list in the explorer (the services cap MaxResults at 100). */
export function readPageSize(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('explorer.pageSize', 50);
  return Math.min(100, Math.max(1, Math.trunc(Number.isFinite(value) ? value : 50)));
}

export function readAutoRefreshJobs(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('explorer.autoRefreshJobs', true);
}

/**
 * Writes a connection setting where it takes effect: the workspace when the workspace already sets it
 * (a user-level write would be shadowed), else user settings. undefined removes it.
 */
export async function updateConnectionSetting(key: ConnectionSettingKey, value: string | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<string>(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update(key, trimmed(value), target);
}
