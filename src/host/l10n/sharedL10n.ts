// What `@vscode/l10n` is in the extension-host bundles (esbuild.js aliases the package to this file).
// Pure code (src/shared) translates with `l10n.t(...)` from '@vscode/l10n': that keeps it free of `vscode` and lets
// @vscode/l10n-dev extract its strings. In the extension host the translation must be VS Code's own (the bundle of
// the display language VS Code loaded for us), so here `t` is `vscode.l10n.t` itself: no second copy of the strings,
// no configuration step, and nothing added to the entry bundle. Under tsc (unit tests) the real package is used; with
// no bundle configured it formats the English text exactly as vscode.l10n.t does.
import vscode = require('vscode');

// Looked up on each call (not captured at load) so it is always the API of the extension host that loaded us.
export const t = ((...args: unknown[]): string => (vscode.l10n.t as (...a: unknown[]) => string)(...args)) as typeof vscode.l10n.t;
