// The README is the marketplace page: what it states about permissions and settings must be what the code does,
// and its pictures must exist and be the ones the e2e suite takes (test/e2e/zx-readme.e2e.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../../src/aws/operations';
import {
  README, ROOT, calledOperations, contributedSettings, currentPermissionsBlock, manifestText, permissionsBlock, readmeSettingsRows,
} from './readmeFacts';

const readme = fs.readFileSync(README, 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  repository?: { url?: string };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};

describe('README: permissions', () => {
  it('the generated block equals what the code calls (run `npm run readme:tables` after changing operations)', () => {
    const current = currentPermissionsBlock(readme);
    assert.ok(current, 'README.md lost its permissions markers');
    assert.strictEqual(current, permissionsBlock());
  });

  it('every profile:/sts: action the README names anywhere is one the features call, and all of those are named', () => {
    const named = new Set([...readme.matchAll(/`((?:profile|sts):\w+)`/g)].map((m) => m[1]));
    const called = new Set(calledOperations().permissions.map((p) => p.action));
    assert.deepStrictEqual([...named].sort(), [...called].sort());
  });

  it('splits the operations table into called and uncalled, and finds the calls where the features make them', () => {
    const { permissions, unused } = calledOperations();
    const called = permissions.map((p) => p.action.replace(/^profile:/, '')).filter((a) => !a.startsWith('sts:'));
    assert.deepStrictEqual([...called, ...unused].sort(), Object.keys(COMMANDS).sort());
    const merge = permissions.find((p) => p.action === 'profile:MergeProfiles');
    assert.deepStrictEqual(merge && { changesData: merge.changesData, features: merge.features }, { changesData: true, features: ['Matches review'] });
    assert.strictEqual(permissions.find((p) => p.action === 'profile:GetMatches')?.changesData, false);
  });
});

describe('README: settings', () => {
  const rows = readmeSettingsRows(readme);
  const settings = contributedSettings();

  it('documents every contributed setting with its default and a meaning, and no other', () => {
    for (const s of settings) {
      const row = rows.get(s.key);
      assert.ok(row, `${s.key} is not in the README's Settings table (the manifest says: ${s.description})`);
      assert.strictEqual(row.defaultCell, `\`${JSON.stringify(s.default)}\``, `default of ${s.key}`);
      assert.ok(row.meaning.length > 10, `meaning of ${s.key}`);
    }
    assert.deepStrictEqual([...rows.keys()].sort(), settings.map((s) => s.key).sort());
  });

  it('every setting has a description in the manifest (a %key% resolves through package.nls.json)', () => {
    for (const s of settings) assert.ok(s.description.trim().length > 10, `${s.key} has no resolvable description`);
  });

  it('manifestText resolves %key% through the nls table and reports a missing key as undefined', () => {
    assert.strictEqual(manifestText('%setting.region%', { 'setting.region': 'AWS region' }), 'AWS region');
    assert.strictEqual(manifestText('%setting.gone%', { 'setting.region': 'AWS region' }), undefined);
    assert.strictEqual(manifestText('%setting.region%', undefined), undefined);
    assert.strictEqual(manifestText('Plain text', undefined), 'Plain text');
  });

  it('names every setting that untrusted workspaces restrict', () => {
    const paragraph = /^In untrusted workspaces .*?(?:\n\n|$)/ms.exec(readme)?.[0] ?? '';
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(paragraph.includes(`\`${key}\``), key);
  });
});

describe('README: the page itself', () => {
  it('starts with the two commands', () => {
    const top = readme.split('\n').slice(0, 6).join('\n');
    assert.ok(top.includes('npm ci && npm run demo') && top.includes('npm ci && npm test'), top);
  });

  it('links only images that exist in docs/images, and every image there is linked', () => {
    const linked = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(linked.length >= 5, `images: ${linked.join(', ')}`);
    for (const src of linked) {
      assert.match(src, /^docs\/images\/[\w-]+\.png$/, 'relative docs/images PNGs (vsce rewrites them to the repository)');
      assert.ok(fs.existsSync(path.join(ROOT, src)), `${src} does not exist`);
    }
    const onDisk = fs.readdirSync(path.join(ROOT, 'docs', 'images')).map((f) => `docs/images/${f}`);
    assert.deepStrictEqual([...new Set(linked)].sort(), onDisk.sort());
  });

  it('links only documents that exist', () => {
    for (const [, target] of readme.matchAll(/\]\(((?:docs\/|[A-Z]+\.md)[^)#]*)(?:#[^)]*)?\)/g)) {
      assert.ok(fs.existsSync(path.join(ROOT, target)), `${target} does not exist`);
    }
  });

  it('has a repository URL for vsce to rewrite the relative links with, and does not package docs/', () => {
    assert.match(manifest.repository?.url ?? '', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\.git)?$/);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.ok(!/^!docs/m.test(ignore), '.vscodeignore is an allow-list: docs/ stays out of the .vsix');
  });
});
