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

const IMPORT_VSCODE = { selector: "ImportDeclaration[source.value='vscode'][importKind!='type']", message: "Use `import vscode = require('vscode')` (see esbuild.js)." };

// Localization guard (issue #12): user-visible text is never a literal at the places VS Code shows it; it goes through
// vscode.l10n.t / l10n.t so `npm run l10n` extracts it (test/unit/l10n/**). A "text" literal has a word in it (two or
// more letters); URLs, numbers and JSON examples (placeholders such as '{"email": …}') and template literals whose only
// letters are codicons (`$(check) ${name}`) pass.
const TEXT = "Literal[value=/[A-Za-z]{2,}/]:not([value=/^(https?:|[0-9{[])/])";
const TEXT_TEMPLATE = 'TemplateLiteral:has(> TemplateElement[value.raw=/(?:^|[\\s:,.;!?])[A-Za-z]{2,}/])';
const texts = (parent) => [`${parent} > ${TEXT}`, `${parent} > ${TEXT_TEMPLATE}`];
const L10N = 'Translate user-visible text: vscode.l10n.t(\'Text with {0}\', value) (host) or l10n.t from \'@vscode/l10n\' (pure code, webviews).';
const l10nSelectors = (selectors) => selectors.map((selector) => ({ selector, message: L10N }));
const HOST_TEXT = l10nSelectors([
  // Notifications and modals: the message, the buttons, the modal detail.
  ...texts('CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/]'),
  ...texts('CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/] > ObjectExpression > Property[key.name="detail"]'),
  // Quick picks and input boxes: items and options written inline.
  ...texts('CallExpression[callee.property.name=/^(showQuickPick|showInputBox|showOpenDialog|showSaveDialog)$/] Property[key.name=/^(label|description|detail|title|placeHolder|prompt|openLabel|saveLabel)$/]'),
  // Tree items, webview panel titles, progress titles.
  `NewExpression[callee.property.name="TreeItem"] > ${TEXT}:first-child`,
  `NewExpression[callee.property.name="TreeItem"] > ${TEXT_TEMPLATE}:first-child`,
  `CallExpression[callee.property.name="createWebviewPanel"] > ${TEXT}:nth-child(2)`,
  `CallExpression[callee.property.name="createWebviewPanel"] > ${TEXT_TEMPLATE}:nth-child(2)`,
  ...texts('CallExpression[callee.property.name="withProgress"] > ObjectExpression > Property[key.name="title"]'),
  // Status bar items, tree view and panel texts set by assignment.
  ...texts('AssignmentExpression[left.property.name=/^(tooltip|title|description|message)$/]'),
]);
const WEBVIEW_TEXT = l10nSelectors([
  ...texts('AssignmentExpression[left.property.name=/^(textContent|innerText|title|placeholder|ariaLabel)$/]'),
  `CallExpression[callee.property.name="setAttribute"][arguments.0.value=/^(title|placeholder|aria-label)$/] > ${TEXT}:nth-child(2)`,
  `CallExpression[callee.property.name="setAttribute"][arguments.0.value=/^(title|placeholder|aria-label)$/] > ${TEXT_TEMPLATE}:nth-child(2)`,
]);

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
      'no-restricted-syntax': ['error', IMPORT_VSCODE],
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
  // Localization guard: the extension host and the webviews (the rule's options replace the base ones, so the import
  // rule is repeated). Log lines, test-API text and sandbox messages are not user-visible text and are not matched.
  { files: ['src/host/**/*.ts', 'src/extension.ts'], ignores: ['src/host/**/testApi.ts'], rules: { 'no-restricted-syntax': ['error', IMPORT_VSCODE, ...HOST_TEXT] } },
  { files: ['media/**/*.ts'], rules: { 'no-restricted-syntax': ['error', IMPORT_VSCODE, ...WEBVIEW_TEXT] } },
  // Build scripts and tests are CommonJS/Node programs.
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Tests and harness load compiled modules at run time on purpose (require of out/ paths).
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off', 'no-restricted-syntax': 'off' } },
);
