// The matches webview's HTML shell: the extension's one webview shell (src/host/webview/html.ts) with the
// matches panel's title and boot text.
import * as l10n from '@vscode/l10n';
import { renderWebviewHtml } from '../webview/html';

export { escapeHtml, nonceFrom, webviewCsp as matchesCsp } from '../webview/html';

export interface MatchesHtmlInput {
  readonly nonce: string;
  /** webview.cspSource */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** dist/webview/phone.js: the one copy of the phone parser, which the matches bundle reads as a global. */
  readonly phoneLibraryUri: string;
  readonly styleUri: string;
  readonly title?: string;
  readonly l10nBundle?: { readonly [message: string]: string };
}

export function renderMatchesHtml(input: MatchesHtmlInput): string {
  return renderWebviewHtml({ ...input, libraryScriptUris: [input.phoneLibraryUri], title: input.title ?? l10n.t('Matches'), bootText: l10n.t('Loading matches…') });
}
