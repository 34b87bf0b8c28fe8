// E-mail addresses compared case-insensitively and without the separators people (and CRMs) vary:
// "JOHN_DOE@ANYCOMPANY.COM" and "johndoe@anycompany.com" are one mailbox for matching purposes.

/**
 * Lowercased; in the local part a "+tag" suffix is dropped and ".", "_" and "-" are removed.
 * undefined when the value is not shaped like local@domain.
 * Removing separators is a deliberate recall-over-precision choice: it can join "jo.hn" and "john" at one domain,
 * which is why the matcher still requires compatible names before trusting a shared address.
 */
export function normalizeEmail(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return undefined;
  const local = value.slice(0, at).split('+')[0].replace(/[._-]/g, '');
  const domain = value.slice(at + 1);
  if (local === '' || !domain.includes('.')) return undefined;
  return `${local}@${domain}`;
}
