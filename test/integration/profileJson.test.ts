// "Edit Profile" in real VS Code against the sandbox: the profile as a customer-profiles: JSON document, saved
// with UpdateProfile only on an explicit save, member by member ("" removes), refused over a remote change, and
// never by an auto-save (the harness runs with files.autoSave afterDelay). The sandbox's request log proves which
// operations ran; a separate SDK client reads the profile back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OperationInput } from '../../src/aws/operations';
import { waitFor } from './explorerSupport';
import { WRITE_OPERATIONS, languageServiceDiagnostics, openCommand, replaceFirst, rewrite, saveExplicitly, useDomainJsonSuite } from './domainJsonSupport';

const DOMAIN = 'demo-retail';
const WRITES = [...WRITE_OPERATIONS, 'UpdateProfile'];

describe('profile JSON editor: Edit Profile → UpdateProfile', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite();
  let profileId: string;

  const writes = (): string[] => suite.operations.filter((op) => WRITES.includes(op));
  const remote = async (): Promise<Record<string, unknown>> => {
    const { Items } = await suite.client.call('SearchProfiles', { DomainName: DOMAIN, KeyName: '_profileId', Values: [profileId] });
    const found = Items?.find((p) => p.ProfileId === profileId);
    assert.ok(found, 'the profile exists');
    return found as Record<string, unknown>;
  };
  const openProfile = (): Promise<vscode.TextDocument> => openCommand('customerProfiles.editProfile', { domainName: DOMAIN, profileId });

  beforeEach(async () => {
    const input: OperationInput<'CreateProfile'> = {
      DomainName: DOMAIN,
      FirstName: 'Ada',
      LastName: 'Lovelace',
      EmailAddress: 'ada@example.com',
      Address: { Address1: '12 St James Sq', City: 'London', PostalCode: 'SW1Y 4JH' },
      Attributes: { tier: 'gold', 'Loyalty Points': '3000' },
    };
    profileId = (await suite.client.call('CreateProfile', input)).ProfileId ?? assert.fail('no ProfileId');
    suite.operations.length = 0;
  });

  it('opens the UpdateProfile members at <connection>/<domain>/profiles/<id>.json; an explicit save applies the change', async () => {
    const document = await openProfile();
    assert.match(document.uri.path, new RegExp(`^/[^/]+/${DOMAIN}/profiles/${profileId}\\.json$`));
    assert.strictEqual(document.languageId, 'json');
    const shown = JSON.parse(document.getText()) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(shown).sort(), ['Address', 'Attributes', 'EmailAddress', 'FirstName', 'LastName']);
    assert.strictEqual(shown.ProfileId, undefined, 'the id is the path, not a member');

    await rewrite(document, (v) => {
      v.FirstName = 'Augusta Ada';
      (v.Attributes as Record<string, string>).tier = 'platinum';
    });
    await saveExplicitly(document);
    assert.deepStrictEqual(writes(), ['UpdateProfile']);
    const confirmation = suite.scripted.confirmations[0];
    assert.ok(confirmation, 'the save asked first');
    assert.match(confirmation.text.detail, /~ FirstName: "Ada" → "Augusta Ada"/);
    assert.match(confirmation.text.detail, /~ Attributes\.tier: "gold" → "platinum"/);
    assert.match(confirmation.text.detail, /Changes \(2\)/, 'exactly the two changes');
    const after = await remote();
    assert.strictEqual(after.FirstName, 'Augusta Ada');
    assert.deepStrictEqual(after.Attributes, { tier: 'platinum', 'Loyalty Points': '3000' }, 'the other entry was kept');
    assert.strictEqual(after.LastName, 'Lovelace');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined);
    await waitFor('a clean editor', () => !document.isDirty);
  });

  it('removing members clears them on the service (sent as ""), after a destructive confirmation', async () => {
    const document = await openProfile();
    await rewrite(document, (v) => {
      delete v.LastName;
      delete (v.Address as Record<string, string>).PostalCode;
      delete (v.Attributes as Record<string, string>)['Loyalty Points'];
    });
    await saveExplicitly(document);
    assert.deepStrictEqual(writes(), ['UpdateProfile']);
    const confirmation = suite.scripted.confirmations[0];
    assert.strictEqual(confirmation?.destructive, true);
    for (const removed of ['LastName', 'Address.PostalCode', 'Attributes["Loyalty Points"]']) {
      assert.ok(confirmation.text.detail.includes(`− remove ${removed} (was`), `${removed} is shown as removed: ${confirmation.text.detail}`);
    }
    const after = await remote();
    assert.strictEqual(after.LastName, undefined);
    assert.deepStrictEqual(after.Address, { Address1: '12 St James Sq', City: 'London' });
    assert.deepStrictEqual(after.Attributes, { tier: 'gold' });
    assert.strictEqual(after.FirstName, 'Ada', 'what was not touched is kept');
  });

  it('auto-save sends nothing; the text stays "not applied" until Apply to Service', async () => {
    const document = await openProfile();
    const typed = await rewrite(document, (v) => {
      v.FirstName = 'Staged';
    });
    await waitFor('the auto-save (files.autoSaveDelay 1000 ms)', () => !document.isDirty, 15_000);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.deepStrictEqual(writes(), [], 'no UpdateProfile from an auto-save');
    assert.strictEqual(suite.scripted.confirmations.length, 0, 'the auto-save asked nothing');
    assert.strictEqual((await remote()).FirstName, 'Ada');

    await vscode.commands.executeCommand('customerProfiles.applyPendingChanges', document.uri);
    await waitFor('UpdateProfile after Apply', () => (writes().length ? writes() : undefined));
    assert.deepStrictEqual(writes(), ['UpdateProfile']);
    assert.strictEqual((await remote()).FirstName, 'Staged');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), undefined);
  });

  it('a remote UpdateProfile since opening: the save is refused (Cancel) and the text is kept', async () => {
    const document = await openProfile();
    const typed = await rewrite(document, (v) => {
      v.FirstName = 'Mine';
    });
    await suite.client.call('UpdateProfile', { DomainName: DOMAIN, ProfileId: profileId, LastName: 'Theirs' });
    suite.operations.length = 0;
    suite.scripted.conflictAnswers = ['cancel'];
    await saveExplicitly(document);
    assert.strictEqual(suite.scripted.conflicts.length, 1, 'the change was noticed');
    assert.match(suite.scripted.conflicts[0].subject, new RegExp(`profile ${profileId} in ${DOMAIN}`));
    assert.deepStrictEqual(writes(), [], 'nothing was written over the remote change');
    assert.strictEqual(suite.scripted.confirmations.length, 0);
    const after = await remote();
    assert.strictEqual(after.LastName, 'Theirs');
    assert.strictEqual(after.FirstName, 'Ada');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed, 'the text is kept as not applied');
    assert.strictEqual(document.getText(), typed);
  });

  it('while typing, VS Code\'s JSON service checks the document against the generated UpdateProfile schema', async () => {
    const document = await openProfile();
    const range = await replaceFirst(document, '"Lovelace"', '42');
    const flagged = await waitFor('a JSON diagnostic on 42', () => languageServiceDiagnostics(document.uri).find((d) => document.getText(d.range) === '42'));
    assert.match(flagged.message, /string/i, flagged.message);
    assert.ok(flagged.range.isEqual(range));
  });

  it('a schema violation is not applied: one message naming the member, no UpdateProfile', async () => {
    const document = await openProfile();
    const typed = await rewrite(document, (v) => {
      v.PartyType = 'ROBOT';
      v.Nickname = 'Ada';
    });
    await saveExplicitly(document);
    assert.deepStrictEqual(writes(), []);
    assert.strictEqual(suite.scripted.notApplied.length, 1, JSON.stringify(suite.scripted.notApplied));
    const { message } = suite.scripted.notApplied[0];
    assert.match(message, new RegExp(`^${profileId}\\.json: Not applied: the document is not valid \\(2 problems\\)`));
    assert.match(message, /PartyType: "ROBOT" is not allowed/);
    assert.match(message, /Nickname: Unknown member "Nickname"/);
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
  });

  it('an unknown profile opens no document (the command fails with its message, see profileCommands.ts)', async () => {
    const missing = '0'.repeat(32);
    const opened = await vscode.commands.executeCommand('customerProfiles.editProfile', { domainName: DOMAIN, profileId: missing });
    assert.strictEqual(opened, undefined);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(`/${missing}.json`)), 'no document for it');
  });
});
