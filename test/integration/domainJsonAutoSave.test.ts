// Auto-save and the service, in real VS Code with `files.autoSave: afterDelay` (1000 ms, test/harness/codeServer.ts):
// a pause while typing stages the text (kept, marked "not applied") and never calls the service, asks or fails;
// only an explicit save applies it. And what a document shows after a no-op save, a revert and a reopen is what
// the service has. The sandbox's request log proves which operations ran.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './explorerSupport';
import { WRITE_OPERATIONS, openCommand, rewrite, saveExplicitly, tabPaths, useDomainJsonSuite } from './domainJsonSupport';

const CONFIRM = 'customerProfiles.domainJson.confirmBeforeSave';

describe('domain JSON editor: auto-save stages, explicit save applies (files.autoSave: afterDelay)', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();

  const openRetail = (): Promise<vscode.TextDocument> => openCommand('customerProfiles.editDomain', 'demo-retail');
  const remoteRetail = () => suite.client.call('GetDomain', { DomainName: 'demo-retail' });
  const writes = (): string[] => suite.operations.filter((op) => WRITE_OPERATIONS.includes(op));
  // The not-applied markers' lenses (the document also carries "Preview auto-merging" on Matching.AutoMerging).
  const lensTitles = async (document: vscode.TextDocument): Promise<string[]> => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    return lenses.filter((l) => l.command?.command !== 'customerProfiles.previewAutoMerging').map((l) => l.command?.title ?? '');
  };

  /** Waits until VS Code's auto-save has written the document (clean again), then checks its text is staged. */
  const autoSaved = async (document: vscode.TextDocument, typed: string): Promise<void> => {
    await waitFor('the auto-save (files.autoSaveDelay 1000 ms)', () => !document.isDirty, 15_000);
    assert.deepStrictEqual(writes(), [], 'the auto-save sent no write operation to the service');
    assert.strictEqual(suite.scripted.confirmations.length, 0, 'the auto-save asked nothing');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed, 'the auto-saved text is kept as not applied');
  };

  before(() => {
    const files = vscode.workspace.getConfiguration('files');
    assert.strictEqual(files.get('autoSave'), 'afterDelay', 'the harness runs with auto-save on');
    assert.strictEqual(files.get('autoSaveDelay'), 1000);
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration().update(CONFIRM, undefined, vscode.ConfigurationTarget.Global);
  });

  for (const confirm of [true, false]) {
    it(`a pause while typing (confirmBeforeSave ${confirm ? 'on' : 'off'}) calls nothing, asks nothing; the document says "not applied"; Save applies it`, async () => {
      await vscode.workspace.getConfiguration().update(CONFIRM, confirm, vscode.ConfigurationTarget.Global);
      const document = await openRetail();
      const before = (await remoteRetail()).DefaultExpirationDays;
      const days = before === 9 ? 10 : 9;
      const typed = await rewrite(document, (v) => {
        v.DefaultExpirationDays = days;
      });
      await autoSaved(document, typed);
      assert.deepStrictEqual(writes(), [], 'no write operation reached the service');
      assert.strictEqual(suite.scripted.confirmations.length, 0, 'no confirmation was asked');
      assert.strictEqual(suite.scripted.notApplied.length, 0, 'no message');
      assert.strictEqual((await remoteRetail()).DefaultExpirationDays, before);
      assert.strictEqual(document.getText(), typed);
      assert.ok((await lensTitles(document)).some((t) => /Not applied to the service/.test(t)), 'the CodeLens marks it');
      // Reopening shows the staged text, still marked.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const reopened = await openRetail();
      assert.strictEqual(reopened.getText(), typed);

      // The explicit save (Ctrl+S saves a clean editor too) applies exactly that text.
      await saveExplicitly(reopened);
      assert.strictEqual((await remoteRetail()).DefaultExpirationDays, days);
      assert.deepStrictEqual(writes(), ['UpdateDomain']);
      assert.strictEqual(suite.scripted.confirmations.length, confirm ? 1 : 0);
      assert.strictEqual(suite.api.domainJson.pendingText(reopened.uri), undefined);
      assert.deepStrictEqual(await lensTitles(reopened), []);
    });
  }

  it('Create Domain: an auto-saved draft is not created and nothing asks "Create … on the service?"; Save creates it', async () => {
    const draft = await openCommand('customerProfiles.createDomain', 'autosaved-draft');
    await autoSaved(draft, draft.getText());
    assert.deepStrictEqual(writes(), []);
    assert.strictEqual(suite.scripted.confirmations.length, 0);
    await assert.rejects(suite.client.call('GetDomain', { DomainName: 'autosaved-draft' }), /autosaved-draft/);
    await saveExplicitly(draft);
    assert.deepStrictEqual(writes(), ['CreateDomain']);
    assert.match(suite.scripted.confirmations[0]?.text.message ?? '', /^Create domain autosaved-draft on the service\?$/);
    await waitFor('the domain document instead of the draft', () => tabPaths().some((p) => p.endsWith('/domains/autosaved-draft.json')));
    await suite.client.call('DeleteDomain', { DomainName: 'autosaved-draft' });
  });

  it('an object type: auto-save sends no PutProfileObjectType', async () => {
    const { Items } = await suite.client.call('ListProfileObjectTypes', { DomainName: 'demo-retail' });
    const name = Items?.[0]?.ObjectTypeName;
    assert.ok(name);
    const document = await openCommand('customerProfiles.editObjectType', { kind: 'objectType', domainName: 'demo-retail', objectTypeName: name });
    const typed = await rewrite(document, (v) => {
      v.Description = 'auto-saved, not applied';
    });
    await autoSaved(document, typed);
    assert.deepStrictEqual(writes(), []);
    const remote = await suite.client.call('GetProfileObjectType', { DomainName: 'demo-retail', ObjectTypeName: name });
    assert.notStrictEqual(remote.Description, 'auto-saved, not applied');
  });

  it('Discard Changes Not Applied drops the staged text: the document shows the service again', async () => {
    const document = await openRetail();
    const service = document.getText();
    const typed = await rewrite(document, (v) => {
      v.DefaultExpirationDays = 1;
    });
    await autoSaved(document, typed);
    await vscode.commands.executeCommand('customerProfiles.discardPendingChanges', document.uri);
    await waitFor('the service version', () => document.getText() === service && !document.isDirty);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined);
    assert.deepStrictEqual(writes(), []);
  });

  it('a no-op save ("Nothing will be sent", Matching removed) shows what the service has, also after reopening', async () => {
    const document = await openRetail();
    assert.match(document.getText(), /"Matching"/);
    await rewrite(document, (v) => {
      delete v.Matching;
    });
    await saveExplicitly(document);
    assert.match(suite.scripted.confirmations[0]?.text.detail ?? '', /Nothing will be sent\./);
    assert.deepStrictEqual(writes(), []);
    await waitFor('the editor to show Matching again', () => /"Matching"/.test(document.getText()) && !document.isDirty);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const reopened = await openRetail();
    assert.match(reopened.getText(), /"Matching"/);
  });

  it("Revert after a change behind the editor's back shows the service's current version, not an old copy", async () => {
    // Auto-save off here: File: Revert acts on unsaved typing, which must stay unsaved until the revert.
    const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
    const harnessValue = files().inspect('autoSave')?.globalValue; // 'afterDelay', from the harness's user settings
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    try {
      const document = await openRetail();
      await rewrite(document, (v) => {
        v.DefaultExpirationDays = 500;
      });
      await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: 43 });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor('the current version after File: Revert', () => /"DefaultExpirationDays": 43,/.test(document.getText()) && !document.isDirty);

      // After a conflict the text is staged (Cancel): Discard Changes Not Applied is its revert.
      await rewrite(document, (v) => {
        v.DefaultExpirationDays = 501;
      });
      await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: 44 });
      suite.scripted.conflictAnswers = ['cancel'];
      await saveExplicitly(document);
      assert.strictEqual(suite.scripted.conflicts.length, 1);
      assert.ok(suite.api.domainJson.pendingText(document.uri)?.includes('"DefaultExpirationDays": 501,'));
      await vscode.commands.executeCommand('customerProfiles.discardPendingChanges');
      await waitFor('the current version after Discard', () => /"DefaultExpirationDays": 44,/.test(document.getText()) && !document.isDirty);
      assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined);

      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: 45 });
      assert.match((await openRetail()).getText(), /"DefaultExpirationDays": 45,/, 'reopening shows the current version');
    } finally {
      await files().update('autoSave', harnessValue, vscode.ConfigurationTarget.Global);
    }
  });

  it('Show Changes opens the diff and ends the save (no dialog over it); saving from the diff asks again and applies', async () => {
    const document = await openRetail();
    const typed = await rewrite(document, (v) => {
      v.DefaultExpirationDays = 321;
    });
    suite.scripted.confirmAnswers = ['showDiff'];
    await saveExplicitly(document);
    await waitFor('the diff', () => tabPaths().includes(`diff:customer-profiles-remote:${document.uri.path}`));
    assert.strictEqual(suite.scripted.confirmations.length, 1, 'not asked again over the diff');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.deepStrictEqual(writes(), []);
    assert.strictEqual(suite.scripted.notApplied.length, 0);

    suite.scripted.confirmAnswers = ['apply'];
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the diff edits the document');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.strictEqual(suite.scripted.confirmations.length, 2);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 321);
  });

  it('a service failure is one message, the service\'s, and the text stays as not applied', async () => {
    const document = await openRetail();
    const typed = await rewrite(document, (v) => {
      v.DefaultExpirationDays = 222;
    });
    suite.sandbox.setFaults({ failRate: 1 });
    try {
      await saveExplicitly(document);
    } finally {
      suite.sandbox.setFaults({});
    }
    assert.strictEqual(suite.scripted.notApplied.length, 1, JSON.stringify(suite.scripted.notApplied));
    const { message } = suite.scripted.notApplied[0];
    assert.match(message, /^demo-retail\.json: Not applied: could not read the current version: /);
    assert.match(message, /InternalServerException|internal/i);
    assert.doesNotMatch(message, /Unable to write file|FileSystemError|Not applied.*Not applied/);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.strictEqual(document.getText(), typed);
  });
});
