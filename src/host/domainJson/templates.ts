// Starting text of new documents. Pure.
import type { NewDomainDocument } from './domainTypes';
import { stableJson } from './stableJson';

/** A new domain: the required expiration (the service maximum is 1098 days) and identity resolution off. */
export function newDomainTemplate(): string {
  const document: NewDomainDocument = { DefaultExpirationDays: 366, Matching: { Enabled: false } };
  return stableJson(document);
}
