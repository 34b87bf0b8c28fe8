// The domain JSON editor inside real VS Code against a sandbox over real HTTP: the schema association on the
// virtual customer-profiles: URI (diagnostics, completions, hover from VS Code's own JSON language service),
// and the explicit save: a valid save changes GetDomain, an invalid one is not applied with the text kept (each
// problem listed once), a change behind the editor's back triggers Compare / Overwrite / Cancel, cleared fields
// and tags. Auto-save is on (files.autoSave: afterDelay, test/harness/codeServer.ts), as for code-server users.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './explorerSupport';
import { SCHEME, languageServiceDiagnostics, openCommand, replaceFirst, rewrite, saveExplicitly, setText, tabPaths, useDomainJsonSuite } from './domainJsonSupport';

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
    await saveExplicitly(document);
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
    await saveExplicitly(document);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 401);
    assert.strictEqual(suite.scripted.conflicts.length, 0, 'a second save must not see its own first save as a conflict');
  });

  it("an invalid save is not applied: the text stays (pending), each problem is listed once in Problems, one message", async () => {
    const document = await openRetail();
    const remoteBefore = (await remoteRetail()).DefaultExpirationDays;
    const range = await replaceFirst(document, `"DefaultExpirationDays": ${remoteBefore}`, '"DefaultExpirationDays": 5000');
    await replaceFirst(document, '"SATURDAY"', '"FUNDAY"');
    const typed = document.getText();
    await saveExplicitly(document);
    // One source per problem: VS Code's JSON service reports it; the save does not add a second copy.
    const valueRange = new vscode.Range(range.end.translate(0, -4), range.end);
    assert.strictEqual(document.getText(valueRange), '5000');
    await waitFor('the JSON service flags 5000', () => languageServiceDiagnostics(document.uri).some((d) => d.range.intersection(valueRange) !== undefined));
    const funday = document.getText().indexOf('"FUNDAY"');
    const fundayRange = new vscode.Range(document.positionAt(funday), document.positionAt(funday + 8));
    await waitFor('the JSON service flags FUNDAY', () => languageServiceDiagnostics(document.uri).some((d) => d.range.intersection(fundayRange) !== undefined));
    for (const [what, problem] of [['5000', valueRange], ['FUNDAY', fundayRange]] as const) {
      const all = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.intersection(problem) !== undefined);
      assert.strictEqual(all.length, 1, `${what} is listed ${all.length} times: ${JSON.stringify(all.map((d) => `${d.source}: ${d.message}`))}`);
    }
    assert.strictEqual(document.getText(), typed);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed, 'the text is kept as not applied');
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, remoteBefore, 'nothing was sent');
    assert.strictEqual(suite.scripted.confirmations.length, 0);
    assert.strictEqual(suite.scripted.notApplied.length, 1, JSON.stringify(suite.scripted.notApplied));
    assert.match(suite.scripted.notApplied[0].message, /not valid \(2 problems\): .*DefaultExpirationDays: Must be at most 1098, not 5000/);

    assert.deepStrictEqual(suite.api.domainJson.saveDiagnostics(document.uri), []);

    // A syntax error is not applied the same way; its position is in the message, the JSON service marks it.
    await setText(document, typed.replace('"DefaultExpirationDays": 5000,', '"DefaultExpirationDays": 30'));
    await saveExplicitly(document);
    assert.strictEqual(suite.scripted.notApplied.length, 2);
    assert.match(suite.scripted.notApplied[1].message, /Line \d+, column \d+: comma expected/);
    assert.ok(suite.api.domainJson.pendingText(document.uri)?.includes('"DefaultExpirationDays": 30\n'));
    await waitFor('the JSON service reports the syntax error', () => languageServiceDiagnostics(document.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.deepStrictEqual(suite.api.domainJson.saveDiagnostics(document.uri), []);
  });

  it("a change behind the editor's back: Cancel keeps the text quietly, Compare opens the diff, Overwrite saves", async () => {
    const document = await openRetail();
    const typed = await rewrite(document, (v) => {
      v.DefaultExpirationDays = 500;
    });
    await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DefaultExpirationDays: 42 });

    suite.scripted.conflictAnswers = ['cancel'];
    await saveExplicitly(document);
    assert.strictEqual(suite.scripted.conflicts.length, 1);
    assert.strictEqual(suite.scripted.conflicts[0].subject, 'domain demo-retail');
    assert.ok(suite.scripted.conflicts[0].remoteAt >= suite.scripted.conflicts[0].openedAt);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 42);
    assert.strictEqual(document.getText(), typed);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.strictEqual(suite.scripted.notApplied.length, 0, 'Cancel is not an error: no message');

    suite.scripted.conflictAnswers = ['compare'];
    await saveExplicitly(document);
    const diff = await waitFor('the Compare diff editor', () => tabPaths().find((p) => p === `diff:customer-profiles-remote:${document.uri.path}`));
    assert.ok(diff);
    const remoteSide = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'customer-profiles-remote');
    assert.match(remoteSide?.getText() ?? '', /"DefaultExpirationDays": 42/);
    assert.strictEqual(document.getText(), typed);
    assert.strictEqual(suite.scripted.notApplied.length, 1);
    assert.strictEqual(suite.scripted.notApplied[0].severity, 'info');

    suite.scripted.conflictAnswers = ['overwrite'];
    await saveExplicitly(document);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, 500);
    assert.match(suite.scripted.confirmations.at(-1)?.text.detail ?? '', /~ DefaultExpirationDays: 42 → 500/);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined, 'applied: nothing pending');
  });

  it('Cancel in the confirmation keeps the text as not applied, sends nothing and says nothing', async () => {
    const document = await openRetail();
    const before = (await remoteRetail()).DefaultExpirationDays;
    const typed = await rewrite(document, (v) => {
      v.DefaultExpirationDays = 77;
    });
    suite.scripted.confirmAnswers = ['cancel'];
    assert.strictEqual(await document.save(), true, 'the write ends without a failure: VS Code shows no "Unable to write file" toast');
    assert.strictEqual(suite.scripted.confirmations.length, 1);
    assert.strictEqual(document.getText(), typed);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.strictEqual((await remoteRetail()).DefaultExpirationDays, before);
    assert.strictEqual(suite.scripted.notApplied.length, 0);
  });

  it('a removed clearable field is announced and sent as ""; tag changes go through Tag/UntagResource', async () => {
    await suite.client.call('UpdateDomain', { DomainName: 'demo-retail', DeadLetterQueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/dlq' });
    const document = await openRetail();
    assert.match(document.getText(), /"DeadLetterQueueUrl": "https:\/\/sqs/);
    await rewrite(document, (v) => {
      delete v.DeadLetterQueueUrl;
      v.Tags = { team: 'retail-crm', owner: 'integration-test' }; // env removed, owner added
    });
    await saveExplicitly(document);
    const confirmation = suite.scripted.confirmations[0];
    assert.strictEqual(confirmation.destructive, true);
    assert.match(confirmation.text.detail, /DeadLetterQueueUrl was removed: it will be cleared on the service \(sent as ""\)/);
    assert.match(confirmation.text.detail, /Calls: UpdateDomain, TagResource, UntagResource\./);
    const after = await remoteRetail();
    assert.ok(!after.DeadLetterQueueUrl, `DeadLetterQueueUrl is ${after.DeadLetterQueueUrl}`);
    assert.deepStrictEqual(after.Tags, { team: 'retail-crm', owner: 'integration-test' });
  });
});
