// Builds every bundle the extension ships.
//   dist/extension.js  entry, loaded on activation: must stay small and must not contain the SDK.
//   dist/aws.js        the AWS SDK and everything that touches it (src/aws), loaded on first API use.
//   dist/sandbox.js    the local Customer Profiles emulator (src/sandbox), loaded on "Start Local Sandbox".
//   dist/domainJsonEditor.js  the domain/object-type JSON editor, ajv and the schemas (src/host/domainJson/editor.ts).
//   dist/matchesHost.js  the matches review panel's host side (src/host/matches/host.ts), loaded when a panel opens.
//   dist/profilesHost.js the profile view's and the mapping preview's host side (src/host/profiles/host.ts).
//   dist/connectionPickers.js the connection commands' pickers and messages (src/host/connection/pickers.ts).
//   dist/explorerTooltips.js  the domain and object-type tooltips (src/host/explorer/tooltipText.ts), loaded on first hover.
//   dist/describeError.js  what an API error means and what to do (src/shared/describeError.ts), loaded by the first error.
//   dist/testApi.js      the test-only API, loaded only in ExtensionMode.Test and never packaged.
//   dist/sandbox-cli.js  `npm run sandbox`.
//   dist/webview/*.js  webview front-ends (media/), browser IIFE bundles.
//   dist/schemas/*.json  JSON Schemas for contributes.jsonValidation.
// Usage: node esbuild.js [--watch] [--production]
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

// src/lazy.ts requires './aws/index' and './sandbox/index'. In the entry bundle those become requires of
// the sibling bundles, so activation never parses the SDK. (Under tsc, in tests, they resolve normally.)
const LAZY = { './aws/index': './aws.js', './sandbox/index': './sandbox.js', './host/domainJson/editor': './domainJsonEditor.js', './host/matches/host': './matchesHost.js', './host/profiles/host': './profilesHost.js', './testApi': './testApi.js', './host/connection/pickers': './connectionPickers.js', './host/explorer/uploadJobCommands': './uploadJobCommands.js', './host/explorer/tooltipText': './explorerTooltips.js', './shared/describeError': './describeError.js' };
const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/(aws\/index|sandbox\/index|host\/domainJson\/editor|host\/matches\/host|host\/profiles\/host|testApi|host\/connection\/pickers|host\/explorer\/uploadJobCommands|host\/explorer\/tooltipText|shared\/describeError)$/ }, (args) => {
      if (path.basename(args.importer) !== 'lazy.ts') return undefined;
      return { path: LAZY[args.path], external: true };
    });
  },
};

// One copy of the error texts in the .vsix: the entry loads dist/describeError.js lazily (src/lazy.ts), and the other
// host bundles that describe errors require that same file instead of carrying their own copy.
const DESCRIBE_ERROR_MODULE = path.join(__dirname, 'src', 'shared', 'describeError');
const sharedErrorTexts = {
  name: 'shared-error-texts',
  setup(build) {
    build.onResolve({ filter: /(^|\/)describeError$/ }, (args) =>
      (path.resolve(args.resolveDir, args.path) === DESCRIBE_ERROR_MODULE && path.basename(args.importer) !== 'lazy.ts' ? { path: './describeError.js', external: true } : undefined));
  },
};

// One copy of ajv in the .vsix: the sandbox and the JSON editor both validate with src/schemas/createAjv.ts, which is
// its own bundle dist/ajv.js that they require at run time (under tsc, in tests, the import resolves normally).
// The editor's schemas are not bundled either: dist/schemas/*.schema.json ship anyway (contributes.jsonValidation),
// so the editor requires those files (each ~25 KB; bundling them twice cost ~9 KB of the .vsix).
const sharedFiles = {
  name: 'shared-files',
  setup(build) {
    build.onResolve({ filter: /(^|\/)createAjv$/ }, () => ({ path: './ajv.js', external: true }));
    build.onResolve({ filter: /\/schemas\/(domain-create|domain-update|object-type|profile-update)\.schema\.json$/ }, (args) =>
      ({ path: `./schemas/${path.basename(args.path)}`, external: true }));
  },
};

