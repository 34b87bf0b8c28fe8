// Shows an ErrorDescription as a notification whose buttons do the suggested next step.
import vscode = require('vscode');
import type { ErrorAction, ErrorDescription } from '../../shared/describeError';

const ACTIONS: Record<Exclude<ErrorAction, 'retry'>, { readonly title: string; readonly command: string }> = {
  showLog: { title: 'Show Log', command: 'customerProfiles.showLog' },
  selectProfile: { title: 'Select AWS Profile', command: 'customerProfiles.selectProfile' },
  selectRegion: { title: 'Select Region', command: 'customerProfiles.selectRegion' },
  setEndpoint: { title: 'Set Endpoint', command: 'customerProfiles.setEndpoint' },
  startSandbox: { title: 'Start Local Sandbox', command: 'customerProfiles.startSandbox' },
};

/** `retry` is offered only when the caller can retry. At most three buttons, in the description's order. */
export async function showErrorNotification(error: ErrorDescription, retry?: () => unknown): Promise<void> {
  if (error.kind === 'cancelled') return;
  const buttons: { title: string; run: () => unknown }[] = [];
  for (const action of error.actions) {
    if (action === 'retry') {
      if (retry) buttons.push({ title: 'Retry', run: retry });
    } else {
      const { title, command } = ACTIONS[action];
      buttons.push({ title, run: () => vscode.commands.executeCommand(command) });
    }
  }
  const shown = buttons.slice(0, 3);
  const text = error.nextStep ? `${error.message} ${error.nextStep}` : error.message;
  const picked = await vscode.window.showErrorMessage(text, ...shown.map((b) => b.title));
  await shown.find((b) => b.title === picked)?.run();
}
