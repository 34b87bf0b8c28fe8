// engines.vscode is decided from evidence, not picked: it is the oldest VS Code whose extension host runs a Node
// that every AWS SDK package we ship supports (their package.json `engines.node`). When an SDK update raises that
// floor (AWS announced Node 22 for releases after the first week of January 2027), this test fails and says which
// engines.vscode to declare, so the floor moves with the SDK instead of silently breaking older installs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../../..');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;

/**
 * The Node.js each VS Code release's extension host runs, at the boundaries that matter (from the release notes'
 * "Electron N update" sections and Electron's release table): a VS Code minor maps to the first Node major it ships.
 * Desktop VS Code runs the extension host on Electron's Node; code-server on the Node it is started with, which
 * its own engines field pins (4.90.x: 20, 4.139.x: 24).
 */
const EXTENSION_HOST_NODE: readonly { readonly vscodeMinor: number; readonly node: string; readonly source: string }[] = [
  { vscodeMinor: 82, node: '18.15.0', source: 'VS Code 1.82: Electron 25' },
  { vscodeMinor: 88, node: '18.18.2', source: 'VS Code 1.88: Electron 28' },
  { vscodeMinor: 90, node: '20.9.0', source: 'VS Code 1.90: Electron 29' },
  { vscodeMinor: 100, node: '20.19.0', source: 'VS Code 1.100: Electron 34' },
  { vscodeMinor: 101, node: '22.15.1', source: 'VS Code 1.101: Electron 35' },
];

const SDK_PACKAGES = ['@aws-sdk/client-customer-profiles', '@aws-sdk/client-sts', '@aws-sdk/credential-providers'];

function nodeMajorFloor(range: string): number {
  const m = /^>=\s*(\d+)/.exec(range.trim());
  if (!m) throw new Error(`unexpected engines.node range "${range}"`);
  return Number(m[1]);
}

describe('manifest: engines.vscode follows the Node the shipped AWS SDK needs', () => {
  const manifest = readJson<{ engines: { vscode: string; node?: string }; devDependencies: Record<string, string> }>('package.json');
  const sdkFloors = SDK_PACKAGES.map((name) => {
    const pkg = readJson<{ version: string; engines: { node: string } }>(`node_modules/${name}/package.json`);
    return { name, version: pkg.version, floor: nodeMajorFloor(pkg.engines.node) };
  });
  const needed = Math.max(...sdkFloors.map((s) => s.floor));

  it('bundles every SDK package at an exact version (devDependencies: esbuild bundles them; the .vsix has no node_modules)', () => {
    for (const { name, version } of sdkFloors) assert.strictEqual(manifest.devDependencies[name], version, name);
  });

  it('declares the oldest VS Code whose extension-host Node the SDK supports', () => {
    const oldest = EXTENSION_HOST_NODE.find((row) => Number(row.node.split('.')[0]) >= needed);
    assert.ok(oldest, `no VS Code in the table runs Node ${needed}: extend EXTENSION_HOST_NODE`);
    const declared = /^\^1\.(\d+)\.0$/.exec(manifest.engines.vscode);
    assert.ok(declared, `engines.vscode "${manifest.engines.vscode}" should be ^1.N.0`);
    assert.strictEqual(Number(declared[1]), oldest.vscodeMinor,
      `the SDK needs Node ${needed} (${sdkFloors.map((s) => `${s.name}@${s.version}: >=${s.floor}`).join(', ')}); ` +
      `the oldest extension host with it is ${oldest.source} (Node ${oldest.node}): declare "^1.${oldest.vscodeMinor}.0"`);
  });

  it('compiles against the API of that VS Code, not a newer one (@types/vscode)', () => {
    const declaredMinor = /^\^1\.(\d+)/.exec(manifest.engines.vscode)?.[1];
    assert.strictEqual(manifest.devDependencies['@types/vscode'], `~1.${declaredMinor}.0`);
  });

  it("states the same Node floor as the SDK in the extension's own engines.node", () => {
    assert.strictEqual(manifest.engines.node, `>=${needed}`);
  });
});
