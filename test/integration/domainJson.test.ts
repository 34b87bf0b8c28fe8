// The domain JSON editor inside real VS Code against a sandbox over real HTTP: the schema association on the
// virtual customer-profiles: URI (diagnostics, completions, hover from VS Code's own JSON language service),
// and the save: a valid save changes GetDomain, an invalid one is rejected with the text kept, a change
// behind the editor's back triggers Compare / Overwrite / Cancel, cleared fields and tags.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './explorerSupport';
import { SCHEME, languageServiceDiagnostics, openCommand, replaceFirst, rewrite, setText, tabPaths, useDomainJsonSuite } from './domainJsonSupport';

describe('domain JSON editor: schema association and save (sandbox)', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();

  const openRetail = (): Promise<vscode.TextDocument> => openCommand('customerProfiles.editDomain', 'demo-retail');
  const remoteRetail = () => suite.client.call('GetDomain', { DomainName: 'demo-retail' });

  it('opens the editable subset as customer-profiles:/<connection>/domains/demo-retail.json (json, mtime = LastUpdatedAt)', async () => {
    const document = await openRetail();
    assert.strictEqual(document.uri.scheme, SCHEME);
    assert.match(document.uri.path, /^\/[\w.-]+-[0-9a-f]{8}\/domains\/demo-retail\.json$/);
    assert.strictEqual(document.languageId, 'json');
    const shown = JSON.parse(document.getText()) as Record<string, unknown>;
    const remote = await remoteRetail();
    assert.strictEqual(shown.DefaultExpirationDays, remote.DefaultExpirationDays);
    assert.deepStrictEqual(shown.Tags, remote.Tags);
    for (const readOnly of ['DomainName', 'CreatedAt', 'LastUpdatedAt', 'Stats']) assert.ok(!(readOnly in shown), `${readOnly} is read-only`);
    assert.ok(document.getText().startsWith('{\n  "'), 'pretty-printed with 2 spaces');
    const stat = await vscode.workspace.fs.stat(document.uri);
    assert.strictEqual(stat.mtime, remote.LastUpdatedAt?.getTime());
  });

  it("VS Code's JSON service validates the virtual document against the schema: an invalid enum is flagged", async () => {
    const document = await openRetail();
    const range = await replaceFirst(document, '"SATURDAY"', '"FUNDAY"');
    const flagged = await waitFor('a JSON diagnostic on "FUNDAY"', () =>
      languageServiceDiagnostics(document.uri).find((d) => d.range.isEqual(range) || document.getText(d.range) === '"FUNDAY"'),
    );
    assert.match(flagged.message, /MONDAY/, flagged.message);
    assert.strictEqual(flagged.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('completions inside "Matching": { } offer its members, hover shows the model documentation', async () => {
    const document = await openRetail();
    await rewrite(document, (v) => {
      v.Matching = {};
    });
    const offset = document.getText().indexOf('"Matching": {}') + '"Matching": {'.length;
    const position = document.positionAt(offset);
    const list = await waitFor('Matching member completions', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      const labels = result.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/"/g, ''));
      return labels.includes('Enabled') ? labels : undefined;
    });
    for (const member of ['Enabled', 'JobSchedule', 'AutoMerging', 'ExportingConfig']) assert.ok(list.includes(member), `${member} missing from ${list.join(', ')}`);
    assert.ok(!list.includes('DefaultExpirationDays'), 'top-level members do not belong inside Matching');

    const keyOffset = document.getText().indexOf('"DefaultExpirationDays"') + 3;
    const hovers = await waitFor('a hover on DefaultExpirationDays', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(keyOffset));
      return result.length ? result : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /default number of days until the data within the domain expires/);
  });

  it('a valid save shows the changes, calls UpdateDomain and moves the mtime; the next save sees no conflict', async () => {
    const document = await openRetail();
    const before = await remoteRetail();
    await rewrite(document, (v) => {
      v.DefaultExpirationDays = 400;
    });
    assert.strictEqual(await document.save(), true);
    assert.strictEqual(document.isDirty, false);
    const after = await remoteRetail();
    assert.strictEqual(after.DefaultExpirationDays, 400);
    assert.strictEqual(suite.scripted.confirmations.length, 1);
    assert.match(suite.scripted.confirmations[0].text.detail, new RegExp(`~ DefaultExpirationDays: ${before.DefaultExpirationDays} → 400`));
    assert.match(suite.scripted.confirmations[0].text.detail, /Calls: UpdateDomain\./);
    assert.strictEqual((await vscode.workspace.fs.stat(document.uri)).mtime, after.LastUpdatedAt?.getTime());

    await rewrite(document, (v) => {
      v.DefaultExpirationDays = 401;
    });
    assert.strictEqual(await document.save(), true, 'a second save must not see its own first save as a conflict');
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 401);
    assert.strictEqual(suite.scripted.conflicts.length, 0);
  });

  it("an invalid save is rejected: diagnostics on the value's range, document still dirty with the user's text", async () => {
    const document = await openRetail();
    const remoteBefore = (await remoteRetail()).DefaultExpirationDays;
    const range = await replaceFirst(document, `"DefaultExpirationDays": ${remoteBefore}`, '"DefaultExpirationDays": 5000');
    const typed = document.getText();
    assert.strictEqual(await document.save(), false);
    assert.strictEqual(document.isDirty, true);
    assert.strictEqual(document.getText(), typed);
    const diagnostics = suite.api.domainJson.saveDiagnostics(document.uri);
    const onValue = diagnostics.find((d) => /DefaultExpirationDays: Must be at most 1098, not 5000/.test(d.message));
    assert.ok(onValue, JSON.stringify(diagnostics.map((d) => d.message)));
    assert.strictEqual(document.getText(onValue.range), '5000');
    assert.ok(range.contains(onValue.range));
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, remoteBefore, 'nothing was sent');
    assert.strictEqual(suite.scripted.confirmations.length, 0);

    // A syntax error is rejected the same way, with its position.
    await setText(document, typed.replace('"DefaultExpirationDays": 5000,', '"DefaultExpirationDays": 30'));
    assert.strictEqual(await document.save(), false);
    assert.strictEqual(document.isDirty, true);
    assert.ok(suite.api.domainJson.saveDiagnostics(document.uri).some((d) => /Line \d+, column \d+: comma expected/.test(d.message)));
  });

  it("a change behind the editor's back: Cancel keeps the text, Compare opens the diff, Overwrite saves", async () => {
    const document = await openRetail();
    await rewrite(document, (v) => {
      v.DefaultExpirationDays = 500;
    });
    await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: 42 });

    suite.scripted.conflictAnswers = ['cancel'];
    assert.strictEqual(await document.save(), false);
    assert.strictEqual(document.isDirty, true);
    assert.strictEqual(suite.scripted.conflicts.length, 1);
    assert.strictEqual(suite.scripted.conflicts[0].subject, 'domain demo-retail');
    assert.ok(suite.scripted.conflicts[0].remoteAt >= suite.scripted.conflicts[0].openedAt);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 42);

    suite.scripted.conflictAnswers = ['compare'];
    assert.strictEqual(await document.save(), false);
    const diff = await waitFor('the Compare diff editor', () => tabPaths().find((p) => p === `diff:customer-profiles-remote:${document.uri.path}`));
    assert.ok(diff);
    const remoteSide = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'customer-profiles-remote');
    assert.match(remoteSide?.getText() ?? '', /"DefaultExpirationDays": 42/);
    assert.strictEqual(document.isDirty, true);

    suite.scripted.conflictAnswers = ['overwrite'];
    assert.strictEqual(await document.save(), true);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 500);
    assert.match(suite.scripted.confirmations.at(-1)?.text.detail ?? '', /~ DefaultExpirationDays: 42 → 500/);
  });

  it('Cancel in the confirmation keeps the document dirty and sends nothing', async () => {
    const document = await openRetail();
    const before = (await remoteRetail()).DefaultExpirationDays;
    await rewrite(document, (v) => {
      v.DefaultExpirationDays = 77;
    });
    suite.scripted.confirmAnswers = ['cancel'];
    assert.strictEqual(await document.save(), false);
    assert.strictEqual(document.isDirty, true);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, before);
  });

  it('a removed clearable field is announced and sent as ""; tag changes go through Tag/UntagResource', async () => {
    await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DeadLetterQueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/dlq' });
    const document = await openRetail();
    assert.match(document.getText(), /"DeadLetterQueueUrl": "https:\/\/sqs/);
    await rewrite(document, (v) => {
      delete v.DeadLetterQueueUrl;
      v.Tags = { team: 'retail-crm', owner: 'integration-test' }; // env removed, owner added
    });
    assert.strictEqual(await document.save(), true);
    const confirmation = suite.scripted.confirmations[0];
    assert.strictEqual(confirmation.destructive, true);
    assert.match(confirmation.text.detail, /DeadLetterQueueUrl was removed: it will be cleared on the service \(sent as ""\)/);
    assert.match(confirmation.text.detail, /Calls: UpdateDomain, TagResource, UntagResource\./);
    const after = await remoteRetail();
    assert.ok(!after.DeadLetterQueueUrl, `DeadLetterQueueUrl is ${after.DeadLetterQueueUrl}`);
    assert.deepStrictEqual(after.Tags, { team: 'retail-crm', owner: 'integration-test' });
  });
});
