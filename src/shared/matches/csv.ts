// CSV per RFC 4180 (CRLF records; fields with comma, quote, CR or LF are quoted, quotes doubled), plus a
// CSV-injection guard: a cell starting with = + - @ (or tab / CR, which some spreadsheets also treat as a
// formula lead-in) is prefixed with a single quote so spreadsheets show it as text instead of evaluating it.
const FORMULA_LEAD = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  // Numbers we produce ourselves (scores) are never formulas, and a negative number is still a number.
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_LEAD.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
