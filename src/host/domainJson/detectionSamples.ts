// The samples of "Create Object Type from Samples…": DetectProfileObjectType takes 1 to 5 JSON objects, each sent
// as a string of at most 256000 characters (the model's Objects / stringifiedJson bounds). Each source (the active
// editor, a file, a pasted text) holds one object or an array of objects. Says which source and which element is
// wrong, before anything is sent. Pure.
import { parseJsonDocument } from './parseJsonDocument';
import * as l10n from '@vscode/l10n';

/** The model's bounds of DetectProfileObjectType `Objects` (a unit test reads them from the model). */
export const MAX_SAMPLES = 5;
export const MAX_SAMPLE_CHARS = 256_000;

export interface SampleSource {
  /** Where the text came from, for messages: `orders.json`, `the pasted text`. */
  readonly label: string;
  readonly text: string;
}

export type DetectionSamples = { readonly ok: true; readonly objects: readonly string[] } | { readonly ok: false; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function what(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return l10n.t('an array');
  switch (typeof value) {
    case 'string': return l10n.t('a string');
    case 'number': return l10n.t('a number');
    case 'boolean': return l10n.t('a boolean');
    default: return typeof value;
  }
}

/** The objects to send (each serialized compactly), or why they cannot be sent. */
export function detectionSamples(sources: readonly SampleSource[]): DetectionSamples {
  const objects: string[] = [];
  for (const source of sources) {
    const body = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text; // a file's BOM is not JSON
    if (body.trim() === '') return { ok: false, message: l10n.t('{0} is empty: give one JSON object or an array of up to {1} objects.', source.label, MAX_SAMPLES) };
    const parsed = parseJsonDocument(body);
    if (!parsed.ok) return { ok: false, message: l10n.t('{0} is not valid JSON: {1}.', source.label, parsed.problems[0].message) };
    const values = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    if (values.length === 0) return { ok: false, message: l10n.t('{0} is an empty array: it needs at least one sample object.', source.label) };
    for (const [index, value] of values.entries()) {
      const where = Array.isArray(parsed.value) ? l10n.t('{0}, element {1}', source.label, index + 1) : source.label;
      if (!isObject(value)) return { ok: false, message: l10n.t('{0} is {1}, not a JSON object: each sample must be an object { … }.', where, what(value)) };
      if (Object.keys(value).length === 0) return { ok: false, message: l10n.t('{0} is an empty object: a sample needs fields to detect.', where) };
      const text = JSON.stringify(value);
      if (text.length > MAX_SAMPLE_CHARS) {
        return { ok: false, message: l10n.t('{0} has {1} characters as JSON; {2} takes at most {3} per object.', where, text.length, 'DetectProfileObjectType', MAX_SAMPLE_CHARS) };
      }
      objects.push(text);
    }
  }
  if (objects.length === 0) return { ok: false, message: l10n.t('No samples were given.') };
  if (objects.length > MAX_SAMPLES) {
    return { ok: false, message: l10n.t('{0} sample objects were given; {1} takes at most {2}. Keep the {2} most typical ones.', objects.length, 'DetectProfileObjectType', MAX_SAMPLES) };
  }
  return { ok: true, objects };
}
