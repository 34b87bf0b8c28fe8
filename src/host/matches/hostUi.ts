// The editor services a matches panel's host side needs: vscode in the extension (panel.ts), fakes in tests
// and the browser harness. Its own file so the controller and the merge services share it without a cycle.
import type { ExportUi } from './exportService';
import type { HostMessage } from '../../shared/matches/protocol';

/** The editor services the controller needs (vscode in the extension, fakes in tests and the harness). */
export interface MatchesHostUi extends ExportUi {
  post(message: HostMessage): void;
  /** A modal confirmation; resolves true only when the user chose `action`. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** Runs a cancellable task under a progress notification. */
  withProgress<T>(title: string, task: (report: (message: string) => void, signal: AbortSignal) => Promise<T>): Promise<T>;
  log(line: string): void;
}
