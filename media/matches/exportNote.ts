// What the reviewer is told after an export that is not the whole picture: loading was stopped before all of
// PotentialMatches, or some profiles could not be fetched (their rows lack names and emails).

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
  if (r.rows !== undefined) notes.push(`it covers only the ${r.rows.toLocaleString('en-US')}${r.potentialMatches !== undefined ? ` of ${r.potentialMatches.toLocaleString('en-US')}` : ''} groups loaded`);
  if (r.incompleteRows) notes.push(`${r.incompleteRows.toLocaleString('en-US')} row(s) lack names/emails (their profiles could not be loaded)`);
  return notes.length ? `Exported to ${r.target ?? 'the file'}, but ${notes.join('; ')}.` : undefined;
}
