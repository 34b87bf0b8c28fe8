// "Preview auto-merging" in a real domain document (VS Code extension host, sandbox over HTTP, real SDK): the CodeLens
// on Matching.AutoMerging sends GetAutoMergingPreview with the settings as edited — unsaved — and shows the service's
// counts; nothing is written, the document stays dirty, and a half-typed block is explained without a request.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AutoMergingPreviewOutcome } from '../../src/host/domainJson/autoMergingPreview';
import { WRITE_OPERATIONS, openCommand, rewrite, useDomainJsonSuite } from './domainJsonSupport';
import { waitFor } from './explorerSupport';

const DOMAIN = 'demo-retail';
type Json = Record<string, unknown>;

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (found ?? []).filter((l) => l.command?.command === 'customerProfiles.previewAutoMerging');
}

describe('domain JSON: Preview auto-merging (GetAutoMergingPreview before saving)', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();
  const writes = (): string[] => suite.operations.filter((op) => WRITE_OPERATIONS.includes(op));

  it('previews the unsaved AutoMerging settings with the service\'s counts, saves nothing, and follows edits', async () => {
    const before = await suite.client.call('GetDomain', { DomainName: DOMAIN });
    const document = await openCommand('customerProfiles.editDomain', DOMAIN);
    const settings = {
      Enabled: true,
      Consolidation: { MatchingAttributesList: [['EmailAddress'], ['LastName', 'PhoneNumber']] },
      ConflictResolution: { ConflictResolvingModel: 'RECENCY' },
      MinAllowedConfidenceScoreForMerging: 0,
    };
    await rewrite(document, (v) => {
      (v.Matching as Json).AutoMerging = settings;
    });
    assert.ok(document.isDirty);

    const [lens] = await waitFor('the Preview auto-merging lens', async () => ((await lenses(document.uri)).length ? lenses(document.uri) : undefined));
    assert.match(lens.command!.title, /Preview auto-merging/);
    assert.strictEqual(document.lineAt(lens.range.start.line).text.trim().startsWith('"AutoMerging"'), true, 'the lens sits on the AutoMerging key');

    suite.operations.length = 0;
    const outcome = await vscode.commands.executeCommand<AutoMergingPreviewOutcome>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.ok(outcome?.counts, `no counts: ${outcome?.problem}`);
    assert.deepStrictEqual(suite.operations, ['GetAutoMergingPreview'], 'one dry-run request, nothing else');
    assert.deepStrictEqual(writes(), []);

    // Exactly the request the block maps onto: the same call made directly gets the same counts.
    const direct = await suite.client.call('GetAutoMergingPreview', { DomainName: DOMAIN, ...settings, Enabled: undefined } as never);
    assert.deepStrictEqual(
      [outcome.counts.NumberOfMatchesInSample, outcome.counts.NumberOfProfilesInSample, outcome.counts.NumberOfProfilesWillBeMerged],
      [direct.NumberOfMatchesInSample, direct.NumberOfProfilesInSample, direct.NumberOfProfilesWillBeMerged],
    );
    // The sandbox's sample is every match group of the domain.
    const matches = await suite.client.call('GetMatches', { DomainName: DOMAIN, MaxResults: 100 });
    assert.strictEqual(outcome.counts.NumberOfMatchesInSample, matches.PotentialMatches);
    assert.ok((outcome.counts.NumberOfProfilesWillBeMerged ?? 0) > 0, 'the demo duplicates share e-mails');
    assert.ok(outcome.warnings.some((w) => /single attribute/.test(w)), 'the one-attribute list is called out');

    // The lens now says what the service answered, for this version of the text.
    const [answered] = await lenses(document.uri);
    assert.match(answered.command!.title, new RegExp(`${outcome.counts.NumberOfProfilesWillBeMerged} of ${outcome.counts.NumberOfProfilesInSample} profiles`));

    // Nothing was saved: the service's domain is unchanged and the document is still the user's unsaved text.
    assert.ok(document.isDirty);
    const after = await suite.client.call('GetDomain', { DomainName: DOMAIN });
    assert.deepStrictEqual(after.Matching, before.Matching);

    // A stricter threshold (edited, still unsaved) merges no more; the lens is back to "Preview" after the edit.
    await rewrite(document, (v) => {
      ((v.Matching as Json).AutoMerging as Json).MinAllowedConfidenceScoreForMerging = 1;
    });
    const [fresh] = await lenses(document.uri);
    assert.match(fresh.command!.title, /Preview auto-merging/);
    const strict = await vscode.commands.executeCommand<AutoMergingPreviewOutcome>(fresh.command!.command, ...(fresh.command!.arguments ?? []));
    assert.ok((strict?.counts?.NumberOfProfilesWillBeMerged ?? Infinity) <= outcome.counts.NumberOfProfilesWillBeMerged!);
  });

  it('explains a half-typed block without sending anything', async () => {
    const document = await openCommand('customerProfiles.editDomain', DOMAIN);
    await rewrite(document, (v) => {
      (v.Matching as Json).AutoMerging = { Enabled: true, Consolidation: { MatchingAttributesList: [['EmailAddress', 'LastName']] }, ConflictResolution: {} };
    });
    const [lens] = await waitFor('the lens', async () => ((await lenses(document.uri)).length ? lenses(document.uri) : undefined));
    suite.operations.length = 0;
    const outcome = await vscode.commands.executeCommand<AutoMergingPreviewOutcome>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.match(outcome?.problem ?? '', /ConflictResolvingModel must be RECENCY or SOURCE/);
    assert.deepStrictEqual(suite.operations, [], 'no request for a block the service would refuse');
  });

  it('refuses text that is not valid JSON (a half-typed number) instead of previewing what the parser guessed', async () => {
    const document = await openCommand('customerProfiles.editDomain', DOMAIN);
    const at = document.getText().indexOf('"MinAllowedConfidenceScoreForMerging": 0.9') + '"MinAllowedConfidenceScoreForMerging": 0.'.length;
    assert.ok(at > 100, 'the demo document has the threshold');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(at), '5.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.match(document.getText(), /: 0\.5\.9/);
    const [lens] = await waitFor('the lens', async () => ((await lenses(document.uri)).length ? lenses(document.uri) : undefined));
    suite.operations.length = 0;
    const outcome = await vscode.commands.executeCommand<AutoMergingPreviewOutcome>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.match(outcome?.problem ?? '', /not valid JSON \(line \d+\)/);
    assert.deepStrictEqual(suite.operations, []);
  });

  it('offers no preview on a new-domain draft (it has no matches yet)', async () => {
    const draft = await openCommand('customerProfiles.createDomain', 'auto-merge-draft');
    const text = draft.getText();
    if (!/"AutoMerging"/.test(text)) {
      await rewrite(draft, (v) => {
        v.Matching = { Enabled: true, AutoMerging: { Enabled: true, Consolidation: { MatchingAttributesList: [['EmailAddress', 'LastName']] }, ConflictResolution: { ConflictResolvingModel: 'RECENCY' } } };
      });
    }
    assert.deepStrictEqual(await lenses(draft.uri), []);
  });
});
