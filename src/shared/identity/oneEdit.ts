// "One keystroke apart": a single substitution, insertion, deletion or swap of adjacent letters. Catches the
// typos Jaro-Winkler scores low on short names ("jean"/"jeln" 0.87, "rose"/"roke" 0.88-): for a 4-letter
// name one wrong letter costs a lot of similarity, yet it is the commonest data-entry error.

/** True when a and b differ by exactly one edit (Damerau: adjacent transposition counts as one). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // deletion / insertion
}
