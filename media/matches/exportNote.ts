// What the reviewer is told after an export that is not the whole picture: loading was stopped before all of
// PotentialMatches, or some profiles could not be fetched (their rows lack names and emails).
import * as l10n from '@vscode/l10n';

export interface ExportAnswer {
  readonly saved: boolean;
  readonly target?: string;
  readonly incompleteRows?: number;
  readonly rows?: number;
  readonly potentialMatches?: number;
}

export function exportNote(r: ExportAnswer): string | undefined {
  if (!r.saved) return undefined;
  const notes: string[] = [];
  if (r.rows !== undefined) {
    const rows = r.rows.toLocaleString('en-US');
    notes.push(r.potentialMatches !== undefined
      ? l10n.t('it covers only the {0} of {1} groups loaded', rows, r.potentialMatches.toLocaleString('en-US'))
      : l10n.t('it covers only the {0} groups loaded', rows));
  }
  if (r.incompleteRows) notes.push(l10n.t('{0} row(s) lack names/emails (their profiles could not be loaded)', r.incompleteRows.toLocaleString('en-US')));
  if (!notes.length) return undefined;
  // The notes are whole clauses joined by the list separator of the sentence they go into.
  return r.target !== undefined ? l10n.t('Exported to {0}, but {1}.', r.target, notes.join('; ')) : l10n.t('Exported to the file, but {0}.', notes.join('; '));
}
