// The matches panel's Export: which groups (all loaded, or the webview's filtered list), the file's default
// name, writing it through the host's save dialog, and the "Exported N groups · Open" notification.
// No vscode here: the panel supplies the dialog and the notification (ExportUi).
import * as l10n from '@vscode/l10n';
import { exportGroupsCsv, exportGroupsJson, type ExportContext, type ExportFormat } from '../../shared/matches/exportGroups';

export interface ExportUi {
  /** Asks where to save and writes; resolves the target (a URI string), or undefined when the user cancelled. */
  saveFile(suggestedName: string, format: ExportFormat, content: string): Promise<string | undefined>;
  /** Tells the user the file was written and offers to open it (optional: tests and the harness leave it out). */
  exported?(summary: string, target: string): void;
}

export interface ExportOutcome {
  readonly saved: boolean;
  readonly target?: string;
  readonly count?: number;
}

/** `<domain>-matches-<YYYY-MM-DD>.<ext>`, the date in the reviewer's local time (the day they exported). */
export function exportFileName(domain: string, format: ExportFormat, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${domain}-matches-${day}.${format}`;
}

export async function exportMatchGroups(ctx: ExportContext, format: ExportFormat, now: Date, ui: ExportUi): Promise<ExportOutcome> {
  const content = format === 'csv' ? exportGroupsCsv(ctx) : exportGroupsJson(ctx, now);
  const target = await ui.saveFile(exportFileName(ctx.domain, format, now), format, content);
  if (target === undefined) return { saved: false };
  const count = ctx.groups.length;
  ui.exported?.(count === 1
    ? l10n.t('Exported 1 group to {0}.', baseName(target))
    : l10n.t('Exported {0} groups to {1}.', count.toLocaleString('en-US'), baseName(target)), target);
  return { saved: true, target, count };
}

function baseName(target: string): string {
  const path = target.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || target;
}
