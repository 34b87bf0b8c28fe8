// Reading a score the reviewer typed (filters and "Merge all ≥"). Scores are ConfidenceScores in [0, 1]; what
// is typed is taken literally or refused with a message: an empty field is never read as 0 and an
// out-of-range one is never clamped, since either would silently widen what a bulk merge touches.
import * as l10n from '@vscode/l10n';

export type ScoreReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: string };

/**
 * `text` is the field's value; `badInput` is the browser's validity.badInput (a number input reports
 * unparsable text such as "-" or "1e" as an empty value with badInput set).
 */
export function readScore(text: string, badInput = false): ScoreReading {
  const trimmed = text.trim();
  if (badInput) return { ok: false, error: l10n.t('Not a number: enter a score from 0 to 1.') };
  if (trimmed === '') return { ok: false, error: l10n.t('Enter a score from 0 to 1.') };
  // Number() alone would accept "0x1" or "Infinity"; a score is a plain decimal.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return { ok: false, error: l10n.t('"{0}" is not a number: enter a score from 0 to 1.', trimmed) };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || value > 1) return { ok: false, error: l10n.t('{0} is out of range: a score is from 0 to 1.', trimmed) };
  return { ok: true, value };
}
