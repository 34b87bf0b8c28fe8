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
      name: 'pure-code-stays-pure',
      severity: 'error',
      comment: 'Pure code (src/core, src/log, any model/ folder, the webview protocol) reaches only pure code.',
      from: { path: '^src/(core|log)/|^src/[^/]+/model/|^src/matches/protocol\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(core|log)/|^src/[^/]+/model/|^src/matches/protocol\\.ts$' },
    },
    {
      name: 'sandbox-is-standalone',
      severity: 'error',
      comment: 'The sandbox (Node, no vscode) reaches only itself, pure code and the generated schemas.',
      from: { path: '^src/sandbox/' },
      to: { path: '^src/', pathNot: '^src/(sandbox|core|log|schemas)/|^src/[^/]+/model/' },
    },
    {
      name: 'aws-reaches-no-features',
      severity: 'error',
      comment: 'The SDK bundle knows nothing of the extension features that use it.',
      from: { path: '^src/aws/' },
      to: { path: '^src/(explorer|matches|domainJson|util)/|^src/extension\\.ts$|^src/lazy\\.ts$' },
    },
    {
      name: 'webview-reaches-only-pure-code',
      severity: 'error',
      comment: 'media/ is a browser page: it reaches itself and pure shared code only.',
      from: { path: '^media/' },
      to: { path: '^src/', pathNot: '^src/core/|^src/[^/]+/model/|^src/matches/protocol\\.ts$' },
    },
    {
      name: 'webview-has-no-node',
      severity: 'error',
      from: { path: '^media/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-reach-lazy-bundles-through-lazy',
      severity: 'error',
      comment: 'Lazy bundles are reached only through src/lazy.ts (so activation never loads them); type imports are free.',
      from: { path: '^src/', pathNot: '^src/(lazy\\.ts|aws/|sandbox/)|^src/domainJson/editor\\.ts$|^src/matches/host\\.ts$' },
      to: { path: '^src/(aws/index|sandbox/index)\\.ts$', dependencyTypesNot: ['type-only'] },
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
