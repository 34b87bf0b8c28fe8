// Loads the host's translations into @vscode/l10n before any webview module renders text. The host embeds
// vscode.l10n.bundle (the display language's strings, absent for English) as JSON in #app's data-l10n attribute
// (src/host/webview/html.ts); every media/<view>/main.ts imports this module FIRST, so its strings resolve
// in the right language. Webview code translates with `l10n.t(...)` from '@vscode/l10n' at render time.
import * as l10n from '@vscode/l10n';

const raw = document.getElementById('app')?.dataset.l10n;
if (raw) {
  try {
    l10n.config({ contents: JSON.parse(raw) as Record<string, string> });
  } catch {
    // A malformed bundle must not blank the view: fall back to the English text.
  }
}