// One copy of the phone normalizer with libphonenumber-js and its metadata (~28 KB compressed) in the .vsix:
// src/shared/normalize/phone.ts (the only importer of phoneLibrary.ts, the only importer of libphonenumber-js) is its
// own bundle, dist/webview/phone.js, an IIFE that also sets module.exports, so the webview loads it with a <script>
// (before its own bundle; src/host/webview/html.ts) and the Node bundles require it. Every other bundle resolves
// the import of normalize/phone to that file: Node bundles to an external require, webview bundles to the global it
// defines. (Under tsc, in tests, the import resolves normally.)
const PHONE_GLOBAL = '__cpxPhoneLibrary';
const PHONE_MODULE = path.join(__dirname, 'src', 'shared', 'normalize', 'phone');
const phoneLibrary = (runtime) => ({
  name: 'phone-library',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(phone|phoneLibrary)$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (target === `${PHONE_MODULE}Library`) {
        console.error(`${args.importer} imports phoneLibrary directly: import src/shared/normalize/phone.ts`); process.exit(1);
      }
      if (target !== PHONE_MODULE) return undefined;
      return runtime === 'node' ? { path: './webview/phone.js', external: true } : { path: 'phone-library', namespace: 'phone-global' };
    });
    build.onLoad({ filter: /.*/, namespace: 'phone-global' }, () => ({ contents: `module.exports = globalThis.${PHONE_GLOBAL};`, loader: 'js' }));
  },
});
const phoneBundle = {
  bundle: true, platform: 'neutral', format: 'iife', globalName: PHONE_GLOBAL, target: 'es2022',
  mainFields: ['module', 'main'], minify: production, sourcemap: false, logLevel: 'info',
  entryPoints: ['src/shared/normalize/phone.ts'], outfile: 'dist/webview/phone.js',
  footer: { js: `if (typeof module === 'object' && module.exports) module.exports = ${PHONE_GLOBAL};` },
};

const node = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  external: ['vscode'], minify: production, sourcemap: !production, logLevel: 'info',
  // Prefer "main" (CJS) by default; the SDK bundle below prefers ESM (see there).
  mainFields: ['main', 'module'],
  // jsonc-parser's "main" is a UMD build whose dynamic requires ('./impl/format') esbuild cannot follow;
  // its ESM build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
// Bundles that run in the extension host: there '@vscode/l10n' (pure code's translations) is VS Code's own
// l10n.t (src/host/l10n/sharedL10n.ts). The sandbox bundles also run outside VS Code and keep the real package.
const host = { ...node, alias: { ...node.alias, '@vscode/l10n': './src/host/l10n/sharedL10n.ts' } };

