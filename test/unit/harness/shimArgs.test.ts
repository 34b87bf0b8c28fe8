import * as assert from 'assert';
import { parseCodeArgs, workbenchUrl } from '../../harness/shimArgs';

describe('code shim: command line and workbench URL', () => {
  it('parses the flags @vscode/test-electron passes, in both --a=b and --a b forms', () => {
    const args = parseCodeArgs([
      '--user-data-dir=/tmp/ud', '--no-sandbox', '--disable-gpu-sandbox', '--extensionTestsPath=/p/out/test/index.js',
      '--extensionDevelopmentPath=/p', '--extensionDevelopmentPath', '/q', '--extensions-dir', '/tmp/ext', '/work/folder',
    ]);
    assert.deepStrictEqual(args, {
      extensionDevelopmentPaths: ['/p', '/q'],
      extensionTestsPath: '/p/out/test/index.js',
      userDataDir: '/tmp/ud',
      extensionsDir: '/tmp/ext',
      folder: '/work/folder',
    });
  });

  it('rejects a flag without its value', () => {
    assert.throws(() => parseCodeArgs(['--extensionTestsPath=']), /missing value for --extensionTestsPath/);
    assert.throws(() => parseCodeArgs(['--extensions-dir']), /missing value for --extensions-dir/);
  });

  it('puts dev and test paths into the payload as vscode-remote URIs of the server', () => {
    const url = new URL(workbenchUrl('http://127.0.0.1:4321/', { extensionDevelopmentPaths: ['/p'], extensionTestsPath: '/p/t.js' }));
    assert.strictEqual(url.searchParams.get('ew'), 'true');
    assert.deepStrictEqual(JSON.parse(url.searchParams.get('payload') ?? 'null'), [
      ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4321/p'],
      ['extensionTestsPath', 'vscode-remote://127.0.0.1:4321/p/t.js'],
    ]);
  });

  it('opens the folder instead of an empty window, and sends no payload when there is nothing to load', () => {
    const url = new URL(workbenchUrl('http://127.0.0.1:4321', { extensionDevelopmentPaths: [], folder: '/w' }));
    assert.strictEqual(url.searchParams.get('folder'), '/w');
    assert.strictEqual(url.searchParams.has('ew'), false);
    assert.strictEqual(url.searchParams.has('payload'), false);
  });
});
