// The HTML shell every webview of the extension uses (matches panel, profile view, mapping preview). Pure so it
// can be unit-tested: the CSP allows only the extension's stylesheet and scripts carrying a fresh nonce (the page's
// bundle and the shared libraries it needs);
// everything else (inline scripts, inline styles, remote content) is blocked.
export interface WebviewHtmlInput {
  readonly nonce: string;
  /** webview.cspSource */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** Shared library bundles the script needs, loaded first with the same nonce (dist/webview/phone.js). */
  readonly libraryScriptUris?: readonly string[];
  readonly styleUri: string;
  readonly title: string;
  /** Shown until the script has rendered: "Loading matches…". */
  readonly bootText: string;
  /** vscode.l10n.bundle: the display language's strings for the front-end (media/shared/l10n.ts); absent in English. */
  readonly l10nBundle?: { readonly [message: string]: string };
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;

/** Escapes text for a text node or a double-quoted attribute (the only kind this template uses). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function webviewCsp(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function renderWebviewHtml(input: WebviewHtmlInput): string {
  if (!NONCE.test(input.nonce)) throw new Error('The script nonce must be at least 16 base64/url-safe characters.');
  const a = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(webviewCsp(input.nonce, input.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${a(input.styleUri)}">
<title>${a(input.title)}</title>
</head>
<body>
<div id="app" class="app"${input.l10nBundle ? ` data-l10n="${a(JSON.stringify(input.l10nBundle))}"` : ''}><p class="boot">${a(input.bootText)}</p></div>
${(input.libraryScriptUris ?? []).map((uri) => `<script nonce="${a(input.nonce)}" src="${a(uri)}"></script>\n`).join('')}<script nonce="${a(input.nonce)}" src="${a(input.scriptUri)}"></script>
</body>
</html>
`;
}

/** 32 random url-safe characters from a CSPRNG (caller passes crypto.getRandomValues-like bytes). */
export function nonceFrom(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from(bytes, (b) => alphabet[b & 63]).join('');
}
