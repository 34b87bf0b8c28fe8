// attachDecision: what PutProfileObject would do with the sample, once the SearchProfiles the mapper lists
// (previewMapping's `searches`, in the service's order) have been run against the connection: attach to the
// first profile a search finds, else create one (AllowProfileCreation TRUE), else be refused. Pure: the host
// runs the searches and hands their outcomes in; this decides and words the result, with the warnings where
// our reading of the reference (or the sandbox's ingestion) is uncertain.
import * as l10n from '@vscode/l10n';
import type { MappingPreview, ProfileSearch } from './types';

export interface FoundProfile {
  readonly profileId: string;
  /** "Ann Lee", the business name, or "(no name)". */
  readonly name: string;
}

export type SearchOutcome =
  | { readonly status: 'found'; readonly profiles: readonly FoundProfile[]; readonly more: boolean }
  | { readonly status: 'none' }
  | { readonly status: 'failed'; readonly message: string };

export interface DecidedSearch extends ProfileSearch {
  /** Undefined: not run (an earlier search decided, or failed). */
  readonly outcome?: SearchOutcome;
}

export type AttachDecision =
  | { readonly kind: 'attach'; readonly profile: FoundProfile; readonly keyName: string; readonly value: string }
  | { readonly kind: 'create' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'undecided'; readonly reason: string };

export interface DecisionView {
  readonly decision: AttachDecision;
  readonly searches: readonly DecidedSearch[];
  /** One sentence: "Attaches to Ann Lee (…) found by _phone = …". */
  readonly summary: string;
  readonly warnings: readonly string[];
}

/** A profile's display name from a SearchProfiles item. */
export function profileDisplayName(p: { FirstName?: string; MiddleName?: string; LastName?: string; BusinessName?: string }): string {
  const person = [p.FirstName, p.MiddleName, p.LastName].filter((s) => typeof s === 'string' && s.trim() !== '').join(' ');
  if (person) return person;
  return p.BusinessName && p.BusinessName.trim() !== '' ? p.BusinessName : l10n.t('(no name)');
}

/** Index of the first search still to run, or undefined when the outcomes so far decide (hit or failure). */
export function nextSearchIndex(searches: readonly ProfileSearch[], outcomes: readonly SearchOutcome[]): number | undefined {
  if (outcomes.some((o) => o.status === 'found' || o.status === 'failed')) return undefined;
  return outcomes.length < searches.length ? outcomes.length : undefined;
}

/**
 * Decides from the outcomes of the searches run so far (in order; the host stops at the first hit or failure).
 * The preview is of a parsed sample object (parseSample): a text that is not one object never gets here.
 */
export function decideAttachment(preview: MappingPreview, outcomes: readonly SearchOutcome[]): DecisionView {
  const searches: DecidedSearch[] = preview.searches.map((s, i) => (i < outcomes.length ? { ...s, outcome: outcomes[i] } : { ...s }));
  const warnings = readingWarnings(preview);
  const allow = preview.creation.allowProfileCreation;
  for (const s of searches) {
    const o = s.outcome;
    if (o?.status === 'failed') {
      const reason = l10n.t('{0} {1} failed: {2}', 'SearchProfiles', `${s.keyName} = ${s.value}`, o.message);
      return { decision: { kind: 'undecided', reason }, searches, summary: l10n.t('Cannot tell whether it attaches: {0}', reason), warnings };
    }
    if (o?.status === 'found') {
      const profile = o.profiles[0];
      if (o.profiles.length > 1 || o.more) {
        warnings.push(o.more
          ? l10n.t('{0} {1} found more than {2} profiles; the reference does not say which one the service attaches to: the preview (like the sandbox) takes the first.', 'SearchProfiles', `${s.keyName} = ${s.value}`, o.profiles.length)
          : l10n.t('{0} {1} found {2} profiles; the reference does not say which one the service attaches to: the preview (like the sandbox) takes the first.', 'SearchProfiles', `${s.keyName} = ${s.value}`, o.profiles.length));
      }
      return {
        decision: { kind: 'attach', profile, keyName: s.keyName, value: s.value },
        searches,
        summary: l10n.t('Attaches to {0} ({1}), found by {2}.', profile.name, profile.profileId, `${s.keyName} = ${s.value}`),
        warnings,
      };
    }
  }
  if (searches.some((s) => s.outcome === undefined)) {
    return { decision: { kind: 'undecided', reason: 'searching…' }, searches, summary: l10n.t('Searching for the profile it would attach to…'), warnings };
  }
  const searched = searches.length === 0 ? preview.creation.explanation
    : l10n.t('No profile has {0}.', searches.map((s) => `${s.keyName} = ${s.value}`).reduce((a, b) => l10n.t('{0} or {1}', a, b)));
  if (allow) return { decision: { kind: 'create' }, searches, summary: l10n.t('Creates a new profile: {0} {1} is {2}.', searched, 'AllowProfileCreation', 'TRUE'), warnings };
  warnings.push(l10n.t('{0} is {1} and nothing matched: the reference says only that the service "tries to fetch a standard profile and associate this object"; the sandbox refuses such an object ({2}).', 'AllowProfileCreation', 'FALSE', 'BadRequest'));
  return { decision: { kind: 'refused' }, searches, summary: l10n.t('Refused: {0} {1} is {2}, so no profile is created.', searched, 'AllowProfileCreation', 'FALSE'), warnings };
}

/** Where the reference is terse, or the sandbox's ingestion (src/sandbox/store/objects.ts) reads it differently. */
function readingWarnings(preview: MappingPreview): string[] {
  const out: string[] = [];
  if (preview.uniqueKey) {
    out.push(l10n.t('If an object with {0} key {1} already exists, {2} replaces it on the profile that holds it; the sandbox checks that before any {3} search (the reference does not say in which order).',
      'UNIQUE', `${preview.uniqueKey.keyName} = ${preview.uniqueKey.value}`, 'PutProfileObject', 'PROFILE'));
  }
  const uniqueOnly = preview.keys.filter((k) => k.standardIdentifiers.includes('UNIQUE') && !k.storedOnCreate);
  if (uniqueOnly.length > 0) {
    out.push(l10n.t('{0}: our reading does not store a {1}-only key on the profile; the sandbox stores every key but {2} there ({3} then finds the profile by it).',
      uniqueOnly.map((k) => k.keyName).join(', '), 'UNIQUE', 'LOOKUP_ONLY', 'SearchProfiles'));
  }
  if (preview.searches.some((s) => s.secondary)) {
    out.push(l10n.t('{0} keys are searched last here, as the reference says; the sandbox searches keys in the object type\'s {1} order.', 'SECONDARY', 'Keys'));
  }
  const newOnly = preview.keys.filter((k) => k.standardIdentifiers.includes('NEW_ONLY'));
  if (newOnly.some((k) => !k.standardIdentifiers.includes('PROFILE'))) {
    out.push(l10n.t('{0} without {1} ({2}): our reading searches with it; the sandbox does not.', 'NEW_ONLY', 'PROFILE', newOnly.map((k) => k.keyName).join(', ')));
  }
  if (newOnly.length > 0) out.push(l10n.t('{0} keys: stored only when the object creates the profile (our reading); the sandbox stores them on attach too.', 'NEW_ONLY'));
  return out;
}
