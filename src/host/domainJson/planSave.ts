// What a save of an editable document does, decided without any I/O: given the validated text, the state the
// editor was opened from and the service's current state, the plan says whether the save is rejected, whether
// there is a conflict to resolve, what changes (for the confirmation) and which API calls to make, in order.
// saveFlow.ts is the thin adapter that fetches, asks and calls. Pure and unit-tested.
import type { OperationInput } from '../../aws/operations';
import { clearableFieldChanges, ignoredRemovals } from './clearableFields';
import { domainDiff, type DomainChange } from './domainDiff';
import { buildCreateDomainInput, buildUpdateDomainInput, isEmptyUpdate } from './domainInputs';
import type { EditableDomain, NewDomainDocument, TagMap } from './domainTypes';
import { editableDomain, tagChanges } from './editableDomain';
import { editableObjectType, type EditableObjectType } from './editableObjectType';
import { editableProfile, type EditableProfile } from './editableProfile';
import { planProfileUpdate, updateProfileInput } from './profilePlan';
import { describeRef, type DocumentRef } from './documentUris';
import { jsonEqual } from './stableJson';
import type { DocumentError, DocumentValidation } from './validateDocument';
import * as l10n from '@vscode/l10n';

/** A resource as the service has it (editable subset) and when it last changed. */
export interface RemoteSnapshot {
  /** LastUpdatedAt in ms since the epoch (0 when the service does not say). */
  readonly mtime: number;
  readonly editable: EditableDomain | EditableObjectType | EditableProfile;
  /** A domain's RuleBasedMatching.Status (read-only, so not in `editable`): a save warns while IN_PROGRESS. */
  readonly ruleBasedStatus?: string;
}

export interface SaveRequest {
  readonly ref: DocumentRef;
  readonly validation: DocumentValidation<unknown>;
  /** The state the document was opened from (existing resources). */
  readonly base?: RemoteSnapshot;
  /** The service's state right now; undefined when the resource does not exist. */
  readonly remote?: RemoteSnapshot;
  /** The customerProfiles.domainJson.confirmBeforeSave setting. */
  readonly confirmBeforeSave: boolean;
  /** Needed only when tags change (TagResource/UntagResource take an ARN). */
  readonly resourceArn?: string;
}

type SaveOperation = 'CreateDomain' | 'UpdateDomain' | 'PutProfileObjectType' | 'TagResource' | 'UntagResource' | 'UpdateProfile';
export type ApiCall = { [K in SaveOperation]: { readonly op: K; readonly input: OperationInput<K> } }[SaveOperation];

export interface SaveSummary {
  /** `domain demo-retail`. */
  readonly subject: string;
  readonly creating: boolean;
  readonly changes: readonly DomainChange[];
  /** Consequences the user must read: cleared fields, removals the API ignores. */
  readonly notices: readonly string[];
  /** True when a notice describes data that will be cleared: the confirmation is then never skipped. */
  readonly destructive: boolean;
}

export type SavePlan =
  | { readonly outcome: 'invalid'; readonly errors: readonly DocumentError[] }
  /** The edited resource no longer exists on the service. */
  | { readonly outcome: 'missing'; readonly message: string }
  /** A draft's name was taken meanwhile. */
  | { readonly outcome: 'exists'; readonly message: string }
  /** Tags changed and the resource ARN is not known yet: resolve it and plan again. */
  | { readonly outcome: 'needsArn' }
  /** The document says what the service already has. */
  | { readonly outcome: 'unchanged' }
  | {
      readonly outcome: 'apply';
      /** The service changed since the document was opened: ask Compare / Overwrite / Cancel first. */
      readonly conflict: boolean;
      /** Ask before applying (the setting, or always when something is cleared). */
      readonly confirm: boolean;
      readonly summary: SaveSummary;
      readonly calls: readonly ApiCall[];
    };

function isConflict(base: RemoteSnapshot | undefined, remote: RemoteSnapshot): boolean {
  // The content comparison also catches two changes within the timestamp's resolution.
  return base !== undefined && (base.mtime !== remote.mtime || !jsonEqual(base.editable, remote.editable));
}

function tagCalls(before: TagMap | undefined, after: TagMap | undefined, arn: string | undefined): ApiCall[] | 'needsArn' {
  const { toAdd, toRemove } = tagChanges(before, after);
  if (Object.keys(toAdd).length === 0 && toRemove.length === 0) return [];
  if (!arn) return 'needsArn';
  const calls: ApiCall[] = [];
  if (Object.keys(toAdd).length) calls.push({ op: 'TagResource', input: { resourceArn: arn, tags: toAdd } });
  if (toRemove.length) calls.push({ op: 'UntagResource', input: { resourceArn: arn, tagKeys: toRemove } });
  return calls;
}

const withoutTags = <T extends { Tags?: TagMap }>(doc: T): Omit<T, 'Tags'> => {
  const { Tags: _tags, ...rest } = doc;
  return rest;
};

