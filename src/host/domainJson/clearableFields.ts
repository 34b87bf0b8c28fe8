// UpdateDomain leaves members that are absent from the request untouched. Two members can be cleared by sending
// an empty string (the model's docs say so); every other removal from the document changes nothing, and the
// user must be told either way before saving.
import type { EditableDomain } from './domainTypes';
import * as l10n from '@vscode/l10n';

export const CLEARABLE_FIELDS = ['DeadLetterQueueUrl', 'DefaultEncryptionKey'] as const;
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

export interface ClearedField {
  field: ClearableField;
  /** The value on the service that will be cleared. */
  before: string;
  /** Sentence to show in the save confirmation. */
  message: string;
}


/** Clearable fields set on the service and removed (or emptied) in the document: they are sent as "". */
export function clearableFieldChanges(remote: EditableDomain, edited: EditableDomain): ClearedField[] {
  const out: ClearedField[] = [];
  for (const field of CLEARABLE_FIELDS) {
    const before = remote[field];
    const after = edited[field];
    if (before && !after) {
      out.push({
        field,
        before,
        message: field === 'DeadLetterQueueUrl'
          ? l10n.t('{0} was removed: it will be cleared on the service (sent as ""), so events that fail to process will no longer be sent to a dead letter queue. It was "{1}".', field, before)
          : l10n.t('{0} was removed: it will be cleared on the service (sent as ""), so the domain falls back to the AWS managed key. It was "{1}".', field, before),
      });
    }
  }
  return out;
}

export interface IgnoredRemoval {
  field: string;
  message: string;
}

/** Members removed from the document that UpdateDomain cannot remove (Tags excepted: UntagResource does). */
export function ignoredRemovals(remote: EditableDomain, edited: EditableDomain): IgnoredRemoval[] {
  const clearable: readonly string[] = CLEARABLE_FIELDS;
  return Object.keys(remote)
    .filter((field) => field !== 'Tags' && !clearable.includes(field) && !(field in edited))
    .map((field) => ({
      field,
      message: field === 'Matching' || field === 'RuleBasedMatching' || field === 'DataStore'
        ? l10n.t('{0} was removed from the document, but {1} cannot remove it: it stays as it is on the service. To turn it off, keep {0} and set {2}.', field, 'UpdateDomain', '"Enabled": false')
        : l10n.t('{0} was removed from the document, but {1} cannot remove it: it stays as it is on the service.', field, 'UpdateDomain'),
    }));
}
