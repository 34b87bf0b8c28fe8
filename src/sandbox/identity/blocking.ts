// Blocking: only profiles that share a blocking key are ever compared, so the work grows with the number of
// profiles instead of its square. Keys: each normalised phone, each normalised e-mail, and a phonetic name key
// (Soundex of the last name + first letter of the canonical given name, so "Jhn Doe"/"John Doe" and
// "Bob Smith"/"Robert Smyth" share a block).
//
// Block size caps keep one giant block from going quadratic:
//   - a phone or e-mail held by more than maxContactBlock profiles is a placeholder or shared line
//     ("000-000-0000" is already dropped by normalisation; think call-centre numbers, noreply@ addresses); it is
//     removed from the profiles' features entirely — it is not evidence of identity — and forms no block;
//   - a name block larger than maxNameBlock (common surnames) is compared by "sorted neighbourhood": members sorted
//     by name, each compared with the next `window` members only.
import type { ProfileFeatures } from '../../shared/identity/features';
import { markSharedContacts, sharedContactValues } from '../../shared/identity/sharedContacts';
import { soundex } from '../../shared/identity/soundex';

export interface BlockingOptions {
  maxContactBlock: number;
  maxNameBlock: number;
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxContactBlock: 25, maxNameBlock: 60, window: 20 };

export function nameBlockKey(f: ProfileFeatures): string | undefined {
  if (f.last === '' || f.firstCanonical === '') return undefined;
  return `n${soundex(f.last)}${f.firstCanonical[0]}`;
}

/**
 * Calls visit(i, j) (i < j) for every candidate pair; a pair in several blocks may be visited more than once.
 * Before the first visit, over-shared phones/e-mails (stop values) are removed from `features` in place, so
 * scoring never counts them as evidence.
 */
export function forEachCandidatePair(
  features: ProfileFeatures[], options: BlockingOptions, visit: (i: number, j: number) => void,
): void {
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const b = blocks.get(key);
    if (b) b.push(i);
    else blocks.set(key, [i]);
  };
  // Term frequency: contacts held by people of several different names weigh ~0 (sharedContacts.ts). They keep
  // their block (within maxContactBlock) so the pair is still compared on everything else.
  markSharedContacts(features, sharedContactValues(features));
  features.forEach((f, i) => {
    for (const p of [...f.phones, ...f.sharedPhones]) add(`p${p}`, i);
    for (const e of [...f.emails, ...f.sharedEmails]) add(`e${e}`, i);
    const n = nameBlockKey(f);
    if (n) add(n, i);
  });
  for (const [key, members] of blocks) {
    if (key[0] === 'n' || members.length <= options.maxContactBlock) continue;
    const value = key.slice(1);
    for (const i of members) {
      const f = features[i];
      if (key[0] === 'p') { f.phones = f.phones.filter((p) => p !== value); f.sharedPhones = f.sharedPhones.filter((p) => p !== value); }
      else { f.emails = f.emails.filter((e) => e !== value); f.sharedEmails = f.sharedEmails.filter((e) => e !== value); }
    }
    blocks.delete(key);
  }
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    if (key[0] !== 'n' || members.length <= options.maxNameBlock) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) visit(members[x], members[y]);
      continue;
    }
    const sorted = [...members].sort((i, j) => compareByName(features[i], features[j]) || i - j);
    for (let x = 0; x < sorted.length; x++) {
      for (let y = x + 1; y < Math.min(sorted.length, x + 1 + options.window); y++) {
        const i = sorted[x];
        const j = sorted[y];
        visit(Math.min(i, j), Math.max(i, j));
      }
    }
  }
}

function compareByName(a: ProfileFeatures, b: ProfileFeatures): number {
  return cmp(a.last, b.last) || cmp(a.firstCanonical, b.firstCanonical) || cmp(a.first, b.first);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
