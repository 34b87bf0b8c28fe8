// Every message from the webview is untrusted input (a compromised or buggy webview can post anything).
// validateWebviewMessage is the only way to obtain a Validated<...> message, and the host's handlers that
// reach the API accept only Validated messages, so no API call can happen on an unchecked message.
import type { FieldSourceProfileIds } from '../../shared/profile';
import { EXPORT_FORMATS } from '../../shared/matches/exportGroups';
import { FIELD_SOURCE_MEMBERS } from '../../shared/matches/fieldSources';
import { isMatchId, isProfileId } from '../../shared/matches/ids';
import type { MatchGroup, MatchSource } from '../../shared/matches/matchGroup';
import { MAX_RULE_LEVEL } from '../../shared/matches/ruleLevels';
import { isSettableReviewState } from '../../shared/matches/reviewState';
import { MAX_EXPORT_MATCH_IDS, MAX_WANTED_GROUPS, MAX_PROFILE_IDS_PER_LOAD, WEBVIEW_REQUEST_TYPES, type WebviewMessage, type WebviewRequestType } from '../../shared/matches/protocol';

declare const validatedBrand: unique symbol;
/** A message that passed validateWebviewMessage against the panel's current context. */
export type Validated<T> = T & { readonly [validatedBrand]: true };

export interface ValidationContext {
  /** The panel's domain; every request must name it. */
  readonly domain: string;
  /** A group loaded into this panel from GetMatches. */
  group(matchId: string): MatchGroup | undefined;
  /** True when the id belongs to some loaded group. */
  isLoadedProfile(profileId: string): boolean;
  /** Which matching the panel reviews (absent = 'ml'). */
  readonly source?: MatchSource;
}

export type ValidationResult =
  | { readonly ok: true; readonly message: Validated<WebviewMessage> }
  | { readonly ok: false; readonly reason: string; readonly requestId?: number };

class Rejection extends Error {}
function reject(reason: string): never { throw new Rejection(reason); }

type Fields = Record<string, unknown>;