function planDomain(request: SaveRequest, value: unknown): SavePlan {
  const { ref } = request;
  const subject = describeRef(ref);
  if (ref.kind === 'newDomain') {
    if (request.remote) return { outcome: 'exists', message: l10n.t('Domain {0} already exists. Open it with "{1}" instead.', ref.domainName, l10n.t('Edit Domain Configuration')) };
    const document = value as NewDomainDocument;
    const summary: SaveSummary = { subject, creating: true, changes: domainDiff({}, document), notices: [], destructive: false };
    return { outcome: 'apply', conflict: false, confirm: request.confirmBeforeSave, summary, calls: [{ op: 'CreateDomain', input: buildCreateDomainInput(ref.domainName, document) }] };
  }
  const remote = request.remote;
  if (!remote) return { outcome: 'missing', message: l10n.t('Domain {0} no longer exists on the service.', ref.domainName) };
  const before = remote.editable as EditableDomain;
  const after = editableDomain(value as EditableDomain);
  const tags = tagCalls(before.Tags, after.Tags, request.resourceArn);
  if (tags === 'needsArn') return { outcome: 'needsArn' };
  const update = buildUpdateDomainInput(ref.domainName, before, after);
  const calls: ApiCall[] = [...(isEmptyUpdate(update) ? [] : [{ op: 'UpdateDomain', input: update } as const]), ...tags];
  const cleared = clearableFieldChanges(before, after);
  const notices = [...cleared.map((c) => c.message), ...ignoredRemovals(before, after).map((r) => r.message)];
  const changes = domainDiff(before, after);
  if (calls.length === 0 && notices.length === 0) return { outcome: 'unchanged' };
  const destructive = cleared.length > 0;
  return {
    outcome: 'apply',
    conflict: isConflict(request.base, remote),
    confirm: request.confirmBeforeSave || notices.length > 0,
    summary: { subject, creating: false, changes, notices, destructive },
    calls,
  };
}

function planObjectType(request: SaveRequest, value: unknown): SavePlan {
  const { ref } = request;
  if (ref.kind !== 'objectType' && ref.kind !== 'newObjectType') throw new Error(`not an object type: ${ref.kind}`);
  const subject = describeRef(ref);
  const after = editableObjectType(value as EditableObjectType);
  const names = { DomainName: ref.domainName, ObjectTypeName: ref.objectTypeName };
  if (ref.kind === 'newObjectType') {
    if (request.remote) return { outcome: 'exists', message: l10n.t('Object type {0} already exists in {1}. Open it from the explorer instead.', ref.objectTypeName, ref.domainName) };
    const summary: SaveSummary = { subject, creating: true, changes: domainDiff({}, after), notices: [], destructive: false };
    return { outcome: 'apply', conflict: false, confirm: request.confirmBeforeSave, summary, calls: [{ op: 'PutProfileObjectType', input: { ...after, ...names } }] };
  }
  const remote = request.remote;
  if (!remote) return { outcome: 'missing', message: l10n.t('Object type {0} no longer exists in {1}.', ref.objectTypeName, ref.domainName) };
  const before = remote.editable as EditableObjectType;
  const tags = tagCalls(before.Tags, after.Tags, request.resourceArn);
  if (tags === 'needsArn') return { outcome: 'needsArn' };
  const bodyChanged = !jsonEqual(withoutTags(before), withoutTags(after));
  // PutProfileObjectType replaces the whole definition: the body is sent whole; tags go through Tag/UntagResource.
  const calls: ApiCall[] = [...(bodyChanged ? [{ op: 'PutProfileObjectType', input: { ...withoutTags(after), ...names } } as const] : []), ...tags];
  if (calls.length === 0) return { outcome: 'unchanged' };
  const removed = Object.keys(before).filter((k) => k !== 'Tags' && !(k in after));
  const notices = removed.map((k) => l10n.t('{0} was removed: {1} replaces the whole object type, so {0} goes back to the service\'s default.', k, 'PutProfileObjectType'));
  return {
    outcome: 'apply',
    conflict: isConflict(request.base, remote),
    confirm: request.confirmBeforeSave || removed.length > 0,
    summary: { subject, creating: false, changes: domainDiff(before, after), notices, destructive: removed.length > 0 },
    calls,
  };
}

function planProfile(request: SaveRequest, value: unknown): SavePlan {
  const { ref } = request;
  if (ref.kind !== 'profile') throw new Error(`not a profile: ${ref.kind}`);
  const remote = request.remote;
  if (!remote) return { outcome: 'missing', message: l10n.t('Profile {0} no longer exists in {1}.', ref.profileId, ref.domainName) };
  const update = planProfileUpdate(remote.editable as EditableProfile, value as EditableProfile);
  const hasCalls = Object.keys(update.members).length > 0;
  if (!hasCalls && update.kept.length === 0) return { outcome: 'unchanged' };
  const removals = update.changes.filter((c) => c.sentAs !== undefined);
  const notices = [
    ...(removals.length
      ? [removals.length === 1
        ? l10n.t('{0} is sent as "": {1} deletes that value on the service.', removals[0].path, 'UpdateProfile')
        : l10n.t('{0} members are sent as "": {1} deletes those values on the service.', removals.length, 'UpdateProfile')]
      : []),
    ...update.kept,
  ];
  return {
    outcome: 'apply',
    conflict: isConflict(request.base, remote),
    confirm: request.confirmBeforeSave || notices.length > 0,
    summary: { subject: describeRef(ref), creating: false, changes: update.changes, notices, destructive: removals.length > 0 },
    calls: hasCalls ? [{ op: 'UpdateProfile', input: updateProfileInput(ref.domainName, ref.profileId, update) }] : [],
  };
}

/** The validated value as the service will hold it (normalized editable subset). */
export function editedDocument(ref: DocumentRef, value: unknown): EditableDomain | EditableObjectType | EditableProfile {
  if (ref.kind === 'profile') return editableProfile(value as EditableProfile);
  return ref.kind === 'domain' || ref.kind === 'newDomain' ? editableDomain(value as EditableDomain) : editableObjectType(value as EditableObjectType);
}

export function planSave(request: SaveRequest): SavePlan {
  if (!request.validation.ok) return { outcome: 'invalid', errors: request.validation.errors };
  const value = request.validation.value;
  if (request.ref.kind === 'profile') return planProfile(request, value);
  return request.ref.kind === 'domain' || request.ref.kind === 'newDomain' ? planDomain(request, value) : planObjectType(request, value);
}
