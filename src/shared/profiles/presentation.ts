// What the profile view shows, computed from the API's answers. Pure (host computes, webview renders): attribute
// rows in the model's member order, history rows, object JSON pretty-printed, similar groups.
import * as l10n from '@vscode/l10n';
import { ADDRESS_PARTS } from '../profile';

export interface AttributeRow { readonly label: string; readonly value: string }

/** Every member of the model's Profile shape, in model order (FoundByItems is a search artefact, not an attribute). */
export const PROFILE_MEMBERS = [
  'ProfileId', 'AccountNumber', 'AdditionalInformation', 'PartyType', 'BusinessName', 'FirstName', 'MiddleName', 'LastName',
  'BirthDate', 'Gender', 'PhoneNumber', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber', 'EmailAddress',
  'PersonalEmailAddress', 'BusinessEmailAddress', 'Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress',
  'Attributes', 'PartyTypeString', 'GenderString', 'ProfileType', 'EngagementPreferences',
] as const;

const ADDRESS_MEMBERS = new Set(['Address', 'ShippingAddress', 'MailingAddress', 'BillingAddress']);

function text(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** One line per address part that has a value: "Address.City". */
function addressRows(member: string, v: unknown): AttributeRow[] {
  if (!v || typeof v !== 'object') return [];
  const a = v as Record<string, unknown>;
  const rows: AttributeRow[] = [];
  for (const part of ADDRESS_PARTS) {
    const t = text(a[part]);
    if (t !== undefined) rows.push({ label: `${member}.${part}`, value: t });
  }
  return rows;
}

/** EngagementPreferences: one row per channel preference ("Phone: KeyName=KeyValue (ContactType)"). */
function engagementRows(v: unknown): AttributeRow[] {
  if (!v || typeof v !== 'object') return [];
  const rows: AttributeRow[] = [];
  for (const [channel, list] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const p of list as Record<string, unknown>[]) {
      const parts = [p.KeyName !== undefined ? `${text(p.KeyName)}=${text(p.KeyValue) ?? ''}` : undefined, text(p.ContactType), text(p.ProfileId)]
        .filter((s): s is string => !!s);
      rows.push({ label: `EngagementPreferences.${channel}`, value: parts.join(' · ') });
    }
  }
  return rows;
}

export interface ProfileRows { readonly standard: AttributeRow[]; readonly unset: string[]; readonly attributes: AttributeRow[] }

export function profileRows(profile: Readonly<Record<string, unknown>>): ProfileRows {
  const standard: AttributeRow[] = [];
  const unset: string[] = [];
  for (const member of PROFILE_MEMBERS) {
    if (member === 'Attributes') continue;
    const v = profile[member];
    const rows = ADDRESS_MEMBERS.has(member) ? addressRows(member, v)
      : member === 'EngagementPreferences' ? engagementRows(v)
        : text(v) !== undefined ? [{ label: member, value: text(v)! }] : [];
    if (rows.length === 0) unset.push(member);
    standard.push(...rows);
  }
  const raw = profile.Attributes;
  const attributes = raw && typeof raw === 'object'
    ? Object.entries(raw as Record<string, unknown>).map(([k, v]) => ({ label: k, value: text(v) ?? '' })).sort((a, b) => a.label.localeCompare(b.label))
    : [];
  return { standard, unset, attributes };
}

/** What a profile without any name is called (the header, and the delete's typed confirmation refuses it). */
export const NO_NAME = (): string => l10n.t('(no name)');

/** The header's name: first/last, else the business name, else the e-mail, else "(no name)". */
export function profileName(profile: Readonly<Record<string, unknown>>): string {
  const s = (k: string): string => (typeof profile[k] === 'string' ? (profile[k] as string).trim() : '');
  const person = [s('FirstName'), s('MiddleName'), s('LastName')].filter(Boolean).join(' ');
  return person || s('BusinessName') || s('EmailAddress') || s('PersonalEmailAddress') || NO_NAME();
}

// ---- history ----------------------------------------------------------------------------------------------

export interface HistoryRow {
  readonly id: string;
  readonly actionType: string;
  /** "Merged into this profile", "Deleted by a merge", … */
  readonly description: string;
  /** ISO 8601 (UTC). */
  readonly time: string;
  readonly performedBy: string;
  readonly objectTypeName: string;
  readonly uniqueKey?: string;
}

