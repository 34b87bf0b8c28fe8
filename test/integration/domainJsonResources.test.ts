// Creating and deleting domains and editing / creating / deleting object types through the JSON editor, in
// real VS Code against a sandbox; the service's state is checked with a separate SDK client.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './explorerSupport';
import { languageServiceDiagnostics, openCommand, replaceFirst, rewrite, saveExplicitly, tabPaths, useDomainJsonSuite } from './domainJsonSupport';

describe('domain JSON editor: create / delete domains, object types (sandbox)', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();

  const exists = async (domainName: string): Promise<boolean> =>
    suite.client.call('GetDomain', { DomainName: domainName }).then(
      () => true,
      (err: { name?: string }) => (err.name === 'ResourceNotFoundException' ? false : Promise.reject(err)),
    );

  it('Create Domain opens a dirty template validated against the create schema; saving creates the domain', async () => {
    const draft = await openCommand('customerProfiles.createDomain', 'created-by-test');
    assert.match(draft.uri.path, /\/new-domains\/created-by-test\.json$/);
    assert.strictEqual(draft.isDirty, true, 'an uncreated domain is unsaved work');
    assert.deepStrictEqual(JSON.parse(draft.getText()), { DefaultExpirationDays: 366, Matching: { Enabled: false } });

    // The create schema requires DefaultExpirationDays (the update schema does not): proves which schema applies.
    await rewrite(draft, (v) => {
      delete v.DefaultExpirationDays;
    });
    const missing = await waitFor('"missing DefaultExpirationDays" from the JSON service', () =>
      languageServiceDiagnostics(draft.uri).find((d) => /DefaultExpirationDays/.test(d.message)),
    );
    assert.ok(missing);
    await saveExplicitly(draft);
    assert.ok(!(await exists('created-by-test')), 'the save validates the same way: nothing created');
    assert.match(suite.scripted.notApplied[0]?.message ?? '', /DefaultExpirationDays/);

    await rewrite(draft, (v) => {
      v.DefaultExpirationDays = 30;
      v.Tags = { purpose: 'test' };
    });
    await saveExplicitly(draft);
    const created = await suite.client.call('GetDomain', { DomainName: 'created-by-test' });
    assert.strictEqual(created.DefaultExpirationDays, 30);
    assert.deepStrictEqual(created.Tags, { purpose: 'test' });
    assert.match(suite.scripted.confirmations[0].text.message, /^Create domain created-by-test on the service\?$/);
    assert.match(suite.scripted.confirmations[0].text.detail, /Calls: CreateDomain\./);
    // The draft is replaced by the domain's own document.
    await waitFor('the domain document instead of the draft', () => {
      const paths = tabPaths();
      return paths.some((p) => p.endsWith('/domains/created-by-test.json')) && !paths.some((p) => p.includes('/new-domains/')) ? true : undefined;
    });
  });

  it('Create Domain refuses a name that exists or is malformed', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.createDomain', 'demo-empty'), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.createDomain', 'bad name!'), undefined);
    assert.ok(!tabPaths().some((p) => p.includes('/new-domains/')));
  });

  it('Delete Domain needs the typed name and the final confirmation, then closes its documents', async () => {
    if (!(await exists('created-by-test'))) await suite.client.call('CreateDomain', { DomainName: 'created-by-test', DefaultExpirationDays: 30 });
    await openCommand('customerProfiles.editDomain', 'created-by-test');

    suite.scripted.deletionAnswers = [false];
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.deleteDomain', 'created-by-test'), false);
    assert.ok(await exists('created-by-test'), 'declined: nothing deleted');

    suite.scripted.deletionAnswers = [true];
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.deleteDomain', { kind: 'domain', domainName: 'created-by-test' }), true);
    assert.deepStrictEqual(suite.scripted.deletions.map((d) => d.expected), ['created-by-test', 'created-by-test']);
    assert.ok(!(await exists('created-by-test')));
    await waitFor('its document closed', () => (tabPaths().some((p) => p.includes('/domains/created-by-test')) ? undefined : true));
  });

  it('edits an object type: schema-checked while typing, PutProfileObjectType on save', async () => {
    const { Items } = await suite.client.call('ListProfileObjectTypes', { DomainName: 'demo-retail' });
    const name = Items?.[0]?.ObjectTypeName;
    assert.ok(name, 'the demo domain has object types');
    const document = await openCommand('customerProfiles.editObjectType', { kind: 'objectType', domainName: 'demo-retail', objectTypeName: name });
    assert.match(document.uri.path, new RegExp(`/domains/demo-retail/object-types/${name}\\.json$`));
    assert.ok(!('ObjectTypeName' in JSON.parse(document.getText())));

    const range = await replaceFirst(document, '"AllowProfileCreation": ', '"AllowProfileCreation": "yes", "X": ');
    await waitFor('a JSON diagnostic for the wrong type', () => languageServiceDiagnostics(document.uri).find((d) => d.range.intersection(range) !== undefined));
    // Auto-save may have staged the broken text by now: discard drops it (and reverts unsaved typing).
    await vscode.commands.executeCommand('customerProfiles.discardPendingChanges', document.uri);
    await waitFor('the service version again', () => (document.getText().includes('"X"') ? undefined : true));

    await rewrite(document, (v) => {
      v.Description = 'Edited by the integration test';
    });
    await saveExplicitly(document);
    const after = await suite.client.call('GetProfileObjectType', { DomainName: 'demo-retail', ObjectTypeName: name });
    assert.strictEqual(after.Description, 'Edited by the integration test');
    assert.match(suite.scripted.confirmations[0].text.detail, /Calls: PutProfileObjectType\./);
  });

  it('creates an object type from a template, then deletes it with a typed confirmation', async () => {
    suite.scripted.pickIndex = 1; // the first template (0 = blank)
    const draft = await openCommand('customerProfiles.createObjectType', { domainName: 'demo-empty', objectTypeName: 'FromTemplate' });
    assert.strictEqual(suite.scripted.picks[0][0], 'Blank object type');
    const templateId = suite.scripted.picks[0][1];
    const template = await suite.client.call('GetProfileObjectTypeTemplate', { TemplateId: templateId });
    const prefilled = JSON.parse(draft.getText()) as { Fields?: unknown; Description: string };
    assert.deepStrictEqual(prefilled.Fields, JSON.parse(JSON.stringify(template.Fields)));
    assert.match(prefilled.Description, new RegExp(`from template ${templateId}`));
    await saveExplicitly(draft);
    const created = await suite.client.call('GetProfileObjectType', { DomainName: 'demo-empty', ObjectTypeName: 'FromTemplate' });
    assert.deepStrictEqual(created.Fields, template.Fields);

    suite.scripted.deletionAnswers = [true];
    assert.strictEqual(await vscode.commands.executeCommand('customerProfiles.deleteObjectType', { kind: 'objectType', domainName: 'demo-empty', objectTypeName: 'FromTemplate' }), true);
    assert.deepStrictEqual(suite.scripted.deletions.map((d) => d.expected), ['FromTemplate']);
    await assert.rejects(suite.client.call('GetProfileObjectType', { DomainName: 'demo-empty', ObjectTypeName: 'FromTemplate' }), /FromTemplate/);
  });
});
