// parseSample: the "Test Mapping with Sample…" input, which must be exactly one JSON object. Says why not
// otherwise: invalid JSON (with line and column when the parser gives a position), an array (PutProfileObject
// takes one object; pick one element), a primitive, or empty text.
import * as l10n from '@vscode/l10n';

export type ParsedSample =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly message: string };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export function parseSample(text: string): ParsedSample {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a file's byte-order mark is not JSON
  if (body.trim() === '') return { ok: false, message: l10n.t('The sample is empty: paste or open one JSON object.') };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const detail = msg.replace(/\s*\(line \d+ column \d+\)$/, '');
    if (!pos) return { ok: false, message: l10n.t('The sample is not valid JSON: {0}', detail) };
    const { line, column } = lineColumn(body, Number(pos[1]));
    return { ok: false, message: l10n.t('The sample is not valid JSON at line {0}, column {1}: {2}', line, column, detail) };
  }
  if (Array.isArray(value)) {
    return { ok: false, message: value.length === 1
      ? l10n.t('The sample is a JSON array (1 element); {0} takes one object: test one element at a time.', 'PutProfileObject')
      : l10n.t('The sample is a JSON array ({0} elements); {1} takes one object: test one element at a time.', value.length, 'PutProfileObject') };
  }
  if (value === null || typeof value !== 'object') {
    const message = value === null ? l10n.t('The sample is null, not a JSON object.')
      : typeof value === 'string' ? l10n.t('The sample is a string, not a JSON object.')
        : typeof value === 'number' ? l10n.t('The sample is a number, not a JSON object.')
          : l10n.t('The sample is a boolean, not a JSON object.');
    return { ok: false, message };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
