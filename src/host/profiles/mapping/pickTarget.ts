// The palette form of Test Mapping with Sample…: ask the domain, then the object type (host bundle).
import vscode = require('vscode');
import type { MappingTarget } from '../../../shared/objectTypes/protocol';
import type { ProfilesDeps } from '../deps';
import { domainNamesToPick } from '../domainNames';

export async function pickMappingTarget(deps: ProfilesDeps): Promise<MappingTarget | undefined> {
  const domains = await domainNamesToPick(deps);
  if (!domains) return undefined;
  const api = await deps.connection.api();
  const domainName = await vscode.window.showQuickPick(domains, { title: vscode.l10n.t('Test Mapping with Sample'), placeHolder: vscode.l10n.t('Domain of the object type') });
  if (!domainName) return undefined;
  const types: string[] = [];
  for await (const page of api.pages('ListProfileObjectTypes', { DomainName: domainName }, { pageSize: 100 })) for (const t of page.items) if (t.ObjectTypeName) types.push(t.ObjectTypeName);
  if (types.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Domain {0} has no object types.', domainName));
    return undefined;
  }
  const objectTypeName = await vscode.window.showQuickPick(types.sort(), { title: vscode.l10n.t('Test Mapping with Sample: {0}', domainName), placeHolder: vscode.l10n.t('Object type whose mapping to test') });
  return objectTypeName ? { domainName, objectTypeName } : undefined;
}
