// The samples of "Create Object Type from Samples…": DetectProfileObjectType takes 1 to 5 JSON objects, each sent
// as a string of at most 256000 characters (the model's Objects / stringifiedJson bounds). Each source (the active
// editor, a file, a pasted text) holds one object or an array of objects. Says which source and which element is
// wrong, before anything is sent. Pure.
import { parseJsonDocument } from './parseJsonDocument';

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
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The objects to send (each serialized compactly), or why they cannot be sent. */
export function detectionSamples(sources: readonly SampleSource[]): DetectionSamples {
  const objects: string[] = [];
  for (const source of sources) {
    const body = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text; // a file's BOM is not JSON
    if (body.trim() === '') return { ok: false, message: `${source.label} is empty: give one JSON object or an array of up to ${MAX_SAMPLES} objects.` };
    const parsed = parseJsonDocument(body);
    if (!parsed.ok) return { ok: false, message: `${source.label} is not valid JSON: ${parsed.problems[0].message}.` };
    const values = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    if (values.length === 0) return { ok: false, message: `${source.label} is an empty array: it needs at least one sample object.` };
    for (const [index, value] of values.entries()) {
      const where = Array.isArray(parsed.value) ? `${source.label}, element ${index + 1}` : source.label;
      if (!isObject(value)) return { ok: false, message: `${where} is ${what(value)}, not a JSON object: each sample must be an object { … }.` };
      if (Object.keys(value).length === 0) return { ok: false, message: `${where} is an empty object: a sample needs fields to detect.` };
      const text = JSON.stringify(value);
      if (text.length > MAX_SAMPLE_CHARS) {
        return { ok: false, message: `${where} has ${text.length} characters as JSON; DetectProfileObjectType takes at most ${MAX_SAMPLE_CHARS} per object.` };
      }
      objects.push(text);
    }
  }
  if (objects.length === 0) return { ok: false, message: 'No samples were given.' };
  if (objects.length > MAX_SAMPLES) {
    return { ok: false, message: `${objects.length} sample objects were given; DetectProfileObjectType takes at most ${MAX_SAMPLES}. Keep the ${MAX_SAMPLES} most typical ones.` };
  }
  return { ok: true, objects };
}
