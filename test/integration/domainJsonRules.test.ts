// Editing rules safely in a real domain document (VS Code extension host, sandbox over HTTP, real SDK): the rule
// checks appear as diagnostics on the exact text while typing, a hover on a rule says what it matched (or how to
// find out), and a save that changes RuleBasedMatching while the service is IN_PROGRESS asks first — before any
// UpdateDomain reaches the sandbox (its request log proves it).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './explorerSupport';
import { WRITE_OPERATIONS, openCommand, rewrite, saveExplicitly, useDomainJsonSuite } from './domainJsonSupport';

const FROZEN = { pendingMs: 600_000, inProgressMs: 600_000, changeLockMs: 600_000 };
const SOURCE = 'Customer Profiles (rules)';

type Rbm = { MatchingRules: { Rule: string[] }[]; MaxAllowedRuleLevelForMerging?: number };

describe('domain JSON: rule diagnostics, rule hover, IN_PROGRESS save warning', function () {
  this.timeout(90_000);
  const suite = useDomainJsonSuite({ ruleTimings: FROZEN });
  const writes = (): string[] => suite.operations.filter((op) => WRITE_OPERATIONS.includes(op));
  const ruleDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

  before(async () => {
    // A new domain with rules skips PENDING and, with the frozen timings, stays IN_PROGRESS.
    await suite.client.call('CreateDomain', {
      DomainName: 'rules-busy', DefaultExpirationDays: 10,
      RuleBasedMatching: { Enabled: true, MatchingRules: [{ Rule: ['EmailAddress'] }], AttributeTypesSelector: { AttributeMatchingModel: 'ONE_TO_ONE', EmailAddress: ['EmailAddress'] } },
    });
    assert.strictEqual((await suite.client.call('GetDomain', { DomainName: 'rules-busy' })).RuleBasedMatching?.Status, 'IN_PROGRESS');
  });

  it('the demo-rules document has no rule diagnostics; bad edits get them on the exact text, and fixing clears them', async () => {
    const document = await openCommand('customerProfiles.editDomain', 'demo-rules');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(ruleDiagnostics(document.uri), [], 'the demo configuration is sound');
    await rewrite(document, (v) => {
      const rbm = v.RuleBasedMatching as Rbm;
      rbm.MatchingRules[1].Rule.push('Nickname');
      rbm.MatchingRules.push({ Rule: ['EmailAddress'] });
      rbm.MaxAllowedRuleLevelForMerging = 5;
      (v.RuleBasedMatching as Record<string, unknown>).AttributeTypesSelector = { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress'], Address: ['Address'] };
    });
    const found = await waitFor('the rule diagnostics', () => {
      const d = ruleDiagnostics(document.uri);
      return d.length >= 5 ? d : undefined;
    });
    const seen = found.map((d) => [d.code, document.getText(d.range), d.severity]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    assert.deepStrictEqual(seen, [
      ['duplicateRule', document.getText(found.find((d) => d.code === 'duplicateRule')!.range), vscode.DiagnosticSeverity.Warning],
      ['mergingAboveMatching', '5', vscode.DiagnosticSeverity.Error],
      ['mergingAboveRules', '5', vscode.DiagnosticSeverity.Error],
      ['noSubFieldsSelected', '"PhoneNumber"', vscode.DiagnosticSeverity.Warning],
      ['unknownAttribute', '"Nickname"', vscode.DiagnosticSeverity.Error],
    ]);
    assert.match(document.getText(found.find((d) => d.code === 'duplicateRule')!.range).replace(/\s/g, ''), /^\["EmailAddress"\]$/);
    assert.deepStrictEqual(suite.api.domainJson.ruleDiagnostics(document.uri).length, found.length);
    assert.deepStrictEqual(writes(), [], 'checking calls nothing');
    // Fixing the text clears them while typing (no save needed).
    await rewrite(document, (v) => {
      const rbm = v.RuleBasedMatching as Rbm & Record<string, unknown>;
      rbm.MatchingRules = rbm.MatchingRules.slice(0, 3);
      rbm.MatchingRules[1].Rule = rbm.MatchingRules[1].Rule.filter((a) => a !== 'Nickname');
      delete rbm.MaxAllowedRuleLevelForMerging;
      rbm.AttributeTypesSelector = { AttributeMatchingModel: 'MANY_TO_MANY', EmailAddress: ['EmailAddress'], PhoneNumber: ['PhoneNumber'], Address: ['Address'] };
    });
    await waitFor('no rule diagnostics', () => (ruleDiagnostics(document.uri).length === 0 ? true : undefined));
  });

  it('hover on a rule: how to get its matches before any are loaded, the counts once the rule-based review loaded them', async () => {
    const document = await openCommand('customerProfiles.editDomain', 'demo-rules');
    const position = document.positionAt(document.getText().indexOf('"PhoneNumber"', document.getText().indexOf('MatchingRules')) + 2);
    const hoverText = async (): Promise<string> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const before = await hoverText();
    assert.match(before, /\*\*Rule level 2\*\*: `FirstName` \+ `LastName` \+ `PhoneNumber`/);
    assert.match(before, /not known yet\. Open \*\*Rule-based Matches\*\*/);
    await suite.api.matches.openRuleBased('demo-rules');
    const after = await waitFor('the hover with counts', async () => {
      const text = await hoverText();
      return /Matched /.test(text) ? text : undefined;
    }, 40_000);
    assert.match(after, /Matched ([\d,]+ profiles? in [\d,]+ groups?|no profiles) in the current results/);
    suite.api.matches.close({ domain: 'demo-rules', source: 'rules' });
  });

  it('IN_PROGRESS: a save that changes the rules asks first and, on Cancel, sends nothing; the text stays not applied', async () => {
    const document = await openCommand('customerProfiles.editDomain', 'rules-busy');
    const typed = await rewrite(document, (v) => {
      (v.RuleBasedMatching as Rbm).MatchingRules.push({ Rule: ['FirstName', 'LastName'] });
    });
    suite.scripted.ruleLockAnswers.push(false);
    await saveExplicitly(document);
    assert.strictEqual(suite.scripted.ruleLocks.length, 1);
    assert.match(suite.scripted.ruleLocks[0].message, /rules-busy is IN_PROGRESS/);
    assert.match(suite.scripted.ruleLocks[0].detail, /UpdateDomain will most likely fail/);
    assert.deepStrictEqual(writes(), [], 'no UpdateDomain before the answer, none after Cancel');
    assert.strictEqual(suite.api.domainJson.pendingText(document.uri), typed);
    assert.match(suite.scripted.notApplied.at(-1)?.message ?? '', /IN_PROGRESS/);
  });

  it('IN_PROGRESS: Send Anyway sends it and reports the service\'s refusal; a save that leaves the rules alone does not ask', async () => {
    const document = await openCommand('customerProfiles.editDomain', 'rules-busy');
    await rewrite(document, (v) => {
      (v.RuleBasedMatching as Rbm).MatchingRules.push({ Rule: ['FirstName', 'LastName'] });
    });
    suite.scripted.ruleLockAnswers.push(true);
    await saveExplicitly(document);
    assert.strictEqual(suite.scripted.ruleLocks.length, 1);
    assert.deepStrictEqual(writes(), ['UpdateDomain']);
    assert.match(suite.scripted.notApplied.at(-1)?.message ?? '', /UpdateDomain failed/);
    suite.api.domainJson.discardAllPending();
    await vscode.commands.executeCommand('workbench.action.files.revert');

    const fresh = await openCommand('customerProfiles.editDomain', 'rules-busy');
    suite.operations.length = 0;
    await rewrite(fresh, (v) => { v.DefaultExpirationDays = 11; });
    await saveExplicitly(fresh);
    assert.strictEqual(suite.scripted.ruleLocks.length, 1, 'not asked again');
    assert.deepStrictEqual(writes(), ['UpdateDomain']);
    assert.strictEqual((await suite.client.call('GetDomain', { DomainName: 'rules-busy' })).DefaultExpirationDays, 11);
  });
});
