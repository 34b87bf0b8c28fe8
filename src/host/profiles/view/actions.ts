// Add Profile Key and Delete Profile: each says exactly what it will send, needs a deliberate confirmation (a
// modal for the key, a typed ProfileId or name for the delete), validates its inputs (empty is never a default),
// then makes the one call and updates the profile's view and the tree.
import vscode = require('vscode');
import { addKeyChoices } from '../../../shared/profiles/keys';
import { NO_NAME, profileName } from '../../../shared/profiles/presentation';
import type { ProfilesDeps } from '../deps';
import { domainNamesToPick } from '../domainNames';
import type { ProfileRef } from '../profileRef';
import { objectTypeDefinitions, objectTypeNames, readProfile, type ProfileViewApi } from './loaders';
import { ProfileViewPanel } from './panel';
import { parseKeyValues, prompts } from './prompts';

export type ActionOutcome = 'done' | 'cancelled';

export async function addProfileKey(deps: ProfilesDeps, ref: ProfileRef): Promise<ActionOutcome> {
  const api = await deps.connection.api();
  const types = await objectTypeDefinitions(api, ref.domainName, await objectTypeNames(api, ref.domainName));
  const keyName = await prompts().pickKeyName(addKeyChoices(types));
  if (!keyName) return 'cancelled';
  const values = parseKeyValues((await prompts().inputKeyValues(keyName)) ?? '');
  if (values.length === 0) return 'cancelled';
  const request = { DomainName: ref.domainName, ProfileId: ref.profileId, KeyName: keyName, Values: values };
  const list = values.map((v) => `  • ${v}`).join('\n');
  const detail = (values.length === 1
    ? vscode.l10n.t('{0} will associate this value of key {1} with profile {2} in domain {3}:', 'AddProfileKey', keyName, ref.profileId, ref.domainName)
    : vscode.l10n.t('{0} will associate these {1} values of key {2} with profile {3} in domain {4}:', 'AddProfileKey', values.length, keyName, ref.profileId, ref.domainName)) +
    `\n${list}\n\n` +
    vscode.l10n.t('Searches with this key and value will find the profile, and objects carrying it may attach to it.') + '\n\n' +
    vscode.l10n.t('Request: {0}', JSON.stringify(request));
  if (!(await prompts().confirm(vscode.l10n.t('Add key {0} to profile {1}?', keyName, ref.profileId), detail, vscode.l10n.t('Add Key')))) return 'cancelled';
  await api.call('AddProfileKey', request);
  deps.log.info(`AddProfileKey ${ref.domainName} ${ref.profileId} ${keyName} (${values.length} value(s))`);
  await ProfileViewPanel.of(ref, deps.connection.key())?.refresh();
  void vscode.window.showInformationMessage(vscode.l10n.t('Key {0} added to profile {1}.', keyName, ref.profileId));
  return 'done';
}

async function objectCount(api: ProfileViewApi, ref: ProfileRef): Promise<{ count: number; capped: boolean }> {
  let count = 0;
  let capped = false;
  for (const name of await objectTypeNames(api, ref.domainName)) {
    let pages = 0;
    for await (const page of api.pages('ListProfileObjects', { DomainName: ref.domainName, ObjectTypeName: name, ProfileId: ref.profileId }, { pageSize: 100, maxPages: 10 })) {
      count += page.items.length;
      if (++pages === 10 && page.nextToken) capped = true;
    }
  }
  return { count, capped };
}

export async function deleteProfile(deps: ProfilesDeps, ref: ProfileRef): Promise<ActionOutcome> {
  const api = await deps.connection.api();
  const profile = await readProfile(api, ref);
  if (!profile) throw new Error(vscode.l10n.t('Profile {0} does not exist in {1} (already deleted or merged away).', ref.profileId, ref.domainName));
  const name = profileName(profile);
  const { count, capped } = await objectCount(api, ref);
  const shown = `${count}${capped ? '+' : ''}`;
  const removes = count === 1 && !capped
    ? vscode.l10n.t('{0} removes profile {1} ("{2}") and its 1 profile object from {3}. This cannot be undone.', 'DeleteProfile', ref.profileId, name, ref.domainName)
    : vscode.l10n.t('{0} removes profile {1} ("{2}") and its {3} profile objects from {4}. This cannot be undone.', 'DeleteProfile', ref.profileId, name, shown, ref.domainName);
  const typed = await prompts().typeToConfirm(
    `${removes} ${vscode.l10n.t('Type the {0} or the name to confirm.', 'ProfileId')}`, ref.profileId);
  if (typed === undefined) return 'cancelled';
  const answer = typed.trim();
  if (answer !== ref.profileId && (answer !== name || name === NO_NAME())) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was deleted: what you typed is neither the {0} nor the name.', 'ProfileId'));
    return 'cancelled';
  }
  await api.call('DeleteProfile', { DomainName: ref.domainName, ProfileId: ref.profileId });
  deps.log.info(`DeleteProfile ${ref.domainName} ${ref.profileId}`);
  ProfileViewPanel.of(ref, deps.connection.key())?.markDeleted();
  deps.refreshTree();
  void vscode.window.showInformationMessage(vscode.l10n.t('Profile {0} ("{1}") was deleted.', ref.profileId, name));
  return 'done';
}

/** The palette's Open Profile: domain, then ProfileId (validated). */
export async function askProfileRef(deps: ProfilesDeps): Promise<ProfileRef | undefined> {
  const domains = await domainNamesToPick(deps);
  if (!domains) return undefined;
  const domainName = await prompts().pickDomain(domains);
  if (!domainName) return undefined;
  const profileId = (await prompts().inputProfileId())?.trim();
  return profileId ? { domainName, profileId } : undefined;
}
