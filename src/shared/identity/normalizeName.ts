// Person-name parts normalised for comparison: case, accents and punctuation are not identity.

/** Lowercase ASCII letters and single spaces; accents folded ("José" -> "jose"); "" when nothing is left. */
export function normalizeNamePart(raw: string | undefined): string {
  if (!raw) return '';
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The name part without spaces, for edit-distance comparison ("mary ann" vs "maryann"). */
export function compactName(normalized: string): string {
  return normalized.replace(/ /g, '');
}
