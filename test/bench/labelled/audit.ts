// Ground-truth audit of the labelled set, run before every measurement: the labels must be right by construction.
// - positive clusters: every record shares one person id, and any two records differ ONLY in the fields their kind
//   declares, in the way it declares (same date in another format, one digit, same national number...), and a
//   channel cluster's records connect through shared values, never through the name alone;
// - hard-negative clusters: distinct person ids whose facts differ in what tells people apart (given name, birth
//   date, suffix, surname...) while sharing what makes them look alike;
// - no two distinct persons are identical; every person lives in one cluster; counts per kind.
// Throws an AuditError listing the violations; returns a summary otherwise.
import type { ProfileRecord } from '../../../src/shared/profile';
import { personKey } from './person';
import { MONTHS, NICKNAMES } from './pools';
import { ClusterKind, DuplicateKind, isDuplicateKind, isNegativeKind, LabelledDataset, PersonFacts } from './types';

export class AuditError extends Error {}

export interface KindCount { kind: ClusterKind; clusters: number; records: number }
export interface AuditSummary { records: number; persons: number; clusters: number; perKind: KindCount[] }

type Flat = Map<string, string>;
function flatten(r: ProfileRecord): Flat {
  const out: Flat = new Map();
  for (const [k, v] of Object.entries(r)) {
    if (k === 'ProfileId') continue;
    if (typeof v === 'string' && v !== '') out.set(k, v);
    else if (k === 'Address' && v && typeof v === 'object') for (const [ak, av] of Object.entries(v)) if (typeof av === 'string' && av) out.set(`Address.${ak}`, av);
  }
  return out;
}

/** Fields present in both records whose raw text differs. */
export function differingFields(a: ProfileRecord, b: ProfileRecord): string[] {
  const fa = flatten(a); const fb = flatten(b);
  return [...fa.keys()].filter((k) => fb.has(k) && fb.get(k) !== fa.get(k)).sort();
}

const digits = (s: string): string => s.replace(/\D/g, '');
const hamming1 = (a: string, b: string): boolean => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;
export const foldText = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ø/g, 'o')
  .replace(/ue/g, 'u').replace(/oe/g, 'o').replace(/ae/g, 'a');
const CALLING: Record<string, string> = { US: '1', GB: '44', MX: '52', ES: '34', DE: '49', IN: '91' };

/** The benchmark's own (independent) reading of the three date forms it writes. */
export function isoOf(raw: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw); if (m) return raw;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw); if (m) return `${m[3]}-${m[1]}-${m[2]}`;
  m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(raw);
  if (m && MONTHS.includes(m[2])) return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return undefined;
}

function nationalDigits(phone: string, country: string | undefined): string {
  const d = digits(phone); const cc = CALLING[country ?? 'US'] ?? '';
  return (phone.trim().startsWith('+') && d.startsWith(cc) ? d.slice(cc.length) : d).replace(/^0/, '');
}
/** Calling code + national number: '+447700900123' and '07700 900123' (Country GB) give the same key. */
function phoneKey(r: ProfileRecord): string {
  const d = digits(r.PhoneNumber ?? '');
  return r.PhoneNumber?.trim().startsWith('+') ? d : (CALLING[r.Address?.Country ?? 'US'] ?? '') + d.replace(/^0/, '');
}

/** Contact values and birth date present in both records (the evidence beyond the name). */
export function sharedEvidence(a: ProfileRecord, b: ProfileRecord): string[] {
  const present = (r: ProfileRecord): string[] => [r.PhoneNumber && 'phone', r.EmailAddress && 'email', r.BirthDate && 'birthDate',
    r.Address?.Address1 && 'address'].filter((x): x is string => Boolean(x));
  const other = present(b);
  return present(a).filter((x) => other.includes(x));
}