/** A history ActionType in words (the display language's), or the ActionType itself when we have none. */
function actionText(action: string): string {
  switch (action) {
    case 'CREATED': return l10n.t('Profile created');
    case 'UPDATED': return l10n.t('Profile updated');
    case 'INGESTED': return l10n.t('Object ingested');
    case 'ADDED_PROFILE_KEY': return l10n.t('Key added');
    case 'DELETED_PROFILE_KEY': return l10n.t('Key deleted');
    case 'MERGED': return l10n.t('Other profiles merged into this one');
    case 'DELETED_BY_MERGE': return l10n.t('Deleted by a merge into another profile');
    case 'DELETED_BY_CUSTOMER': return l10n.t('Deleted');
    case 'EXPIRED': return l10n.t('Expired');
    default: return action;
  }
}

/** A timestamp as the SDK gives it (Date) or as JSON carries it (epoch seconds or ISO text). */
export function isoTime(v: unknown): string {
  const d = v instanceof Date ? v : typeof v === 'number' ? new Date(v < 1e11 ? v * 1000 : v) : typeof v === 'string' ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

export function historyRow(r: Readonly<Record<string, unknown>>): HistoryRow | undefined {
  if (typeof r.Id !== 'string' || !r.Id) return undefined;
  const action = typeof r.ActionType === 'string' ? r.ActionType : 'UNKNOWN';
  return {
    id: r.Id,
    actionType: action,
    description: actionText(action),
    time: isoTime(r.CreatedAt),
    performedBy: typeof r.PerformedBy === 'string' ? r.PerformedBy : '',
    objectTypeName: typeof r.ObjectTypeName === 'string' ? r.ObjectTypeName : '',
    ...(typeof r.ProfileObjectUniqueKey === 'string' ? { uniqueKey: r.ProfileObjectUniqueKey } : {}),
  };
}

/** JSON text pretty-printed with two spaces; anything that is not JSON as it came. */
export function prettyJson(textIn: string): string {
  try {
    return JSON.stringify(JSON.parse(textIn), null, 2);
  } catch {
    return textIn;
  }
}

const PROFILE_ID = /^[a-f0-9]{32}$/;

/** The merge's ids a MERGED / DELETED_BY_MERGE record's Content names (MainProfileId, ProfileIdsToBeMerged). */
export function mergeIds(content: string): { mainProfileId: string; profileIdsToBeMerged: string[] } | undefined {
  let v: unknown;
  try { v = JSON.parse(content); } catch { return undefined; }
  if (!v || typeof v !== 'object') return undefined;
  const { MainProfileId, ProfileIdsToBeMerged } = v as { MainProfileId?: unknown; ProfileIdsToBeMerged?: unknown };
  if (typeof MainProfileId !== 'string' || !PROFILE_ID.test(MainProfileId) || !Array.isArray(ProfileIdsToBeMerged)) return undefined;
  return { mainProfileId: MainProfileId, profileIdsToBeMerged: ProfileIdsToBeMerged.filter((id): id is string => typeof id === 'string' && PROFILE_ID.test(id)) };
}

// ---- objects and similar profiles --------------------------------------------------------------------------

export interface ObjectView { readonly uniqueKey: string; readonly json: string }
export interface ObjectGroupView {
  readonly objectTypeName: string;
  readonly objects: readonly ObjectView[];
  /** Another page exists (Load more). */
  readonly more: boolean;
  /** This type's list failed (the others still show). */
  readonly error?: string;
}

export function objectView(item: Readonly<Record<string, unknown>>): ObjectView {
  return {
    uniqueKey: typeof item.ProfileObjectUniqueKey === 'string' ? item.ProfileObjectUniqueKey : '',
    json: typeof item.Object === 'string' ? prettyJson(item.Object) : '',
  };
}

export interface SimilarGroupView {
  readonly matchType: 'ML_BASED_MATCHING' | 'RULE_BASED_MATCHING';
  readonly matchId: string;
  readonly ruleLevel?: number;
  readonly confidenceScore?: number;
  /** The group's other profiles (this one left out). */
  readonly otherProfileIds: readonly string[];
}

export interface KeyRow {
  readonly keyName: string;
  readonly value: string;
  /** How the key was found: "object type CTR (PROFILE) applied to object <key>", "ADDED_PROFILE_KEY at <time>". */
  readonly derivedFrom: string;
}
