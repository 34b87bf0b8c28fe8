// Every message from the profile view's webview is untrusted input. validateProfileMessage is the only way to
// obtain a Validated message, and the controller's handlers that reach the API accept only Validated ones: no
// API call happens on an unchecked message. Ids must be ones this view itself listed (a history record it
// showed, a similar profile or group it showed), so a forged message cannot steer a call anywhere else.
import { MATCH_TYPES, PROFILE_ACTIONS, SECTIONS, WEBVIEW_REQUEST_TYPES, type WebviewMessage } from '../../../shared/profiles/protocol';

declare const validated: unique symbol;
export type Validated<T> = T & { readonly [validated]: true };

export interface ProfileValidationContext {
  readonly profileId: string;
  isListedRecord(id: string): boolean;
  isListedSimilarProfile(id: string): boolean;
  isListedGroup(matchType: string, matchId: string): boolean;
  /** An object type whose list has another page. */
  hasMoreObjects(objectTypeName: string): boolean;
}

export type ProfileValidationResult =
  | { readonly ok: true; readonly message: Validated<WebviewMessage> }
  | { readonly ok: false; readonly reason: string; readonly requestId?: number };

class Rejection extends Error {}
const reject = (why: string): never => { throw new Rejection(why); };

type Fields = Record<string, unknown>;

function exactKeys(m: Fields, allowed: readonly string[]): void {
  for (const k of Object.keys(m)) if (!allowed.includes(k)) reject(`unexpected member "${k}"`);
  for (const k of allowed) if (!(k in m)) reject(`missing member "${k}"`);
}

const isText = (v: unknown, max = 255): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;

function checkRequest(m: Fields, ctx: ProfileValidationContext): void {
  const base = ['type', 'requestId', 'profileId'];
  switch (m.type) {
    case 'refresh':
    case 'loadMoreHistory':
      return exactKeys(m, base);
    case 'retry':
      exactKeys(m, [...base, 'section']);
      if (!(SECTIONS as readonly unknown[]).includes(m.section)) reject('section is not a section of this view');
      return;
    case 'loadMoreObjects':
      exactKeys(m, [...base, 'objectTypeName']);
      if (!isText(m.objectTypeName) || !ctx.hasMoreObjects(m.objectTypeName)) reject('objectTypeName names no list with another page');
      return;
    case 'openHistoryRecord':
      exactKeys(m, [...base, 'recordId']);
      if (!isText(m.recordId) || !ctx.isListedRecord(m.recordId)) reject('recordId is not a history record this view listed');
      return;
    case 'openProfile':
      exactKeys(m, [...base, 'otherProfileId']);
      if (!isText(m.otherProfileId) || !ctx.isListedSimilarProfile(m.otherProfileId)) reject('otherProfileId is not a similar profile this view listed');
      return;
    case 'openMatch':
      exactKeys(m, [...base, 'matchType', 'matchId']);
      if (!(MATCH_TYPES as readonly unknown[]).includes(m.matchType)) reject('matchType must be ML_BASED_MATCHING or RULE_BASED_MATCHING');
      if (!isText(m.matchId) || !ctx.isListedGroup(m.matchType as string, m.matchId)) reject('matchId is not a group this view listed');
      return;
    case 'action':
      exactKeys(m, [...base, 'action']);
      if (!(PROFILE_ACTIONS as readonly unknown[]).includes(m.action)) reject('action must be edit, addKey or delete');
      return;
  }
}

export function validateProfileMessage(raw: unknown, ctx: ProfileValidationContext): ProfileValidationResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'message is not an object' };
  const m = raw as Fields;
  const requestId = Number.isSafeInteger(m.requestId) && (m.requestId as number) >= 0 ? (m.requestId as number) : undefined;
  try {
    if (m.type === 'ready') {
      exactKeys(m, ['type']);
    } else {
      if (typeof m.type !== 'string' || !(WEBVIEW_REQUEST_TYPES as readonly string[]).includes(m.type)) reject(`unknown message type ${JSON.stringify(m.type)}`);
      if (requestId === undefined) reject('requestId must be a non-negative integer');
      if (m.profileId !== ctx.profileId) reject('profileId is not this view\'s profile');
      checkRequest(m, ctx);
    }
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, reason: e.message, requestId };
    throw e;
  }
  return { ok: true, message: raw as Validated<WebviewMessage> };
}
