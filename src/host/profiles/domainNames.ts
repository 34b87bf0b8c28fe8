// The connection's domain names for a palette picker (every page, sorted), or undefined after telling the user there
// are none: what the palette forms of Open Profile and Test Mapping with Sample ask first.
import vscode = require('vscode');
import type { ProfilesDeps } from './deps';

export async function domainNamesToPick(deps: Pick<ProfilesDeps, 'connection'>): Promise<string[] | undefined> {
  const api = await deps.connection.api();
  const domains: string[] = [];
  for await (const page of api.pages('ListDomains', {}, { pageSize: 100 })) for (const d of page.items) if (d.DomainName) domains.push(d.DomainName);
  if (domains.length > 0) return domains.sort();
  void vscode.window.showInformationMessage(vscode.l10n.t('No Customer Profiles domains on this connection.'));
  return undefined;
}
