// The lint rules that keep the runtimes apart, each proven to fire on a planted violation (and to stay quiet
// on the allowed counterpart), so a rule that silently stops matching fails here. ESLint checks module names
// (lintText on a virtual file: nothing is written into the tree); dependency-cruiser checks file reachability
// and cycles on planted files in a scratch copy of the layout, with the project's own config.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { PROJECT_ROOT } from '../../harness/paths';

describe('lint boundaries (planted violations)', function () {
  this.timeout(120_000);
  const eslint = new ESLint({ cwd: PROJECT_ROOT });

  async function eslintRules(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
    return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
  }

  const SDK = "import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';\nexport const c = CustomerProfilesClient;\n";
  const VSCODE = "import vscode = require('vscode');\nexport const w = vscode.window;\n";
  const FS = "import * as fs from 'fs';\nexport const r = fs.readFileSync;\n";
  const NODE_FS = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";

  const eslintCases: [string, string, string, RegExp | undefined][] = [
    ['the SDK in an extension-host feature', 'src/host/explorer/planted.ts', SDK, /Only src\/aws talks to the AWS SDK/],
    ['the SDK in the sandbox', 'src/sandbox/planted.ts', SDK, /Only src\/aws talks to the AWS SDK/],
    ['the SDK in the webview', 'media/matches/planted.ts', SDK, /Only src\/aws talks to the AWS SDK/],
    ['the SDK in src/aws (allowed)', 'src/aws/planted.ts', SDK, undefined],
    ['vscode in the sandbox', 'src/sandbox/planted.ts', VSCODE, /no vscode API/],
    ['vscode in shared pure code', 'src/shared/planted.ts', VSCODE, /no vscode API/],
    ['vscode in shared matches code', 'src/shared/matches/planted.ts', VSCODE, /no vscode API/],
    ['vscode in the SDK bundle', 'src/aws/planted.ts', VSCODE, /no vscode API/],
    ['vscode in the webview', 'media/matches/planted.ts', VSCODE, /no vscode API/],
    ['vscode in an extension-host feature (allowed)', 'src/host/explorer/planted.ts', VSCODE, undefined],
    ['a Node built-in in the webview', 'media/matches/planted.ts', FS, /runs in a browser/],
    ['a node: built-in in the webview', 'media/matches/planted.ts', NODE_FS, /runs in a browser/],
    ['a Node built-in in shared code (the webview imports it)', 'src/shared/planted.ts', FS, /runs in a browser/],
    ['a Node built-in in the sandbox (allowed)', 'src/sandbox/planted.ts', FS, undefined],
  ];
  for (const [what, file, code, expected] of eslintCases) {
    it(`ESLint: ${what}${expected ? ' fails' : ' passes'}`, async () => {
      const messages = await eslintRules(file, code);
      if (expected) assert.ok(messages.some((m) => m.startsWith('@typescript-eslint/no-restricted-imports') && expected.test(m)), messages.join('\n') || 'no message');
      else assert.deepEqual(messages, []);
    });
  }

  describe('dependency-cruiser', () => {
    let scratch: string;
    let violations: { rule: string; from: string; to: string }[];

    const planted: Record<string, string> = {
      // A cycle made only of type imports still counts.
      'src/shared/cycleA.ts': "import type { B } from './cycleB';\nexport interface A { b?: B }\n",
      'src/shared/cycleB.ts': "import type { A } from './cycleA';\nexport interface B { a?: A }\n",
      'src/host/explorer/nodes.ts': 'export const node = 1;\n',
      'src/host/matches/panel.ts': 'export const panel = 1;\n',
      'src/shared/matches/ok.ts': "export const ok = 1;\n",
      'src/sandbox/index.ts': 'export const startSandbox = 1;\n',
      'src/aws/paging.ts': 'export const toPage = 1;\n',
      'src/lazy.ts': 'export const loadAws = 1;\n',
      'src/shared/impure.ts': "import { node } from '../host/explorer/nodes';\nexport const x = node;\n",
      'src/shared/pure.ts': "import { ok } from './matches/ok';\nexport const x = ok;\n",
      'src/sandbox/feature.ts': "import { panel } from '../host/matches/panel';\nexport const x = panel;\n",
      'src/sandbox/shared.ts': "import { ok } from '../shared/matches/ok';\nexport const x = ok;\n",
      'src/aws/feature.ts': "import { node } from '../host/explorer/nodes';\nexport const x = node;\n",
      'media/matches/host.ts': "import { panel } from '../../src/host/matches/panel';\nexport const x = panel;\n",
      'media/matches/pure.ts': "import { ok } from '../../src/shared/matches/ok';\nexport const x = ok;\n",
      'media/matches/node.ts': "import * as fs from 'fs';\nexport const x = fs;\n",
      'src/host/explorer/eager.ts': "import { startSandbox } from '../../sandbox/index';\nexport const x = startSandbox;\n",
      'src/host/explorer/awsValue.ts': "import { toPage } from '../../aws/paging';\nexport const x = toPage;\n",
      'src/host/explorer/typeOnly.ts': "import type * as Sandbox from '../../sandbox/index';\nexport type S = typeof Sandbox;\n",
      'src/host/explorer/lazy.ts': "import { loadAws } from '../../lazy';\nexport const x = loadAws;\n",
      'src/extension.ts': "import { loadAws } from './lazy';\nexport const x = loadAws;\n",
      'src/host/explorer/sdk.ts': "import { CustomerProfilesClient } from '@aws-sdk/client-customer-profiles';\nexport const x = CustomerProfilesClient;\n",
    };

    before(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-depcruise-'));
      fs.copyFileSync(path.join(PROJECT_ROOT, '.dependency-cruiser.cjs'), path.join(scratch, '.dependency-cruiser.cjs'));
      fs.writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node', strict: true } }));
      fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(scratch, 'node_modules'));
      for (const [file, text] of Object.entries(planted)) {
        fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
        fs.writeFileSync(path.join(scratch, file), text);
      }
      const cli = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'depcruise');
      const run = spawnSync(cli, ['src', 'media', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: scratch, encoding: 'utf8', timeout: 100_000 });
      assert.ok(run.stdout, `depcruise printed nothing (exit ${run.status}): ${run.stderr}`);
      const report = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
      violations = report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
    });

    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    const rulesFrom = (file: string): string[] => violations.filter((v) => v.from === file).map((v) => v.rule).sort();

    const cases: [string, string, string[]][] = [
      ['a type-only import cycle', 'src/shared/cycleA.ts', ['no-cycles']],
      ['shared code reaching a feature', 'src/shared/impure.ts', ['shared-stays-pure']],
      ['shared code reaching shared code (allowed)', 'src/shared/pure.ts', []],
      ['the sandbox reaching a feature', 'src/sandbox/feature.ts', ['sandbox-is-standalone']],
      ['the sandbox reaching shared code (allowed)', 'src/sandbox/shared.ts', []],
      ['the SDK bundle reaching a feature', 'src/aws/feature.ts', ['aws-reaches-no-features']],
      ['the webview reaching host code', 'media/matches/host.ts', ['webview-reaches-only-shared-code']],
      ['the webview reaching shared code (allowed)', 'media/matches/pure.ts', []],
      ['the webview reaching Node', 'media/matches/node.ts', ['webview-has-no-node']],
      ['a feature loading a lazy bundle eagerly', 'src/host/explorer/eager.ts', ['host-names-bundles-only-as-types']],
      ['a feature importing a value from the SDK bundle', 'src/host/explorer/awsValue.ts', ['host-names-bundles-only-as-types']],
      ["a feature naming a lazy bundle's types (allowed)", 'src/host/explorer/typeOnly.ts', []],
      ['a feature reaching the lazy loader', 'src/host/explorer/lazy.ts', ['lazy-only-from-extension']],
      ['the composition root reaching the lazy loader (allowed)', 'src/extension.ts', []],
      ['a feature reaching the SDK', 'src/host/explorer/sdk.ts', ['sdk-only-in-aws']],
    ];
    for (const [what, file, expected] of cases) {
      it(`${what}: ${expected.length ? expected.join(', ') : 'no violation'}`, () => assert.deepEqual(rulesFrom(file), expected, JSON.stringify(violations, null, 1)));
    }
  });
});
