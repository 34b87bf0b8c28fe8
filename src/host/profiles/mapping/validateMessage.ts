// Every message from the mapping preview's webview is untrusted input. validateMappingMessage is the only way
// to obtain a ValidatedMappingMessage, and the controller's handlers take only validated messages, so no
// SearchProfiles, PutProfileObject or command runs on an unchecked one. Pure (no vscode): unit-tested.
import { isProfileId } from '../profileRef';
import type { MappingWebviewMessage } from '../../../shared/objectTypes/protocol';

declare const validatedBrand: unique symbol;
export type ValidatedMappingMessage = MappingWebviewMessage & { readonly [validatedBrand]: true };

export interface MappingValidationContext {
  /** Profile ids this preview showed (the attach target, the ingested profile): the only ones it may open. */
  readonly shownProfileIds: ReadonlySet<string>;
}

export type MappingValidation =
  | { readonly ok: true; readonly message: ValidatedMappingMessage }
  | { readonly ok: false; readonly reason: string; readonly requestId?: number };

const KEYS: Record<MappingWebviewMessage['type'], readonly string[]> = {
  ready: ['type'],
  refresh: ['type', 'requestId'],
  ingest: ['type', 'requestId'],
  openProfile: ['type', 'requestId', 'profileId'],
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

export function validateMappingMessage(raw: unknown, ctx: MappingValidationContext): MappingValidation {
  if (!isPlainObject(raw)) return { ok: false, reason: 'the message is not an object' };
  const requestId = Number.isSafeInteger(raw.requestId) && (raw.requestId as number) > 0 ? (raw.requestId as number) : undefined;
  const fail = (reason: string): MappingValidation => ({ ok: false, reason, requestId });
  const type = raw.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(KEYS, type)) return fail(`unknown message type ${JSON.stringify(type)?.slice(0, 40)}`);
  const allowed = KEYS[type as MappingWebviewMessage['type']];
  for (const k of Object.keys(raw)) if (!allowed.includes(k)) return fail(`unexpected field "${k}"`);
  for (const k of allowed) if (!(k in raw)) return fail(`missing field "${k}"`);
  if (type !== 'ready' && requestId === undefined) return fail('requestId must be a positive integer');
  if (type === 'openProfile') {
    if (!isProfileId(raw.profileId)) return fail('profileId is not a profile id (32 lower-case hex characters)');
    if (!ctx.shownProfileIds.has(raw.profileId)) return fail(`profile ${raw.profileId} is not one this preview showed`);
  }
  return { ok: true, message: raw as unknown as ValidatedMappingMessage };
}
