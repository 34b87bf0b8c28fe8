// Lint for every runtime of the extension. The import boundaries between runtimes are the point (see
// ARCHITECTURE.md): ESLint checks which *modules* each folder may name (vscode, the SDK, Node built-ins);
// dependency-cruiser (.dependency-cruiser.cjs) checks which *files* each folder may reach, and cycles,
// type-only imports included. `npm run lint` runs both; `npm test` runs lint first.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SDK = { group: ['@aws-sdk/*', '@smithy/*'], message: 'Only src/aws talks to the AWS SDK (lazily loaded bundle): go through its facade.' };
const VSCODE = { name: 'vscode', message: 'This runtime has no vscode API (pure code, sandbox, SDK bundle or webview).' };
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path',
  'stream', 'timers', 'url', 'util', 'worker_threads', 'zlib',
].map((name) => ({ name, message: 'The webview runs in a browser (and imports src/shared): no Node built-ins.' }));

/** no-restricted-imports for a folder: `paths` are exact module names, `patterns` gitignore-style groups. */
const restrict = (paths, patterns = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.vscode-test/**', 'screenshots/**', '**/*.generated.ts', 'test/e2e/exportsProbe/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `import vscode = require('vscode')` is deliberate (esbuild copies the API object per module otherwise).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='vscode'][importKind!='type']", message: "Use `import vscode = require('vscode')` (see esbuild.js)." }],
    },
  },
  // Small files with one idea each (generated files are ignored above).
  { files: ['src/**/*.ts', 'media/**/*.ts', 'generators/**/*.ts'], rules: { 'max-lines': ['error', { max: 300 }] } },
  // The whole product: the SDK only inside src/aws.
  { files: ['src/**/*.ts', 'media/**/*.ts'], ignores: ['src/aws/**'], rules: restrict([], [SDK]) },
  // Runtimes without the vscode API.
  { files: ['src/sandbox/**/*.ts', 'src/schemas/**/*.ts'], rules: restrict([VSCODE], [SDK]) },
  { files: ['src/aws/**/*.ts'], rules: restrict([VSCODE]) },
  // Pure shared code and the webview (a browser page, which imports the shared code): no vscode, no SDK, no Node.
  { files: ['src/shared/**/*.ts', 'media/**/*.ts'], rules: restrict([VSCODE, ...NODE_BUILTINS], [SDK, { group: ['node:*'], message: 'The webview runs in a browser: no Node built-ins.' }]) },
  // Build scripts and tests are CommonJS/Node programs.
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests and harness load compiled modules at run time on purpose (require of out/ paths).
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off', 'no-restricted-syntax': 'off' } },
);
