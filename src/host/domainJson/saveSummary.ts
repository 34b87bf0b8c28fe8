// The text of the save confirmation: what will change, member by member, and the notices. Pure. Bounded: VS Code's
// modal grows with its detail and does not scroll, so a long list would push its title and buttons off-screen;
// the full list is one click away (Show Changes opens the diff).
import type { DomainChange } from './domainDiff';
import type { ApiCall, SaveSummary } from './planSave';
import * as l10n from '@vscode/l10n';

const MAX_VALUE = 40;
/** Change lines shown; the rest are counted. With the notices and calls this keeps the modal well under 600 px. */
export const MAX_CHANGE_LINES = 8;
const MAX_NOTICES = 4;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function changeLine(change: DomainChange): string {
  switch (change.kind) {
    case 'added':
      return `+ ${change.path}: ${shown(change.after)}`;
    case 'removed':
      return change.sentAs === undefined
        ? l10n.t('− {0} (was {1})', change.path, shown(change.before))
        : l10n.t('− remove {0} (was {1}; sent as {2})', change.path, shown(change.before), JSON.stringify(change.sentAs));
    case 'changed':
      return `~ ${change.path}: ${shown(change.before)} → ${shown(change.after)}`;
  }
}

export interface ConfirmationText {
  /** The modal's message (first line, bold). */
  readonly message: string;
  /** The modal's detail: changes, notices, and the calls that will be made. */
  readonly detail: string;
}

/** At most `max` lines: the first max-1 and a count of the rest (never "and 1 more": that line fits itself). */
function bounded(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max - 1), l10n.t('… and {0} more (Show Changes lists them all)', lines.length - (max - 1))];
}

export function confirmationText(summary: SaveSummary, calls: readonly ApiCall[]): ConfirmationText {
  const message = summary.creating ? l10n.t('Create {0} on the service?', summary.subject) : l10n.t('Save {0} on the service?', summary.subject);
  const lines = summary.changes.map(changeLine);
  const shownLines = bounded(lines, MAX_CHANGE_LINES);
  const parts: string[] = [];
  if (shownLines.length) parts.push(`${summary.creating ? l10n.t('Members ({0}):', lines.length) : l10n.t('Changes ({0}):', lines.length)}\n${shownLines.join('\n')}`);
  if (summary.notices.length) parts.push(bounded(summary.notices.map((n) => `⚠ ${n}`), MAX_NOTICES).join('\n'));
  parts.push(calls.length ? l10n.t('Calls: {0}.', calls.map((c) => c.op).join(', ')) : l10n.t('Nothing will be sent.'));
  return { message, detail: parts.join('\n\n') };
}
