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

/**
 * The address with the local part's separators ('.', '_', '-') and a '+tag' removed: 'JOHN_DOE@ANYCOMPANY.COM' and
 * 'johndoe@anycompany.com' share it. Not equality (normalizeEmail keeps them apart): a documented looser key, because
 * the Customer Profiles API reference gives exactly that pair as one customer for ML matching, so the matcher may
 * weigh it as a "close" level. undefined when the address is not local@domain.tld.
 */
export function emailMailboxKey(raw: string | undefined): string | undefined {
  const address = normalizeEmail(raw);
  if (address === undefined) return undefined;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0].replace(/[._-]/g, '');
  return local === '' ? undefined : `${local}${address.slice(at)}`;
}
