// Small deterministic formatters for tree labels and tooltips (no locale dependence, so tests are stable).

/** "2026-12-02 06:40 UTC"; with `seconds`, "2026-12-02 06:40:12 UTC" (job rows: two jobs in one minute differ). */
export function formatTimestamp(value: Date | undefined, seconds = false): string | undefined {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  return `${value.toISOString().slice(0, seconds ? 19 : 16).replace('T', ' ')} UTC`;
}

export function formatCount(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatBytes(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let n = value;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${n.toFixed(1)} ${units[unit]}`;
}

/**
 * Escapes text for a Markdown tooltip so API values are shown literally: no formatting, no HTML, and
 * no links (':' is escaped too, so bare URLs are not auto-linked).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A two-column Markdown table of the rows that have a value. */
export function markdownTable(rows: readonly (readonly [string, string | undefined])[]): string {
  const present = rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0) return '';
  return ['| | |', '|---|---|', ...present.map(([k, v]) => `| ${escapeMarkdown(k)} | ${escapeMarkdown(v)} |`)].join('\n');
}
