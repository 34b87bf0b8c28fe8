// Pure parts of the code shim: the `code` command line @vscode/test-electron passes, and the workbench URL
// that carries the same intent to code-server (which refuses --extensionDevelopmentPath on its command line).
import * as path from 'path';

export interface CodeArgs {
  extensionDevelopmentPaths: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  /** Folder or workspace to open (first positional argument). */
  folder?: string;
}

/** Parses `--name=value` / `--name value` flags; unknown flags (e.g. --no-sandbox) are ignored. */
export function parseCodeArgs(argv: readonly string[]): CodeArgs {
  const result: CodeArgs = { extensionDevelopmentPaths: [] };
  const withValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      result.folder ??= path.resolve(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!withValue.has(name)) continue;
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new Error(`missing value for --${name}`);
    switch (name) {
      case 'extensionDevelopmentPath': result.extensionDevelopmentPaths.push(path.resolve(value)); break;
      case 'extensionTestsPath': result.extensionTestsPath = path.resolve(value); break;
      case 'user-data-dir': result.userDataDir = path.resolve(value); break;
      case 'extensions-dir': result.extensionsDir = path.resolve(value); break;
    }
  }
  return result;
}

/** The workbench URL whose `payload` query makes the web workbench load dev extensions and run tests. */
export function workbenchUrl(baseUrl: string, args: CodeArgs): string {
  const authority = new URL(baseUrl).host;
  const remote = (p: string): string => `vscode-remote://${authority}${p}`;
  const payload: [string, string][] = args.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (args.extensionTestsPath) payload.push(['extensionTestsPath', remote(args.extensionTestsPath)]);
  const query = new URLSearchParams();
  if (args.folder) query.set('folder', args.folder);
  else query.set('ew', 'true'); // empty window
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${baseUrl.replace(/\/?$/, '/')}?${query}`;
}
