// The editor services a matches panel's host side needs: vscode in the extension (panel.ts), fakes in tests
// and the browser harness. Its own file so the controller and the merge services share it without a cycle.
import type { ExportFormat } from './model/exportGroups';
import type { HostMessage } from './protocol';

/** The editor services the controller needs (vscode in the extension, fakes in tests and the harness). */
export interface MatchesHostUi {
  post(message: HostMessage): void;
  /** A modal confirmation; resolves true only when the user chose `action`. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  /** Asks where to save and writes; resolves the target's label, or undefined when the user cancelled. */
  saveFile(suggestedName: string, format: ExportFormat, content: string): Promise<string | undefined>;
  /** Runs a cancellable task under a progress notification. */
  withProgress<T>(title: string, task: (report: (message: string) => void, signal: AbortSignal) => Promise<T>): Promise<T>;
  log(line: string): void;
}
