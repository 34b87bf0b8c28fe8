// The API inputs a save sends. UpdateDomain carries only the top-level members that changed (fewer side effects,
// and a concurrent change to another member is not overwritten), plus "" for removed clearable fields.
// Tags never go through UpdateDomain (it can add but not remove): see tagChanges().
import type { OperationInput } from '../../aws/operations';
import { clearableFieldChanges } from './clearableFields';
import type { EditableDomain, GetDomainOutput, NewDomainDocument } from './domainTypes';
import { editableDomain } from './editableDomain';
import { jsonEqual } from './stableJson';

export function buildUpdateDomainInput(
  domainName: string,
  remote: GetDomainOutput | EditableDomain,
  edited: EditableDomain,
): OperationInput<'UpdateDomain'> {
  const before = editableDomain(remote);
  const after = editableDomain(edited);
  const previous: Record<string, unknown> = { ...before };
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key !== 'Tags' && !jsonEqual(value, previous[key])) changed[key] = value;
  }
  for (const cleared of clearableFieldChanges(before, after)) changed[cleared.field] = '';
  // Every key comes from an EditableDomain (validated against the UpdateDomain schema) or is a clearable field.
  return { ...(changed as Omit<OperationInput<'UpdateDomain'>, 'DomainName'>), DomainName: domainName };
}

/** True when the UpdateDomain input would change nothing (only tags changed, or nothing at all). */
export function isEmptyUpdate(input: OperationInput<'UpdateDomain'>): boolean {
  return Object.keys(input).every((key) => key === 'DomainName');
}

export function buildCreateDomainInput(domainName: string, document: NewDomainDocument): OperationInput<'CreateDomain'> {
  return { ...(JSON.parse(JSON.stringify(document)) as NewDomainDocument), DomainName: domainName };
}
