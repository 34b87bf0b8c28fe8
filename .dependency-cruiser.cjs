// Which files each runtime may reach, and no import cycles of any kind (type-only imports count: they are
// the seams features grow along). Run by `npm run lint`; module-name rules (vscode, the SDK, Node built-ins)
// are in eslint.config.mjs. Folder meanings are in ARCHITECTURE.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycle of any kind, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'sdk-only-in-aws',
      severity: 'error',
      comment: 'Only src/aws reaches the AWS SDK (a lazily loaded bundle).',
      from: { path: '^(src|media)/', pathNot: '^src/aws/' },
      to: { path: 'node_modules/(@aws-sdk|@smithy)/' },
    },
    {
      name: 'shared-stays-pure',
      severity: 'error',
      comment: 'src/shared is pure code for every runtime (host, SDK bundle, sandbox, webview): it reaches only itself.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'sandbox-is-standalone',
      severity: 'error',
      comment: 'The sandbox (Node, no vscode) reaches only itself, the shared pure code and the generated schemas.',
      from: { path: '^src/sandbox/' },
      to: { path: '^src/', pathNot: '^src/(sandbox|shared|schemas)/' },
    },
    {
      name: 'aws-reaches-no-features',
      severity: 'error',
      comment: 'The SDK bundle knows nothing of the extension that uses it: it reaches itself and the shared pure code.',
      from: { path: '^src/aws/' },
      to: { path: '^src/', pathNot: '^src/(aws|shared)/' },
    },
    {
      name: 'webview-reaches-only-shared-code',
      severity: 'error',
      comment: 'media/ is a browser page: it reaches itself and src/shared only.',
      from: { path: '^media/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'webview-has-no-node',
      severity: 'error',
      from: { path: '^media/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'host-names-bundles-only-as-types',
      severity: 'error',
      comment: 'The SDK and sandbox bundles load lazily: extension-host code names their types; their values come from src/extension.ts.',
      from: { path: '^src/(host/|extension\\.ts$|testApi\\.ts$)' },
      to: { path: '^src/(aws|sandbox)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'lazy-only-from-extension',
      severity: 'error',
      comment: 'Only the composition root (src/extension.ts) knows which modules are lazy bundles.',
      from: { path: '^src/', pathNot: '^src/extension\\.ts$' },
      to: { path: '^src/lazy\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // node_modules stays in the graph (not followed), or the SDK rule could never see an import of it.
    exclude: { path: '(^|/)(out|dist|\\.vscode-test)/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
