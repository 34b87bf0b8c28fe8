// The search keys the picker offers: the service's predefined keys (the SearchProfiles KeyName text of the API
// model) and every key the domain's object types define (GetProfileObjectType Keys), each labelled with the
// types that define it. Pure.
import * as l10n from '@vscode/l10n';

/** The predefined keys, in the order the model's KeyName documentation lists them. */
export const STANDARD_SEARCH_KEYS: readonly string[] = [
  '_account', '_profileId', '_assetId', '_caseId', '_orderId', '_fullName', '_phone', '_email', '_ctrContactId',
  '_marketoLeadId', '_salesforceAccountId', '_salesforceContactId', '_salesforceAssetId', '_zendeskUserId',
  '_zendeskExternalId', '_zendeskTicketId', '_serviceNowSystemId', '_serviceNowIncidentId', '_segmentUserId',
  '_shopifyCustomerId', '_shopifyOrderId',
];

/** The keys most searches use, offered first. */
const COMMON_KEYS: readonly string[] = ['_email', '_phone', '_fullName', '_account', '_profileId'];

/** The model's `name` shape: KeyName of SearchProfiles and AdditionalSearchKey. */
const KEY_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export function isSearchKeyName(value: unknown): value is string {
  return typeof value === 'string' && KEY_NAME.test(value);
}

export interface SearchKeyChoice {
  readonly keyName: string;
  readonly standard: boolean;
  /** Object types whose Keys define it (sorted). */
  readonly definedBy: readonly string[];
}

/** One object type's key names (GetProfileObjectType Keys). */
export interface ObjectTypeKeys {
  readonly objectTypeName: string;
  readonly keyNames: readonly string[];
}

/** Common standard keys, then keys the domain's types define, then the other standard keys; no duplicates. */
export function searchKeyCatalog(types: readonly ObjectTypeKeys[]): SearchKeyChoice[] {
  const definedBy = new Map<string, Set<string>>();
  for (const t of types) {
    for (const k of t.keyNames) {
      if (!isSearchKeyName(k)) continue;
      (definedBy.get(k) ?? definedBy.set(k, new Set()).get(k)!).add(t.objectTypeName);
    }
  }
  const choice = (keyName: string): SearchKeyChoice => ({
    keyName,
    standard: STANDARD_SEARCH_KEYS.includes(keyName),
    definedBy: [...(definedBy.get(keyName) ?? [])].sort(),
  });
  const order = [...COMMON_KEYS, ...[...definedBy.keys()].sort(), ...STANDARD_SEARCH_KEYS];
  return [...new Set(order)].map(choice);
}

/** "standard · defined by CTR, ShopifyCustomer" (the picker's description). */
export function keyChoiceDescription(choice: SearchKeyChoice): string {
  const parts = [choice.standard ? l10n.t('standard') : l10n.t('custom')];
  if (choice.definedBy.length) parts.push(l10n.t('defined by {0}', choice.definedBy.join(', ')));
  return parts.join(' · ');
}
