// E-mail addresses: trimmed and lower-cased, nothing else. Strictly the local part is case-sensitive (RFC 5321),
// but no mail system in practice treats case as distinct. Provider rules are NOT applied: Gmail documents that it
// ignores dots and '+tag' suffixes in the local part, but other providers deliver 'john.doe' and 'johndoe' to
// different people, and applying Gmail's rule to Gmail alone would make role/alias handling differ by provider, so
// by default 'john.doe@gmail.com' != 'johndoe@gmail.com' and 'ann+shop@x.com' != 'ann@x.com'.

// One '@', a non-empty local part, a domain with at least one dot and a non-empty top-level label; no spaces.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** The address trimmed and lower-cased; undefined when it is not local@domain.tld. */
export function normalizeEmail(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const folded = raw.trim().toLowerCase();
  return EMAIL_SHAPE.test(folded) ? folded : undefined;
}
