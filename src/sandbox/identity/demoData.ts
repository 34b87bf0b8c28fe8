// Deterministic demo profiles for the sandbox's demo-retail domain, the matcher's precision/recall tests and the
// identity-resolution benchmark. Same options -> byte-identical output (seeded PRNG, fixed epoch, hashed ids).
//
// Shape of the data: `clusters` duplicate clusters of 2–6 records of one person (typos, casing, nicknames, phone
// formats, e-mail spellings, missing fields, address variants) and singletons filling up to `profiles`. Every
// duplicate but a few stays linked to its cluster's first record by something a careful human would accept: a
// shared mailbox or phone (formatted differently), or name + birth date + street address; ~3% share only the name
// and one more fact (see LinkMode 'weak'), as real data always has duplicates nobody can prove.
// Singletons have distinct names (while the name space lasts), mailboxes and phones; some share a surname or a
// city, and some are "household" members sharing a phone and address with another singleton — the matcher must
// not join those.
// Cluster 0 is the API reference's John Doe example verbatim; cluster 1 carries HTML/script payloads.
import { createHash } from 'node:crypto';
import type { ProfileRecord } from '../../shared/profile';
import { DEMO_SOURCE_OBJECT_TYPES } from './demoNames';
import { chance, mulberry32, pick, Random, randInt, shuffle } from './prng';

export { DEMO_SOURCE_OBJECT_TYPES } from './demoNames';
import { duplicates, People, toRecord, type Person } from './demoPeople';

export interface DemoProfile {
  profile: ProfileRecord;
  /** Epoch seconds. */
  lastUpdatedAt: number;
  sourceObjectType?: string;
}

export interface DemoOptions {
  seed: number;
  /** Total number of profiles generated. */
  profiles: number;
  /** Duplicate clusters (each 2–6 profiles), including the two fixed ones; reduced if profiles cannot hold them. */
  clusters: number;
}

export interface DemoDataset {
  profiles: DemoProfile[];
  /** Ground truth: ProfileIds of each duplicate cluster (sorted), clusters in generation order. */
  clusters: string[][];
}

/** 2025-01-01T00:00:00Z: all timestamps are this minus a seeded offset (never the wall clock). */
export const DEMO_EPOCH_SECONDS = 1735689600;

/** The API reference's GetMatches example, verbatim. */
export const JOHN_DOE_EXAMPLE: readonly Omit<ProfileRecord, 'ProfileId'>[] = [
  { FirstName: 'John', LastName: 'Doe', EmailAddress: 'JOHN_DOE@ANYCOMPANY.COM', PhoneNumber: '555-010-0000' },
  { FirstName: 'Jhn', LastName: 'Doe', EmailAddress: 'johndoe@anycompany.com', PhoneNumber: '+1-555-010-0000' },
];

// ---- XSS PROBES -------------------------------------------------------------------------------------------------
// Deliberately hostile values so the matches webview's escaping is tested against the demo domain. They form one
// duplicate cluster (shared mailbox). Never "fix" these: the webview must render them as inert text.
export const XSS_PROBE_PROFILES: readonly Omit<ProfileRecord, 'ProfileId'>[] = [
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    EmailAddress: 'xss.probe@example.com', PhoneNumber: '206-555-0199',
    Attributes: { note: '<svg onload=alert(2)>', loyaltyTier: 'gold' } },
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    EmailAddress: 'XSS.PROBE@EXAMPLE.COM', BusinessName: '</td><script>alert(3)</script>',
    Address: { Address1: '1 <b onmouseover=alert(4)>Main</b> St', City: 'javascript:alert(5)', PostalCode: '98101' },
    Attributes: { '<i>key</i>': '\'); alert(6); //' } },
  { FirstName: '<img src=x onerror=alert(1)>', LastName: '"><script>alert("cpx")</script>',
    PersonalEmailAddress: 'xss_probe@example.com', AdditionalInformation: '{{constructor.constructor("alert(7)")()}}' },
];
// ---- end of XSS PROBES ------------------------------------------------------------------------------------------

export function generateDemoProfiles(options: DemoOptions): DemoProfile[] {
  return generateDemoDataset(options).profiles;
}

export function generateDemoDataset(options: DemoOptions): DemoDataset {
  const rnd = mulberry32(options.seed);
  const sizes = clusterSizes(rnd, options);
  const inClusters = sizes.reduce((a, b) => a + b, 0);
  const singletons = Math.max(0, options.profiles - inClusters);
  const people = new People(rnd, options.seed);
  const out: DemoProfile[] = [];
  const clusters: string[][] = [];
  let n = 0;
  const emit = (records: Omit<ProfileRecord, 'ProfileId'>[]): string[] => records.map((r) => {
    const ProfileId = profileIdFor(options.seed, n++);
    out.push({
      profile: { ProfileId, ...r },
      lastUpdatedAt: DEMO_EPOCH_SECONDS - randInt(rnd, 0, 2 * 365 * 86400),
      sourceObjectType: pick(rnd, DEMO_SOURCE_OBJECT_TYPES),
    });
    return ProfileId;
  });

  sizes.forEach((size, c) => {
    const records = c === 0 ? [...JOHN_DOE_EXAMPLE] : c === 1 ? [...XSS_PROBE_PROFILES] : duplicates(rnd, people.next(), size);
    clusters.push(emit(records).sort());
  });
  let previous: Person | undefined;
  for (let i = 0; i < singletons; i++) {
    // ~3% households: a relative of the previous singleton (same surname, phone and address, other first name).
    const person: Person = previous && chance(rnd, 0.03) ? people.relativeOf(previous) : people.next();
    emit([toRecord(rnd, person, 'full')]);
    previous = person;
  }

  // Present the profiles in a seeded order so clusters are not contiguous (as in a real domain).
  return { profiles: shuffle(rnd, out), clusters };
}

/** Cluster sizes: the two fixed clusters, then 2–6 skewed towards pairs (50% 2, 25% 3, 13% 4, 7% 5, 5% 6). */
function clusterSizes(rnd: Random, o: DemoOptions): number[] {
  const sizes: number[] = [];
  let total = 0;
  const fixed = [JOHN_DOE_EXAMPLE.length, XSS_PROBE_PROFILES.length];
  for (let c = 0; c < o.clusters; c++) {
    const r = rnd();
    const size = c < fixed.length ? fixed[c] : r < 0.5 ? 2 : r < 0.75 ? 3 : r < 0.88 ? 4 : r < 0.95 ? 5 : 6;
    if (total + size > o.profiles) break;
    sizes.push(size);
    total += size;
  }
  return sizes;
}

function profileIdFor(seed: number, index: number): string {
  return createHash('sha256').update(`cpx-demo:${seed}:${index}`).digest('hex').slice(0, 32);
}
