// The editable subset of a domain: what GetDomain returns minus what UpdateDomain cannot set. The read-only
// members are listed (not computed) so a reader sees them; a unit test derives the same list from the model.
import type { EditableDomain, GetDomainOutput, TagMap } from './domainTypes';

/** GetDomain members that are not in the UpdateDomain body (the name is the URI label; the rest is state). */
export const READ_ONLY_DOMAIN_MEMBERS: readonly string[] = [
  'DomainName',
  'CreatedAt',
  'LastUpdatedAt',
  'Stats',
  'RuleBasedMatching.Status',
  'DataStore.Readiness',
];

/** A JSON-safe deep copy without undefined members (SDK outputs carry `undefined` for absent members). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * GetDomain output (or an already-editable document: the function is idempotent) -> the document shown in the
 * editor, members in UpdateDomain's order. No timestamps survive (CreatedAt/LastUpdatedAt are read-only), so
 * the document is plain JSON. Empty Tags are dropped: TagMap needs at least one entry.
 */
export function editableDomain(domain: GetDomainOutput | EditableDomain): EditableDomain {
  // Response types mark Enabled optional where request types require it. The service returns it; if it ever
  // does not, validating the document (always done before sending) reports the missing member.
  const out: EditableDomain = {
    DefaultExpirationDays: domain.DefaultExpirationDays,
    DefaultEncryptionKey: domain.DefaultEncryptionKey,
    DeadLetterQueueUrl: domain.DeadLetterQueueUrl,
    Matching: domain.Matching as EditableDomain['Matching'],
  };
  if (domain.RuleBasedMatching) {
    const { Status: _status, ...rest } = domain.RuleBasedMatching as NonNullable<GetDomainOutput['RuleBasedMatching']>;
    out.RuleBasedMatching = rest as EditableDomain['RuleBasedMatching'];
  }
  if (domain.DataStore) {
    const { Readiness: _readiness, ...rest } = domain.DataStore as NonNullable<GetDomainOutput['DataStore']>;
    out.DataStore = rest;
  }
  if (domain.Tags && Object.keys(domain.Tags).length > 0) out.Tags = domain.Tags;
  return plain(out);
}

export interface TagChanges {
  /** New or changed tags: TagResource. */
  toAdd: TagMap;
  /** Keys no longer present: UntagResource. */
  toRemove: string[];
}

/** Tags are edited in the document but applied with TagResource/UntagResource (UpdateDomain cannot remove). */
export function tagChanges(oldTags: TagMap | undefined, newTags: TagMap | undefined): TagChanges {
  const before = oldTags ?? {};
  const after = newTags ?? {};
  const toAdd: TagMap = {};
  for (const key of Object.keys(after).sort()) if (before[key] !== after[key]) toAdd[key] = after[key];
  const toRemove = Object.keys(before).filter((key) => !(key in after)).sort();
  return { toAdd, toRemove };
}
