// "Edit Object Type", "Create Object Type…" (from a template or blank), "Delete Object Type…".
import vscode = require('vscode');
import type { CustomerProfilesApi } from '../../aws/client';
import { domainNameArg, objectTypeArg } from './commandArgs';
import type { DomainJsonContext } from './context';
import { OBJECT_TYPE_NAME, nameProblem } from './documentUris';
import { blankObjectType, objectTypeFromTemplate } from './editableObjectType';
import { BLANK_TEMPLATE, pickDomain, pickObjectType, pickTemplate } from './pickers';
import { isNotFound } from './remoteState';
import { stableJson } from './stableJson';

async function chooseObjectType(ctx: DomainJsonContext, arg: unknown, title: string): Promise<{ domainName: string; objectTypeName: string } | undefined> {
  const given = objectTypeArg(arg);
  if (given) return given;
  const api = await ctx.api();
  const domainName = domainNameArg(arg) ?? (await pickDomain(api, ctx.prompts(), title));
  if (!domainName) return undefined;
  const objectTypeName = await pickObjectType(api, ctx.prompts(), domainName, title);
  return objectTypeName ? { domainName, objectTypeName } : undefined;
}

export async function editObjectType(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const target = await chooseObjectType(ctx, arg, vscode.l10n.t('Edit Object Type'));
  if (!target) return undefined;
  return ctx.editors.open({ kind: 'objectType', connection: ctx.connectionSegment(), ...target });
}

/**
 * The name of a new object type in `domainName` (asked unless given), checked to be well-formed and free; undefined
 * when cancelled or taken (the user was told).
 */
export async function newObjectTypeName(ctx: DomainJsonContext, api: CustomerProfilesApi, domainName: string, given?: string): Promise<string | undefined> {
  const objectTypeName =
    given ??
    (await ctx.prompts().newName({
      title: vscode.l10n.t('Create Object Type in {0}', domainName),
      prompt: vscode.l10n.t('Name of the new object type (letters, digits, _ and -, not starting with a digit or -). Saving the document creates it.'),
      validate: (value) => nameProblem(value, OBJECT_TYPE_NAME, 'object type'),
    }));
  if (!objectTypeName) return undefined;
  const problem = nameProblem(objectTypeName, OBJECT_TYPE_NAME, 'object type');
  if (problem) throw new Error(problem);
  try {
    await api.call('GetProfileObjectType', { DomainName: domainName, ObjectTypeName: objectTypeName });
    void vscode.window.showErrorMessage(vscode.l10n.t('Object type {0} already exists in {1}. Edit it from the explorer instead.', objectTypeName, domainName));
    return undefined;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  return objectTypeName;
}

export async function createObjectType(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const api = await ctx.api();
  const given = objectTypeArg(arg);
  const domainName = given?.domainName ?? domainNameArg(arg) ?? (await pickDomain(api, ctx.prompts(), vscode.l10n.t('Create Object Type')));
  if (!domainName) return undefined;
  const objectTypeName = await newObjectTypeName(ctx, api, domainName, given?.objectTypeName);
  if (!objectTypeName) return undefined;
  const templateId = await pickTemplate(api, ctx.prompts());
  if (templateId === undefined) return undefined;
  const document =
    templateId === BLANK_TEMPLATE
      ? blankObjectType(objectTypeName)
      : objectTypeFromTemplate(await api.call('GetProfileObjectTypeTemplate', { TemplateId: templateId }), objectTypeName);
  return ctx.editors.openDraft({ kind: 'newObjectType', connection: ctx.connectionSegment(), domainName, objectTypeName }, stableJson(document));
}

export async function deleteObjectType(ctx: DomainJsonContext, arg: unknown): Promise<boolean> {
  const target = await chooseObjectType(ctx, arg, vscode.l10n.t('Delete Object Type'));
  if (!target) return false;
  const { domainName, objectTypeName } = target;
  const confirmed = await ctx.prompts().confirmDeletion({
    title: vscode.l10n.t('Delete Object Type {0}', objectTypeName),
    expected: objectTypeName,
    prompt: vscode.l10n.t('Type the object type name ({0}) to confirm. Its profile objects in {1} are deleted too.', objectTypeName, domainName),
    message: vscode.l10n.t('Delete object type {0} from {1}?', objectTypeName, domainName),
    detail: vscode.l10n.t('{0} removes the object type and every profile object of this type. This cannot be undone.', 'DeleteProfileObjectType'),
    action: vscode.l10n.t('Delete Object Type'),
  });
  if (!confirmed) return false;
  await (await ctx.api()).call('DeleteProfileObjectType', { DomainName: domainName, ObjectTypeName: objectTypeName });
  ctx.refreshTree();
  const connection = ctx.connectionSegment();
  const kept = await ctx.editors.close(
    (ref) => ref.connection === connection && ref.kind === 'objectType' && ref.domainName === domainName && ref.objectTypeName === objectTypeName,
  );
  void vscode.window.showInformationMessage(kept
    ? vscode.l10n.t('Deleted object type {0} from {1}. Its unsaved document stays open.', objectTypeName, domainName)
    : vscode.l10n.t('Deleted object type {0} from {1}.', objectTypeName, domainName));
  return true;
}
