// "Edit Profile": the profile as a customer-profiles: JSON document (UpdateProfile on an explicit save, the domain
// documents' rules). The argument is a ProfileRef (a profile node, the profile view's request, a test's object);
// from the palette the user picks the domain and types the ProfileId.
import vscode = require('vscode');
import { isProfileId, profileRefFromArgument, type ProfileRef } from '../profiles/profileRef';
import { domainNameArg } from './commandArgs';
import type { DomainJsonContext } from './context';
import { pickDomain } from './pickers';

async function chooseProfile(ctx: DomainJsonContext, arg: unknown): Promise<ProfileRef | undefined> {
  const given = profileRefFromArgument(arg);
  if (given) return given;
  const domainName = domainNameArg(arg) ?? (await pickDomain(await ctx.api(), ctx.prompts(), vscode.l10n.t('Edit Profile')));
  if (!domainName) return undefined;
  const profileId = await ctx.prompts().newName({
    title: vscode.l10n.t('Edit Profile in {0}', domainName),
    prompt: vscode.l10n.t('{0} of the profile to edit (32 lowercase hex characters, as "{1}" shows it).', 'ProfileId', vscode.l10n.t('Search Profiles…')),
    validate: (value) => (isProfileId(value.trim()) ? undefined : vscode.l10n.t('A {0} has 32 lowercase hex characters (0-9, a-f).', 'ProfileId')),
  });
  const trimmed = profileId?.trim();
  return trimmed && isProfileId(trimmed) ? { domainName, profileId: trimmed } : undefined;
}

export async function editProfile(ctx: DomainJsonContext, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const target = await chooseProfile(ctx, arg);
  if (!target) return undefined;
  try {
    return await ctx.editors.open({ kind: 'profile', connection: ctx.connectionSegment(), ...target });
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') {
      throw new Error(vscode.l10n.t('Profile {0} was not found in domain {1}.', target.profileId, target.domainName), { cause: err });
    }
    throw err;
  }
}
