// The API VS Code injects into webviews (acquireVsCodeApi may be called once per page).
import type { ProfileWebviewState, WebviewMessage } from '../../src/shared/profiles/protocol';

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ProfileWebviewState | undefined;
  setState(state: ProfileWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function vscodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
