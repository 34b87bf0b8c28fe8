// Read-only virtual documents with a resource's Get* response ("Open as JSON").
// The content is fetched before the document opens, so failures get an actionable message instead
// of VS Code's generic "cannot open" editor. A document's URI names its connection: it is only ever
// (re-)read through that connection, so after a switch it cannot show another account's same-named resource.
import vscode = require('vscode');
import type { ConnectionManager } from '../connection/connectionManager';
import { fetchResource, parseResourcePath, renderResourceJson, resourcePath, resourceRefOf } from './resourceJson';
import type { ResourceNode } from './nodes';

export const JSON_SCHEME = 'customer-profiles-json';

export class ResourceJsonDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly contents = new Map<string, string>();

  constructor(private readonly connection: ConnectionManager) {}

  uriFor(node: ResourceNode): vscode.Uri {
    return vscode.Uri.from({ scheme: JSON_SCHEME, path: resourcePath(this.connection.segment(), resourceRefOf(node)) });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const cached = this.contents.get(uri.toString());
    if (cached !== undefined) return cached;
    return this.fetch(uri); // e.g. the document is restored after a reload
  }

  /** Fetches (again) and shows the document; throws the API error for the caller to report. */
  async open(node: ResourceNode): Promise<vscode.TextDocument> {
    const uri = this.uriFor(node);
    const wasOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    await this.fetch(uri);
    if (wasOpen) this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'json') await vscode.languages.setTextDocumentLanguage(doc, 'json');
    await vscode.window.showTextDocument(doc, { preview: true });
    return doc;
  }

  private async fetch(uri: vscode.Uri): Promise<string> {
    const parsed = parseResourcePath(uri.path);
    if (!parsed) throw new Error(vscode.l10n.t('Not a Customer Profiles resource: {0}', uri.path));
    const { connection, ref } = parsed;
    if (connection !== this.connection.segment()) {
      throw new Error(vscode.l10n.t('{0} belongs to another Customer Profiles connection ({1}). Switch back to that connection and use Open as JSON again.', uri.path.split('/').pop() ?? '', connection));
    }
    const api = await this.connection.api();
    const text = renderResourceJson(await fetchResource(api, ref));
    this.contents.set(uri.toString(), text);
    return text;
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}
