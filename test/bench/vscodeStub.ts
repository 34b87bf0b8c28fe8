// A stand-in `vscode` module and ExtensionContext for measuring activation outside VS Code (benchmark only,
// never tests: a test of extension behaviour runs in the real extension host). Every unknown member is a
// callable, constructible stub, so activate() can register what it likes; configuration reads return their
// defaults, so activation takes its "nothing configured" path.
import * as fs from 'fs';
import * as path from 'path';

type Stub = Record<string | symbol, unknown> & ((...args: unknown[]) => unknown);

function makeStub(overrides: Record<string, unknown> = {}): Stub {
  const cache = new Map<string | symbol, unknown>(Object.entries(overrides));
  function Base(): void { /* constructed through Reflect.construct, so subclasses keep their own prototype */ }
  const target = function stubFunction(): void { /* callable */ };
  const proxy: Stub = new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise: awaiting a stub must not hang
      if (prop === Symbol.toPrimitive) return () => '';
      if (!cache.has(prop)) cache.set(prop, makeStub());
      return cache.get(prop);
    },
    set(_t, prop, value) { cache.set(prop, value); return true; },
    has: (_t, prop) => cache.has(prop),
    apply: () => makeStub(),
    construct: (_t, _args, newTarget) => Reflect.construct(Base, [], newTarget) as object,
  }) as Stub;
  return proxy;
}

const memento = () => ({ get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [], setKeysForSync: () => undefined });

/**
 * The module object: a plain object with every top-level name of the real API (bundlers copy a CommonJS
 * module's own properties, so a bare Proxy would look empty). Names come from @types/vscode.
 */
export function vscodeStub(typesFile: string): Record<string, unknown> {
  const names = [...fs.readFileSync(typesFile, 'utf8').matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]);
  const overrides: Record<string, unknown> = {
    version: '1.90.2',
    env: makeStub({ language: 'en', appName: 'Code', uiKind: 1, remoteName: undefined }),
    l10n: makeStub({ t: (message: string) => message }),
    workspace: makeStub({
      getConfiguration: () => ({ get: (_k: string, d?: unknown) => d, has: () => false, inspect: () => undefined, update: async () => undefined }),
      isTrusted: true,
      workspaceFolders: undefined,
    }),
  };
  const api: Record<string, unknown> = {};
  for (const name of names) api[name] = overrides[name] ?? makeStub();
  return api;
}

export function fakeExtensionContext(extensionPath: string, packageJSON: unknown): Stub {
  return makeStub({
    subscriptions: [],
    extensionPath,
    asAbsolutePath: (p: string) => path.join(extensionPath, p),
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    extensionMode: 1, // Production
    extension: makeStub({ id: 'cpx-tools.customer-profiles-explorer', extensionPath, packageJSON, isActive: false }),
  });
}
