// The text of the save confirmation: what will change, member by member, and the notices. Pure.
import type { DomainChange } from './domainDiff';
import type { ApiCall, SaveSummary } from './planSave';

const MAX_VALUE = 60;
const MAX_LINES = 25;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function changeLine(change: DomainChange): string {
  switch (change.kind) {
    case 'added':
      return `+ ${change.path}: ${shown(change.after)}`;
    case 'removed':
      return `− ${change.path} (was ${shown(change.before)})`;
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

export function confirmationText(summary: SaveSummary, calls: readonly ApiCall[]): ConfirmationText {
  const verb = summary.creating ? 'Create' : 'Save';
  const message = `${verb} ${summary.subject} on the service?`;
  const lines = summary.changes.map(changeLine);
  const shownLines = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more (Show Diff lists them all)`] : lines;
  const parts: string[] = [];
  if (shownLines.length) parts.push(`${summary.creating ? 'Members' : 'Changes'} (${lines.length}):\n${shownLines.join('\n')}`);
  if (summary.notices.length) parts.push(summary.notices.map((n) => `⚠ ${n}`).join('\n'));
  parts.push(calls.length ? `Calls: ${calls.map((c) => c.op).join(', ')}.` : 'Nothing will be sent.');
  return { message, detail: parts.join('\n\n') };
}
