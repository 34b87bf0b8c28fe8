// A webview panel of the extension wired to its front-end bundle: the options every panel uses (scripts on, resources
// only from dist/webview) and the CSP shell (html.ts) pointing at dist/webview/<bundle>.js and .css, with a fresh
// nonce each time. Used by the profile view and the mapping preview.
import { randomBytes } from 'crypto';
import vscode = require('vscode');
import { nonceFrom, renderWebviewHtml } from './html';

const webviewRoot = (extensionUri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(extensionUri, 'dist', 'webview');

export function bundleWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

export function bundleHtml(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string, text: { readonly title: string; readonly bootText: string }): string {
  const root = webviewRoot(extensionUri);
  return renderWebviewHtml({
    nonce: nonceFrom(randomBytes(32)),
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, `${bundle}.js`)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, `${bundle}.css`)).toString(),
    ...text,
    l10nBundle: vscode.l10n.bundle,
  });
}
