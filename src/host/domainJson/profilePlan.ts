// What saving a profile document sends: UpdateProfile keeps every member it is not given and removes a value sent
// as an EMPTY STRING ("specifying an empty string value means that any existing value will be removed"), for
// top-level strings, address parts and Attributes entries alike. So the request holds only what changed, and a
// member deleted from the document is sent as "" (shown as "remove X"), never silently dropped. Enumerations and
// EngagementPreferences cannot be given "": removing them is explained instead. Pure and unit-tested.
import type { OperationInput } from '../../aws/operations';
import { formatMemberPath } from '../../schemas/memberPath';
import type { DomainChange } from './domainDiff';
import { ENUM_MEMBERS, MERGED_MEMBERS, PROFILE_MEMBERS, editableProfile, type EditableProfile } from './editableProfile';
import { jsonEqual } from './stableJson';
import * as l10n from '@vscode/l10n';

export type UpdateProfileInput = OperationInput<'UpdateProfile'>;

export interface ProfileUpdatePlan {
  /** Members of the UpdateProfile body that change (without DomainName / ProfileId); empty: nothing to send. */
  readonly members: Partial<EditableProfile>;
  /** Member by member, as the confirmation lists them (removals carry `sentAs: ""`). */
  readonly changes: readonly DomainChange[];
  /** Removals UpdateProfile cannot make: the value stays on the service. */
  readonly kept: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function planMerged(member: string, before: unknown, after: unknown, changes: DomainChange[]): Record<string, string> | undefined {
  const was = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const sent: Record<string, string> = {};
  const keys = [...Object.keys(was), ...Object.keys(now).filter((k) => !(k in was))];
  for (const key of keys) {
    const path = formatMemberPath([member, key]);
    const a = now[key];
    if (a === undefined) {
      sent[key] = '';
      changes.push({ path, kind: 'removed', before: was[key], sentAs: '' });
    } else if (!(key in was)) {
      sent[key] = String(a);
      changes.push({ path, kind: 'added', after: a });
    } else if (!jsonEqual(was[key], a)) {
      sent[key] = String(a);
      changes.push({ path, kind: 'changed', before: was[key], after: a });
    }
  }
  return Object.keys(sent).length ? sent : undefined;
}

/** From the service's profile to the edited document (both normalised here: "" is no value). */
export function planProfileUpdate(remote: EditableProfile, edited: EditableProfile): ProfileUpdatePlan {
  const before = editableProfile(remote) as Record<string, unknown>;
  const after = editableProfile(edited) as Record<string, unknown>;
  const members: Record<string, unknown> = {};
  const changes: DomainChange[] = [];
  const kept: string[] = [];
  for (const member of PROFILE_MEMBERS) {
    const was = before[member];
    const now = after[member];
    if (MERGED_MEMBERS.has(member)) {
      const sent = planMerged(member, was, now, changes);
      if (sent) members[member] = sent;
    } else if (was === undefined && now === undefined) {
      continue;
    } else if (now === undefined) {
      if (ENUM_MEMBERS.has(member) || member === 'EngagementPreferences') {
        kept.push(
          l10n.t('{0} was removed from the document, but {1} cannot remove it (it takes no empty value here): it stays {2} on the service.', member, 'UpdateProfile', JSON.stringify(was)),
        );
      } else {
        members[member] = '';
        changes.push({ path: member, kind: 'removed', before: was, sentAs: '' });
      }
    } else if (was === undefined) {
      members[member] = now;
      changes.push({ path: member, kind: 'added', after: now });
    } else if (!jsonEqual(was, now)) {
      // EngagementPreferences is sent whole: UpdateProfile replaces it.
      members[member] = now;
      changes.push({ path: member, kind: 'changed', before: was, after: now });
    }
  }
  return { members: members as Partial<EditableProfile>, changes, kept };
}

export function updateProfileInput(domainName: string, profileId: string, plan: ProfileUpdatePlan): UpdateProfileInput {
  return { DomainName: domainName, ProfileId: profileId, ...plan.members };
}
