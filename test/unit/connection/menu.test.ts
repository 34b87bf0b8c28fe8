import * as assert from 'assert';
import { connectionMenuRows, sandboxContextKeys } from '../../../src/shared/connection/menu';
import type { ResolvedConnection } from '../../../src/shared/connection/types';
import { localizedManifest } from '../manifest/localizedManifest';

describe('connection: the Connection… menu and the sandbox context keys', () => {
  const resolved: ResolvedConnection = { profile: 'dev', region: 'eu-west-1', regionSource: 'profile', credentialSource: 'profile' };

  it('shows the profile, region (with its source) and endpoint in use', () => {
    const rows = connectionMenuRows({ settings: { profile: 'dev' }, resolved, usingSandbox: false });
    assert.deepStrictEqual(rows.slice(0, 3).map((r) => r.description), ['dev', 'eu-west-1 · from the profile', 'AWS']);
    assert.strictEqual(rows[3].command, 'customerProfiles.startSandbox');
    assert.strictEqual(rows[3].description, 'demo data, no AWS needed');
  });

  it('before a client was built, says what the settings ask for', () => {
    const rows = connectionMenuRows({ settings: { endpoint: 'http://127.0.0.1:4566' }, usingSandbox: false });
    assert.deepStrictEqual(rows.slice(0, 3).map((r) => r.description), ['default credential chain', 'from profile or environment', 'http://127.0.0.1:4566']);
  });

  it('on the sandbox: the settings are marked not in use and Stop names the endpoint', () => {
    const rows = connectionMenuRows({ settings: { profile: 'prod', region: 'us-west-2' }, resolved, sandboxEndpoint: 'http://127.0.0.1:40001', usingSandbox: true });
    assert.match(rows[0].description ?? '', /^prod \(not in use: connected to the sandbox\)$/);
    assert.match(rows[1].description ?? '', /^us-west-2 \(not in use/);
    assert.deepStrictEqual([rows[3].command, rows[3].description], ['customerProfiles.stopSandbox', 'connected: http://127.0.0.1:40001']);
  });

  it('a sandbox left running after switching away offers to reconnect', () => {
    const rows = connectionMenuRows({ settings: {}, sandboxEndpoint: 'http://127.0.0.1:40001', usingSandbox: false });
    assert.deepStrictEqual([rows[3].command, rows[3].description], ['customerProfiles.startSandbox', 'reconnect to http://127.0.0.1:40001']);
  });

  it('Start applies unless connected to the sandbox, Stop while it runs', () => {
    assert.deepStrictEqual(sandboxContextKeys({ usingSandbox: false }), { 'customerProfiles.sandboxRunning': false, 'customerProfiles.sandboxConnected': false });
    assert.deepStrictEqual(sandboxContextKeys({ sandboxEndpoint: 'http://x', usingSandbox: false }), { 'customerProfiles.sandboxRunning': true, 'customerProfiles.sandboxConnected': false });
    assert.deepStrictEqual(sandboxContextKeys({ sandboxEndpoint: 'http://x', usingSandbox: true }), { 'customerProfiles.sandboxRunning': true, 'customerProfiles.sandboxConnected': true });
  });

  it('the manifest hides Start/Stop Local Sandbox where they do not apply (view title and palette)', () => {
    const manifest = localizedManifest<{ contributes: { menus: Record<string, { command: string; when?: string }[]>; viewsWelcome: { when: string; contents: string }[] } }>();
    const noDomains = manifest.contributes.viewsWelcome.find((w) => w.when.includes('noDomains'));
    assert.match(noDomains?.contents ?? '', /\(command:customerProfiles\.createDomain\)/, 'the "no domains" welcome offers Create Domain');
    const when = (menu: string, command: string): string | undefined => manifest.contributes.menus[menu].find((m) => m.command === command)?.when;
    for (const menu of ['view/title', 'commandPalette']) {
      assert.match(when(menu, 'customerProfiles.startSandbox') ?? '', /!customerProfiles\.sandboxConnected/, menu);
      assert.match(when(menu, 'customerProfiles.stopSandbox') ?? '', /customerProfiles\.sandboxRunning/, menu);
    }
  });
});
