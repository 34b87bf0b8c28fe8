// Shows an ErrorDescription as a notification whose buttons do the suggested next step.
import vscode = require('vscode');
import type { ErrorAction, ErrorDescription } from '../../shared/describeError';

// A function, not a constant table: the button titles are translated when the notification is shown.
function actionButton(action: Exclude<ErrorAction, 'retry'>): { readonly title: string; readonly command: string } {
  switch (action) {
    case 'showLog': return { title: vscode.l10n.t('Show Log'), command: 'customerProfiles.showLog' };
    case 'selectProfile': return { title: vscode.l10n.t('Select AWS Profile'), command: 'customerProfiles.selectProfile' };
    case 'selectRegion': return { title: vscode.l10n.t('Select Region'), command: 'customerProfiles.selectRegion' };
    case 'setEndpoint': return { title: vscode.l10n.t('Set Endpoint'), command: 'customerProfiles.setEndpoint' };
    case 'startSandbox': return { title: vscode.l10n.t('Start Local Sandbox'), command: 'customerProfiles.startSandbox' };
  }
}

/** `retry` is offered only when the caller can retry. At most three buttons, in the description's order. */
export async function showErrorNotification(error: ErrorDescription, retry?: () => unknown): Promise<void> {
  if (error.kind === 'cancelled') return;
  const buttons: { title: string; run: () => unknown }[] = [];
  for (const action of error.actions) {
    if (action === 'retry') {
      if (retry) buttons.push({ title: vscode.l10n.t('Retry'), run: retry });
    } else {
      const { title, command } = actionButton(action);
      buttons.push({ title, run: () => vscode.commands.executeCommand(command) });
    }
  }
  const shown = buttons.slice(0, 3);
  const text = error.nextStep ? `${error.message} ${error.nextStep}` : error.message;
  const picked = await vscode.window.showErrorMessage(text, ...shown.map((b) => b.title));
  await shown.find((b) => b.title === picked)?.run();
}