/** Do the records of a cluster connect through shared evidence (each pair sharing a value, transitively)? */
function connectedByEvidence(recs: readonly ProfileRecord[]): boolean {
  const reached = new Set([0]);
  for (let grew = true; grew;) {
    grew = false;
    for (let j = 0; j < recs.length; j++) {
      if (reached.has(j)) continue;
      if ([...reached].some((i) => sharedEvidence(recs[i], recs[j]).length > 0)) { reached.add(j); grew = true; }
    }
  }
  return reached.size === recs.length;
}
const streetKey = (r: ProfileRecord): string => `${r.Address?.Address1 ?? ''} ${r.Address?.Address2 ?? ''}`.toLowerCase()
  .replace(/\b(apt|#)\s*/g, '#').replace(/#\s*/g, '#').replace(/\bct\b/g, 'court').replace(/\bst\b/g, 'street').replace(/\bave\b/g, 'avenue')
  .replace(/\brd\b/g, 'road').replace(/\bdr\b/g, 'drive').replace(/\bln\b/g, 'lane').replace(/\bblvd\b/g, 'boulevard').replace(/\bpl\b/g, 'place')
  .replace(/\s+/g, ' ').trim();
function within2Edits(a: string, b: string): boolean {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length] <= 2;
}

const ALLOWED: Record<DuplicateKind, readonly string[]> = {
  birthDateFormat: ['BirthDate'], birthDateTypo: ['BirthDate'], intlPhone: ['PhoneNumber'], usPhoneFormat: ['PhoneNumber'],
  addressAbbrev: ['Address.Address1', 'Address.Address2'], postcodeTypo: ['Address.PostalCode'], fullNameOneField: ['FirstName'],
  compoundSurname: ['LastName'], diacritics: ['FirstName', 'LastName'], nickname: ['FirstName'],
  channel: ['PhoneNumber', 'EmailAddress', 'Address.Address1', 'BirthDate'],
  typo: ['FirstName', 'LastName'], swappedNames: ['FirstName', 'LastName'],
};

/** Does the difference between a and b look exactly like the kind says? (differing fields already allowed) */
function declaredDifference(kind: DuplicateKind, a: ProfileRecord, b: ProfileRecord, diff: string[]): string | undefined {
  if (diff.length === 0) return undefined; // only missing values differ (e.g. channel, a dropped LastName)
  const name = (r: ProfileRecord): string => `${r.FirstName ?? ''} ${r.LastName ?? ''}`.trim();
  switch (kind) {
    case 'birthDateFormat': return isoOf(a.BirthDate!) !== undefined && isoOf(a.BirthDate!) === isoOf(b.BirthDate!) ? undefined : 'dates differ';
    case 'birthDateTypo': return hamming1(isoOf(a.BirthDate!) ?? '', isoOf(b.BirthDate!) ?? '') ? undefined : 'not one digit';
    case 'intlPhone': case 'usPhoneFormat':
      return nationalDigits(a.PhoneNumber!, a.Address?.Country) === nationalDigits(b.PhoneNumber!, b.Address?.Country) ? undefined : 'numbers differ';
    case 'addressAbbrev': return streetKey(a) === streetKey(b) ? undefined : `streets differ: ${streetKey(a)} / ${streetKey(b)}`;
    case 'postcodeTypo': return hamming1(a.Address!.PostalCode!, b.Address!.PostalCode!) ? undefined : 'not one digit';
    case 'fullNameOneField': return name(a) === name(b) ? undefined : 'names differ';
    case 'compoundSurname': {
      const [x, y] = [a.LastName!.split(' '), b.LastName!.split(' ')].sort((p, q) => p.length - q.length);
      return y.slice(0, x.length).join(' ') === x.join(' ') && x.length < y.length ? undefined : 'not a surname prefix';
    }
    case 'diacritics': return foldText(name(a)) === foldText(name(b)) ? undefined : 'not the same letters';
    case 'nickname': return NICKNAMES.some(([n, f]) => (a.FirstName === n && b.FirstName === f) || (a.FirstName === f && b.FirstName === n)) ? undefined : 'not a nickname pair';
    case 'channel': {
      const wrong = diff.filter((f) => {
        switch (f) {
          case 'PhoneNumber': return phoneKey(a) !== phoneKey(b);
          case 'EmailAddress': return a.EmailAddress!.toLowerCase() !== b.EmailAddress!.toLowerCase();
          case 'Address.Address1': return streetKey(a) !== streetKey(b);
          default: return isoOf(a.BirthDate!) === undefined || isoOf(a.BirthDate!) !== isoOf(b.BirthDate!);
        }
      });
      return wrong.length ? `not the same value in another spelling: ${wrong.join(', ')}` : undefined;
    }
    case 'typo': return diff.length === 1 && within2Edits(String(a[diff[0] as 'FirstName']).toLowerCase(), String(b[diff[0] as 'FirstName']).toLowerCase()) ? undefined : 'not one typo';
    case 'swappedNames': return a.FirstName === b.LastName && a.LastName === b.FirstName ? undefined : 'not swapped';
  }
}

function negativeViolation(kind: ClusterKind, p: PersonFacts, q: PersonFacts, a: ProfileRecord, b: ProfileRecord): string | undefined {
  const surname = (x: PersonFacts): string => x.surnames.join(' ');
  switch (kind) {
    case 'household': return p.given !== q.given && p.birthDate !== q.birthDate && surname(p) === surname(q) && a.PhoneNumber === b.PhoneNumber ? undefined : 'household members not told apart by given name + birth date';
    case 'twins': return p.given !== q.given && p.birthDate === q.birthDate ? undefined : 'twins not told apart by given name';
    case 'jrSr': return p.suffix !== q.suffix && p.birthDate.slice(0, 4) !== q.birthDate.slice(0, 4) ? undefined : 'Jr/Sr not told apart by suffix + birth year';
    case 'roleMailbox': return surname(p) !== surname(q) && a.EmailAddress === b.EmailAddress ? undefined : 'co-workers not told apart by surname (or mailbox not shared)';
    case 'recycledNumber': return surname(p) !== surname(q) && a.Address?.City !== b.Address?.City && a.PhoneNumber === b.PhoneNumber ? undefined : 'recycled-number holders not told apart';
    case 'namesake': return p.given === q.given && surname(p) === surname(q) && a.Gender === b.Gender && sharedEvidence(a, b).length === 0
      ? undefined : 'namesakes must share the name and gender and nothing else';
    default: return `not a hard-negative kind: ${kind}`;
  }
}

export function auditLabelledDataset(ds: LabelledDataset, minClustersPerKind = 0): AuditSummary {
  const violations: string[] = [];
  const byId = new Map(ds.records.map((r) => [r.ProfileId, r]));
  const personById = new Map(ds.persons.map((p) => [p.personId, p]));
  const seenKeys = new Map<string, string>();
  for (const p of ds.persons) {
    const k = personKey(p); const other = seenKeys.get(k);
    if (other) violations.push(`persons ${other} and ${p.personId} are identical (${k})`);
    seenKeys.set(k, p.personId);
  }
  const clusterOfPerson = new Map<string, string>();
  const perKind = new Map<ClusterKind, KindCount>();
  for (const c of ds.clusters) {
    const count = perKind.get(c.kind) ?? { kind: c.kind, clusters: 0, records: 0 };
    count.clusters++; count.records += c.recordIds.length; perKind.set(c.kind, count);
    const recs = c.recordIds.map((id) => byId.get(id));
    if (recs.some((r) => !r)) { violations.push(`${c.clusterId}: names a missing record`); continue; }
    const persons = c.recordIds.map((id) => ds.personOf.get(id) ?? '');
    for (const [i, pid] of persons.entries()) {
      if (!personById.has(pid)) violations.push(`${c.recordIds[i]}: unknown person ${pid}`);
      if (ds.clusterOf.get(c.recordIds[i]) !== c.clusterId) violations.push(`${c.recordIds[i]}: clusterOf disagrees with ${c.clusterId}`);
      const home = clusterOfPerson.get(pid);
      if (home && home !== c.clusterId) violations.push(`person ${pid} is in clusters ${home} and ${c.clusterId}`);
      clusterOfPerson.set(pid, c.clusterId);
    }
    if (c.kind === 'singleton') { if (recs.length !== 1) violations.push(`${c.clusterId}: singleton with ${recs.length} records`); continue; }
    if (recs.length < 2 || recs.length > 3) violations.push(`${c.clusterId} (${c.kind}): ${recs.length} records, expected 2-3`);
    if (c.kind === 'channel' && !connectedByEvidence(recs as ProfileRecord[])) violations.push(`${c.clusterId} (channel): records joined by the name alone`);
    for (let i = 0; i < recs.length; i++) for (let j = i + 1; j < recs.length; j++) {
      const a = recs[i]!; const b = recs[j]!; const where = `${c.clusterId} (${c.kind}) ${a.ProfileId}/${b.ProfileId}`;
      if (isDuplicateKind(c.kind)) {
        if (persons[i] !== persons[j]) { violations.push(`${where}: duplicate cluster with two persons`); continue; }
        const diff = differingFields(a, b);
        const extra = diff.filter((f) => !ALLOWED[c.kind as DuplicateKind].includes(f));
        if (extra.length) { violations.push(`${where}: undeclared differences ${extra.join(', ')}`); continue; }
        const why = declaredDifference(c.kind, a, b, diff);
        if (why) violations.push(`${where}: ${why}`);
      } else if (isNegativeKind(c.kind)) {
        if (persons[i] === persons[j]) { violations.push(`${where}: hard negative with one person`); continue; }
        const why = negativeViolation(c.kind, personById.get(persons[i])!, personById.get(persons[j])!, a, b);
        if (why) violations.push(`${where}: ${why}`);
      }
    }
  }
  for (const count of perKind.values()) {
    if (count.kind !== 'singleton' && count.clusters < minClustersPerKind) violations.push(`${count.kind}: ${count.clusters} clusters < ${minClustersPerKind}`);
  }
  if (violations.length) {
    throw new AuditError(`ground-truth audit FAILED (${violations.length} violations):\n  ${violations.slice(0, 20).join('\n  ')}`);
  }
  return { records: ds.records.length, persons: ds.persons.length, clusters: ds.clusters.length, perKind: [...perKind.values()] };
}

export function formatAuditSummary(s: AuditSummary): string {
  const kinds = s.perKind.map((k) => `${k.kind} ${k.clusters}/${k.records}`).join(', ');
  return `ground-truth audit passed: ${s.records} records, ${s.persons} persons, ${s.clusters} clusters; per kind (clusters/records): ${kinds}`;
}