function isPlainObject(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The message must have exactly these keys: unknown keys are a sign of a forged or mismatched sender. */
function exactKeys(msg: Fields, allowed: readonly string[]): void {
  for (const k of Object.keys(msg)) if (!allowed.includes(k)) reject(`unexpected field "${k}"`);
  for (const k of allowed) if (!(k in msg)) reject(`missing field "${k}"`);
}

function profileIdList(v: unknown, field: string, max: number): string[] {
  if (!Array.isArray(v)) reject(`${field} must be an array`);
  if (v.length === 0) reject(`${field} must not be empty`);
  if (v.length > max) reject(`${field} has ${v.length} ids; at most ${max} are allowed`);
  for (const id of v) if (!isProfileId(id)) reject(`${field} holds a value that is not a profile id (32 lower-case hex characters)`);
  if (new Set(v).size !== v.length) reject(`${field} repeats a profile id`);
  return v as string[];
}

function knownGroup(ctx: ValidationContext, matchId: unknown): MatchGroup {
  if (!isMatchId(matchId)) reject('matchId must be a string of 1..255 characters');
  const group = ctx.group(matchId);
  if (!group) reject(`matchId "${matchId}" is not a group loaded in this panel`);
  return group;
}

/** The filtered groups of an export: known groups of this panel, each once, a bounded number. */
function checkMatchIdList(ctx: ValidationContext, v: unknown): void {
  if (!Array.isArray(v)) reject('matchIds must be an array');
  if (v.length === 0) reject('matchIds must not be empty');
  if (v.length > MAX_EXPORT_MATCH_IDS) reject(`matchIds has ${v.length} ids; at most ${MAX_EXPORT_MATCH_IDS} are allowed`);
  for (const id of v) knownGroup(ctx, id);
  if (new Set(v).size !== v.length) reject('matchIds repeats a group');
}

function checkFieldSources(v: unknown, allowedIds: ReadonlySet<string>): FieldSourceProfileIds {
  if (!isPlainObject(v)) reject('fieldSourceProfileIds must be an object');
  const checkId = (where: string, id: unknown): void => {
    if (!isProfileId(id)) reject(`fieldSourceProfileIds.${where} is not a profile id`);
    if (!allowedIds.has(id)) reject(`fieldSourceProfileIds.${where} names a profile that is not part of this merge`);
  };
  for (const [key, value] of Object.entries(v)) {
    if (key === 'Attributes') {
      if (!isPlainObject(value)) reject('fieldSourceProfileIds.Attributes must be an object');
      for (const [attr, id] of Object.entries(value)) {
        if (attr.length < 1 || attr.length > 255) reject('fieldSourceProfileIds.Attributes keys must be 1..255 characters');
        checkId(`Attributes[${JSON.stringify(attr)}]`, id);
      }
    } else if (FIELD_SOURCE_MEMBERS.includes(key)) {
      checkId(key, value);
    } else {
      reject(`fieldSourceProfileIds has no member "${key}"`);
    }
  }
  return v as FieldSourceProfileIds;
}

/** A bulk-merge run id as the host makes them (journal runId); the host also checks it names its journal. */
function checkRunId(v: unknown): void {
  if (typeof v !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(v)) reject('runId must be 1..64 letters, digits or dashes');
}

function checkRequest(type: WebviewRequestType, msg: Fields, ctx: ValidationContext): void {
  const base = ['type', 'requestId', 'domain'];
  switch (type) {
    case 'loadProfiles': {
      exactKeys(msg, [...base, 'profileIds']);
      const ids = profileIdList(msg.profileIds, 'profileIds', MAX_PROFILE_IDS_PER_LOAD);
      for (const id of ids) if (!ctx.isLoadedProfile(id)) reject(`profile ${id} is not in any loaded group`);
      return;
    }
    case 'setReviewState':
      exactKeys(msg, [...base, 'matchId', 'state']);
      knownGroup(ctx, msg.matchId);
      if (!isSettableReviewState(msg.state)) reject('state must be one of unreviewed, not-a-match, skipped');
      return;
    case 'merge': {
      exactKeys(msg, [...base, 'matchId', 'mainProfileId', 'profileIdsToBeMerged', 'fieldSourceProfileIds']);
      const group = knownGroup(ctx, msg.matchId);
      const members = new Set(group.profileIds);
      if (!isProfileId(msg.mainProfileId)) reject('mainProfileId is not a profile id');
      if (!members.has(msg.mainProfileId)) reject('mainProfileId is not a profile of this group');
      const merged = profileIdList(msg.profileIdsToBeMerged, 'profileIdsToBeMerged', group.profileIds.length);
      if (merged.includes(msg.mainProfileId)) reject('the main profile is also in profileIdsToBeMerged');
      for (const id of merged) if (!members.has(id)) reject(`profile ${id} is not a profile of this group`);
      checkFieldSources(msg.fieldSourceProfileIds, new Set([msg.mainProfileId, ...merged]));
      return;
    }
    case 'cancelLoading':
    case 'reload':
      exactKeys(msg, base);
      return;
    case 'export':
      exactKeys(msg, 'matchIds' in msg ? [...base, 'format', 'matchIds'] : [...base, 'format']);
      if (!(EXPORT_FORMATS as readonly unknown[]).includes(msg.format)) reject('format must be "csv" or "json"');
      if ('matchIds' in msg) checkMatchIdList(ctx, msg.matchIds);
      return;
    case 'resumeBulkMerge':
    case 'retryFailedMerges':
    case 'dismissMergeReport':
      exactKeys(msg, [...base, 'runId']);
      checkRunId(msg.runId);
      return;
    case 'exportMergeReport':
      exactKeys(msg, [...base, 'runId', 'format']);
      checkRunId(msg.runId);
      if (!(EXPORT_FORMATS as readonly unknown[]).includes(msg.format)) reject('format must be "csv" or "json"');
      return;
    case 'bulkMerge':
      // The panel's source decides the criterion: a rule-based panel has no scores, an ML panel no levels.
      if (ctx.source === 'rules') {
        exactKeys(msg, [...base, 'maxLevel']);
        if (typeof msg.maxLevel !== 'number' || !Number.isInteger(msg.maxLevel) || msg.maxLevel < 1 || msg.maxLevel > MAX_RULE_LEVEL) {
          reject(`maxLevel must be a whole number from 1 to ${MAX_RULE_LEVEL}`);
        }
        return;
      }
      exactKeys(msg, [...base, 'minScore']);
      if (typeof msg.minScore !== 'number' || !Number.isFinite(msg.minScore) || msg.minScore < 0 || msg.minScore > 1) {
        reject('minScore must be a number from 0 to 1');
      }
      return;
  }
}

export function validateWebviewMessage(raw: unknown, ctx: ValidationContext): ValidationResult {
  if (!isPlainObject(raw)) return { ok: false, reason: 'message is not an object' };
  const requestId = Number.isSafeInteger(raw.requestId) && (raw.requestId as number) >= 0 ? (raw.requestId as number) : undefined;
  try {
    if (raw.type === 'ready') {
      exactKeys(raw, 'paintAck' in raw ? ['type', 'paintAck'] : ['type']);
      if ('paintAck' in raw && typeof raw.paintAck !== 'boolean') reject('paintAck must be a boolean');
    } else if (raw.type === 'firstPaint') {
      exactKeys(raw, ['type']);
    } else if (raw.type === 'wantGroups') {
      exactKeys(raw, ['type', 'matchIds']);
      if (ctx.source !== 'rules') reject('wantGroups is for rule-based panels only');
      if (!Array.isArray(raw.matchIds) || raw.matchIds.length > MAX_WANTED_GROUPS) reject(`matchIds must be an array of at most ${MAX_WANTED_GROUPS} ids`);
      for (const id of raw.matchIds) if (!isMatchId(id)) reject('matchIds holds a value that is not a MatchId');
    } else {
      if (typeof raw.type !== 'string' || !(WEBVIEW_REQUEST_TYPES as readonly string[]).includes(raw.type)) {
        reject(`unknown message type ${JSON.stringify(raw.type)}`);
      }
      if (requestId === undefined) reject('requestId must be a non-negative integer');
      if (raw.domain !== ctx.domain) reject(`domain ${JSON.stringify(raw.domain)} is not this panel's domain`);
      checkRequest(raw.type as WebviewRequestType, raw, ctx);
    }
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, reason: e.message, requestId };
    throw e;
  }
  return { ok: true, message: raw as unknown as Validated<WebviewMessage> };
}
