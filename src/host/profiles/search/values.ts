// The values typed for a search key: several separated by `;`, each within the model's limits (string1To255), at
// most MAX_VALUES_PER_KEY. Pure.
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
  if (values.length === 0) return 'Type a value to search for.';
  if (values.length > MAX_VALUES_PER_KEY) return `At most ${MAX_VALUES_PER_KEY} values per key.`;
  const long = values.find((v) => v.length > MAX_VALUE_LENGTH);
  if (long !== undefined) return `A value has at most ${MAX_VALUE_LENGTH} characters (one has ${long.length}).`;
  return undefined;
}
