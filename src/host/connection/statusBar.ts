// The status-bar item: `$(account) profile @ region` or `$(beaker) sandbox`; click → connection actions.
import vscode = require('vscode');
import type { ConnectionManager } from './connectionManager';
import { connectionTooltip, statusBarText } from '../../shared/connection/describe';

export function createConnectionStatusBar(connection: ConnectionManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('customerProfiles.connection', vscode.StatusBarAlignment.Left, 0);
  item.name = vscode.l10n.t('Customer Profiles Connection');
  item.command = 'customerProfiles.showConnectionMenu';
  const update = (): void => {
    const spec = connection.spec();
    item.text = statusBarText(spec, connection.resolved);
    item.tooltip = connectionTooltip(spec, connection.resolved);
  };
  update();
  item.show();
  return vscode.Disposable.from(item, connection.onDidChange(update), connection.onDidResolve(update));
}
