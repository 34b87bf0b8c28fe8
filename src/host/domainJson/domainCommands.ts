// "Edit Domain Configuration", "Create Domain…", "Delete Domain…".
import vscode = require('vscode');
import { domainNameArg } from './commandArgs';
import type { DomainJsonContext } from './context';
import { DOMAIN_NAME, belongsToDomain, nameProblem } from './documentUris';
import { pickDomain } from './pickers';
import { isNotFound } from './remoteState';
import { newDomainTemplate } from './templates';

export async function editDomain(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const api = await ctx.api();
  const domainName = domainNameArg(arg) ?? (await pickDomain(api, ctx.prompts(), vscode.l10n.t('Edit Domain Configuration')));
  if (!domainName) return undefined;
  return ctx.editors.open({ kind: 'domain', connection: ctx.connectionSegment(), domainName });
}

async function domainExists(ctx: DomainJsonContext, domainName: string): Promise<boolean> {
  try {
    await (await ctx.api()).call('GetDomain', { DomainName: domainName });
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

export async function createDomain(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const domainName =
    (typeof arg === 'string' && arg) ||
    (await ctx.prompts().newName({
      title: vscode.l10n.t('Create Domain'),
      prompt: vscode.l10n.t('Name of the new domain (letters, digits, _ and -; up to 64 characters). You edit its configuration next; saving creates it.'),
      validate: (value) => nameProblem(value, DOMAIN_NAME, 'domain'),
    }));
  if (!domainName) return undefined;
  const problem = nameProblem(domainName, DOMAIN_NAME, 'domain');
  if (problem) throw new Error(problem);
  if (await domainExists(ctx, domainName)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Domain {0} already exists. Use "{1}" to change it.', domainName, vscode.l10n.t('Edit Domain Configuration')));
    return undefined;
  }
  return ctx.editors.openDraft({ kind: 'newDomain', connection: ctx.connectionSegment(), domainName }, newDomainTemplate());
}

export async function deleteDomain(ctx: DomainJsonContext, arg: unknown): Promise<boolean> {
  const api = await ctx.api();
  const domainName = domainNameArg(arg) ?? (await pickDomain(api, ctx.prompts(), vscode.l10n.t('Delete Domain')));
  if (!domainName) return false;
  const confirmed = await ctx.prompts().confirmDeletion({
    title: vscode.l10n.t('Delete Domain {0}', domainName),
    expected: domainName,
    prompt: vscode.l10n.t('Type the domain name ({0}) to confirm. Deleting removes ALL its profiles, objects, object types, matches and jobs.', domainName),
    message: vscode.l10n.t('Delete domain {0}?', domainName),
    detail: vscode.l10n.t('{0} removes the domain and all the data in it: profiles, profile objects, object types, identity-resolution results and jobs. This cannot be undone.', 'DeleteDomain'),
    action: vscode.l10n.t('Delete Domain'),
  });
  if (!confirmed) return false;
  await api.call('DeleteDomain', { DomainName: domainName });
  ctx.domainDeleted(domainName);
  ctx.refreshTree();
  const connection = ctx.connectionSegment();
  const kept = await ctx.editors.close((ref) => belongsToDomain(ref, connection, domainName));
  void vscode.window.showInformationMessage(kept
    ? vscode.l10n.t('Deleted domain {0}. {1} of its documents had unsaved changes and stay open (saving them will fail).', domainName, kept)
    : vscode.l10n.t('Deleted domain {0}.', domainName));
  return true;
}
