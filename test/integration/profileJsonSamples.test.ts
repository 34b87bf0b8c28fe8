// "Create Object Type from Samples…" in real VS Code against the sandbox: two sample objects from the active
// editor go to DetectProfileObjectType; the detected Fields/Keys open as a new object-type draft (nothing created
// yet); saving and confirming the draft creates the object type with exactly those Fields/Keys.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PickItem } from '../../src/host/domainJson/prompts';
import { waitFor } from './explorerSupport';
import { WRITE_OPERATIONS, saveExplicitly, tabPaths, useDomainJsonSuite } from './domainJsonSupport';

const DOMAIN = 'demo-retail';
const NAME = 'DetectedContacts';
const SAMPLES = [
  { contactId: 'c-1', email: 'grace@example.com', phone: '+15550100', firstName: 'Grace', city: 'Arlington', updatedAt: '2024-05-01T10:00:00.000Z' },
  { contactId: 'c-2', email: 'alan@example.com', phone: '+15550101', firstName: 'Alan', city: 'Wilmslow', updatedAt: '2024-05-02T11:30:00.000Z' },
];

describe('profile JSON editor: Create Object Type from Samples (DetectProfileObjectType)', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();
  let sampleFile: string;
  const writes = (): string[] => suite.operations.filter((op) => WRITE_OPERATIONS.includes(op));

  before(() => {
    sampleFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cpx-samples-')), 'contacts.json');
    fs.writeFileSync(sampleFile, JSON.stringify(SAMPLES, null, 2));
  });
  after(async () => {
    await suite.client.call('DeleteProfileObjectType', { DomainName: DOMAIN, ObjectTypeName: NAME }).catch(() => undefined);
    fs.rmSync(path.dirname(sampleFile), { recursive: true, force: true });
  });

  it('two samples from the active editor → a draft holding what the sandbox detected; saving creates the object type', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleFile));
    const picks: string[][] = [];
    suite.api.domainJson.setPrompts({
      ...suite.scripted.prompts(),
      pick: async <T>(items: readonly PickItem<T>[]) => {
        picks.push(items.map((i) => i.label));
        return items.find((i) => i.value === ('editor' as unknown))?.value;
      },
      newName: async (request) => {
        assert.ok(request.validate('1bad'), 'a bad name is refused');
        return NAME;
      },
    });
    suite.operations.length = 0;
    const draft = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('customerProfiles.createObjectTypeFromSamples', { domainName: DOMAIN });
    assert.ok(draft, 'a draft opened (see the log)');
    assert.deepStrictEqual(picks[0], ['Active editor: contacts.json', 'JSON files…', 'Paste…']);
    assert.ok(suite.operations.includes('DetectProfileObjectType'));
    assert.deepStrictEqual(writes(), [], 'detection creates nothing');
    assert.match(draft.uri.path, new RegExp(`/domains/${DOMAIN}/new-object-types/${NAME}\\.json$`));
    assert.ok(draft.isDirty, 'a draft: unsaved until created');

    // What the sandbox detects for the same two objects, asked directly.
    const direct = await suite.client.call('DetectProfileObjectType', { DomainName: DOMAIN, Objects: SAMPLES.map((s) => JSON.stringify(s)) });
    const detected = direct.DetectedProfileObjectTypes?.[0];
    assert.ok(detected?.Fields && detected.Keys, 'the sandbox detected a mapping');
    const document = JSON.parse(draft.getText()) as Record<string, unknown>;
    assert.deepStrictEqual(document.Fields, JSON.parse(JSON.stringify(detected.Fields)));
    assert.deepStrictEqual(document.Keys, JSON.parse(JSON.stringify(detected.Keys)));
    assert.strictEqual(document.SourceLastUpdatedTimestampFormat, detected.SourceLastUpdatedTimestampFormat);
    assert.match(String(document.Description), /detected from 2 samples/);
    await assert.rejects(suite.client.call('GetProfileObjectType', { DomainName: DOMAIN, ObjectTypeName: NAME }), /not|exist/i);

    await saveExplicitly(draft);
    assert.deepStrictEqual(writes(), ['PutProfileObjectType']);
    assert.match(suite.scripted.confirmations[0]?.text.message ?? '', new RegExp(`^Create object type ${NAME} in ${DOMAIN} on the service\\?$`));
    const created = await suite.client.call('GetProfileObjectType', { DomainName: DOMAIN, ObjectTypeName: NAME });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(created.Fields)), document.Fields);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(created.Keys)), document.Keys);
    await waitFor('the object type document instead of the draft', () => tabPaths().some((p) => p.endsWith(`/domains/${DOMAIN}/object-types/${NAME}.json`)));
  });

  it('JSON files with six objects in all: refused before any call, no draft', async () => {
    const files = ['first.json', 'second.json'].map((name, f) => {
      const file = path.join(path.dirname(sampleFile), name);
      fs.writeFileSync(file, JSON.stringify([1, 2, 3].map((i) => ({ email: `c${f * 3 + i}@example.com` }))));
      return vscode.Uri.file(file);
    });
    let asked = 0;
    suite.api.domainJson.setPrompts({
      ...suite.scripted.prompts(),
      pick: async <T>(items: readonly PickItem<T>[]) => items.find((i) => i.value === ('files' as unknown))?.value,
      sampleFiles: async () => {
        asked++;
        return files;
      },
    });
    suite.operations.length = 0;
    const draft = await vscode.commands.executeCommand('customerProfiles.createObjectTypeFromSamples', { domainName: DOMAIN });
    assert.strictEqual(asked, 1, 'the files were asked for');
    assert.strictEqual(draft, undefined);
    assert.ok(!suite.operations.includes('DetectProfileObjectType'), 'refused before any call');
    assert.ok(!tabPaths().some((p) => p.includes('/new-object-types/')));
  });
});