const exists = (p) => fs.existsSync(path.join(__dirname, p));
const configs = [
  { ...host, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // The SDK's ESM builds are one module per file, so esbuild keeps only what we use; its CJS builds are one
  // file per package and keep everything (aws.js: ~370 KB instead of ~630 KB minified).
  { ...host, mainFields: ['module', 'main'], entryPoints: ['src/aws/index.ts'], outfile: 'dist/aws.js', plugins: [phoneLibrary('node')] },
  { ...node, entryPoints: ['src/sandbox/index.ts'], outfile: 'dist/sandbox.js', plugins: [sharedFiles, phoneLibrary('node')] },
  { ...node, entryPoints: ['src/schemas/createAjv.ts'], outfile: 'dist/ajv.js' },
  phoneBundle,
  // The domain/object-type JSON editor with ajv + schemas (src/lazy.ts loadDomainJsonEditor()).
  { ...host, entryPoints: ['src/host/domainJson/editor.ts'], outfile: 'dist/domainJsonEditor.js', plugins: [lazyBundles, sharedFiles, phoneLibrary('node')] },
  // The matches review panel's host side (src/lazy.ts loadMatchesHost()), loaded when a panel opens.
  { ...host, entryPoints: ['src/host/matches/host.ts'], outfile: 'dist/matchesHost.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // The test API (src/lazy.ts loadTestApi()): built for the test runs, never packaged (.vscodeignore).
  { ...host, entryPoints: ['src/testApi.ts'], outfile: 'dist/testApi.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // The profile view's and the mapping preview's host side (src/lazy.ts loadProfilesHost()).
  { ...host, entryPoints: ['src/host/profiles/host.ts'], outfile: 'dist/profilesHost.js', plugins: [lazyBundles, sharedErrorTexts, phoneLibrary('node')] },
  // Start / Stop Upload Job from the tree (src/lazy.ts loadUploadJobCommands()).
  { ...host, entryPoints: ['src/host/explorer/uploadJobCommands.ts'], outfile: 'dist/uploadJobCommands.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // The connection commands' pickers (src/lazy.ts loadConnectionPickers()), loaded on the first connection command.
  { ...host, entryPoints: ['src/host/connection/pickers.ts'], outfile: 'dist/connectionPickers.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // The domain and object-type tooltips (src/lazy.ts loadTooltipText()), loaded on the first hover of such a row.
  { ...host, entryPoints: ['src/host/explorer/tooltipText.ts'], outfile: 'dist/explorerTooltips.js', plugins: [lazyBundles, phoneLibrary('node')] },
  // What an API error means (src/shared/describeError.ts): loaded by the first error, shared with profilesHost.js.
  { ...host, entryPoints: ['src/shared/describeError.ts'], outfile: 'dist/describeError.js' },
  { ...node, entryPoints: ['src/sandbox/cli.ts'], outfile: 'dist/sandbox-cli.js', plugins: [sharedFiles, phoneLibrary('node')] },
].filter((c) => exists(c.entryPoints[0]));

// Webview front-ends: every media/<name>/main.ts becomes dist/webview/<name>.js.
if (exists('media')) {
  for (const d of fs.readdirSync(path.join(__dirname, 'media'))) {
    if (exists(`media/${d}/main.ts`)) {
      configs.push({
        bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
        entryPoints: [`media/${d}/main.ts`], outfile: `dist/webview/${d}.js`,
        minify: production, sourcemap: !production, logLevel: 'info', plugins: [phoneLibrary('browser')],
      });
    }
  }
}

function copySchemas() {
  const from = path.join(__dirname, 'src', 'schemas');
  const to = path.join(__dirname, 'dist', 'schemas');
  if (!fs.existsSync(from)) return;
  fs.mkdirSync(to, { recursive: true });
  // Production writes them without indentation (about 1.1 KB less in the .vsix); the source stays readable.
  for (const f of fs.readdirSync(from)) {
    if (!f.endsWith('.schema.json')) continue;
    const text = fs.readFileSync(path.join(from, f), 'utf8');
    fs.writeFileSync(path.join(to, f), production ? JSON.stringify(JSON.parse(text)) : text);
  }
}

(async () => {
  copySchemas();
  if (watch) {
    for (const c of configs) await (await esbuild.context(c)).watch();
    return;
  }
  const results = await Promise.all(configs.map((c) => esbuild.build({ ...c, metafile: true })));
  // Guard: one copy of the phone parser. Only dist/webview/phone.js may contain libphonenumber-js.
  results.forEach((r, i) => {
    const copies = Object.keys(r.metafile.inputs).filter((input) => input.includes('libphonenumber-js'));
    if (copies.length && configs[i] !== phoneBundle) {
      console.error(`${configs[i].outfile} bundles libphonenumber-js: import it only through src/shared/normalize/phone.ts`); process.exit(1);
    }
  });
  // Guard: one copy of the error texts. Only dist/describeError.js may contain src/shared/describeError.ts (a host
  // bundle that needs it takes the sharedErrorTexts plugin; the entry reaches it through src/lazy.ts only).
  results.forEach((r, i) => {
    if (configs[i].outfile === 'dist/describeError.js') return;
    if (Object.keys(r.metafile.inputs).some((input) => input.endsWith('src/shared/describeError.ts'))) {
      console.error(`${configs[i].outfile} bundles src/shared/describeError.ts: give it the sharedErrorTexts plugin (or, in the entry, use loadErrorDescriptions)`); process.exit(1);
    }
  });
  const meta = results[0] && results[0].metafile;
  if (meta) {
    // Guard: the entry bundle must never pull in the SDK (activation cost).
    const sdk = Object.keys(meta.inputs).filter((i) => i.includes('@aws-sdk') || i.includes('@smithy'));
    if (sdk.length) { console.error('dist/extension.js includes SDK modules:', sdk.slice(0, 5)); process.exit(1); }
    // Guard: src/ imports vscode as `import vscode = require('vscode')`. `import * as vscode` makes esbuild copy
    // the whole API object once per importing module (__toESM), which measured ~4 ms of activation.
    const entry = fs.readFileSync(path.join(__dirname, 'dist', 'extension.js'), 'utf8');
    if (/[\w$]\(require\("vscode"\)\)/.test(entry)) { console.error('dist/extension.js wraps require("vscode") in __toESM: use `import vscode = require(\'vscode\')`'); process.exit(1); }
    // ajv and the schemas belong to the lazy domainJsonEditor bundle.
    const ajv = Object.keys(meta.inputs).filter((i) => i.includes('node_modules/ajv') || i.endsWith('.schema.json'));
    if (ajv.length) { console.error('dist/extension.js includes ajv or schemas:', ajv.slice(0, 5)); process.exit(1); }
    // The phone parser (and the normalizers that use it) belong to the lazy bundles: activation must not load it.
    if (entry.includes('webview/phone.js') || Object.keys(meta.inputs).some((i) => i.includes('libphonenumber'))) {
      console.error('dist/extension.js loads the phone library (src/shared/normalize/phoneLibrary.ts): keep it to lazy bundles'); process.exit(1);
    }
  }
})().catch((e) => { console.error(e); process.exit(1); });
