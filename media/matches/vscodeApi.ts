// The API VS Code injects into webviews (acquireVsCodeApi may be called once per page).
import type { MatchesWebviewState, WebviewMessage } from '../../src/shared/matches/protocol';

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): MatchesWebviewState | undefined;
  setState(state: MatchesWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function vscodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
