// Add Profile Key and Delete Profile: each says exactly what it will send, needs a deliberate confirmation (a
// modal for the key, a typed ProfileId or name for the delete), validates its inputs (empty is never a default),
// then makes the one call and updates the profile's view and the tree.
import vscode = require('vscode');
import { addKeyChoices } from '../../../shared/profiles/keys';
import { profileName } from '../../../shared/profiles/presentation';
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
  const detail = `AddProfileKey will associate ${values.length === 1 ? 'this value' : `these ${values.length} values`} of key ${keyName} ` +
    `with profile ${ref.profileId} in domain ${ref.domainName}:\n${values.map((v) => `  • ${v}`).join('\n')}\n\n` +
    'Searches with this key and value will find the profile, and objects carrying it may attach to it.\n\n' +
    `Request: ${JSON.stringify(request)}`;
  if (!(await prompts().confirm(`Add key ${keyName} to profile ${ref.profileId}?`, detail, 'Add Key'))) return 'cancelled';
  await api.call('AddProfileKey', request);
  deps.log.info(`AddProfileKey ${ref.domainName} ${ref.profileId} ${keyName} (${values.length} value(s))`);
  await ProfileViewPanel.of(ref, deps.connection.key())?.refresh();
  void vscode.window.showInformationMessage(`Key ${keyName} added to profile ${ref.profileId}.`);
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
  if (!profile) throw new Error(`Profile ${ref.profileId} does not exist in ${ref.domainName} (already deleted or merged away).`);
  const name = profileName(profile);
  const { count, capped } = await objectCount(api, ref);
  const objects = `${count}${capped ? '+' : ''} profile object${count === 1 ? '' : 's'}`;
  const typed = await prompts().typeToConfirm(
    `DeleteProfile removes profile ${ref.profileId} ("${name}") and its ${objects} from ${ref.domainName}. This cannot be undone. ` +
    'Type the ProfileId or the name to confirm.', ref.profileId);
  if (typed === undefined) return 'cancelled';
  const answer = typed.trim();
  if (answer !== ref.profileId && (answer !== name || name === '(no name)')) {
    void vscode.window.showWarningMessage('Nothing was deleted: what you typed is neither the ProfileId nor the name.');
    return 'cancelled';
  }
  await api.call('DeleteProfile', { DomainName: ref.domainName, ProfileId: ref.profileId });
  deps.log.info(`DeleteProfile ${ref.domainName} ${ref.profileId}`);
  ProfileViewPanel.of(ref, deps.connection.key())?.markDeleted();
  deps.refreshTree();
  void vscode.window.showInformationMessage(`Profile ${ref.profileId} ("${name}") was deleted.`);
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
