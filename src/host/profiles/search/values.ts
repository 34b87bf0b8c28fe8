// The values typed for a search key: several separated by `;`, each within the model's limits (string1To255), at
// most MAX_VALUES_PER_KEY. Pure.
import * as l10n from '@vscode/l10n';
import { MAX_VALUE_LENGTH, MAX_VALUES_PER_KEY } from './query';

/** Several values of one key are typed separated by this. */
export const VALUE_SEPARATOR = ';';

/** The values typed in the input box: split on `;`, trimmed, empties and repeats dropped. */
export function parseValues(text: string): string[] {
  return [...new Set(text.split(VALUE_SEPARATOR).map((v) => v.trim()).filter((v) => v !== ''))];
}

/** The input box's validation message, undefined when the text is acceptable. */
export function validateValuesText(text: string): string | undefined {
  const values = parseValues(text);
  if (values.length === 0) return l10n.t('Type a value to search for.');
  if (values.length > MAX_VALUES_PER_KEY) return l10n.t('At most {0} values per key.', MAX_VALUES_PER_KEY);
  const long = values.find((v) => v.length > MAX_VALUE_LENGTH);
  if (long !== undefined) return l10n.t('A value has at most {0} characters (one has {1}).', MAX_VALUE_LENGTH, long.length);
  return undefined;
}
