// Search Profiles… in real VS Code against the sandbox's demo data: the prompts (answered through the test API's
// profileSearch script) offer the standard keys and every object type's keys; a demo customer is found by e-mail and
// by phone (as typed, and with the usual spellings of the number); AND/OR; Load more with a small page size; recent
// searches remembered per connection and domain; a stopped endpoint gives an error and keeps the old results.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { DomainNode, ExplorerNode, LoadMoreNode, ProfileNode, ProfilesNode } from '../../src/host/explorer/nodes';
import { OPEN_PROFILE_COMMAND, SEARCH_PROFILES_COMMAND } from '../../src/host/profiles/commandIds';
import type { ProfileQuery } from '../../src/host/profiles/search/query';
import type { PromptAnswer } from '../../src/host/profiles/search/testApi';
import type { ProfileSearchOutcome } from '../../src/host/profiles/search/types';
import type { RunningSandbox } from '../../src/sandbox/index';
import { connectTo, extensionApi, labels, setSetting, startTestSandbox, waitFor } from './explorerSupport';

type Item = vscode.QuickPickItem & { key?: { keyName: string }; next?: string; values?: readonly string[] };
const pickKey = (keyName: string): PromptAnswer => ({ pick: (items) => (items as Item[]).find((i) => i.key?.keyName === keyName) });
const pickNext = (next: 'run' | 'AND' | 'OR'): PromptAnswer => ({ pick: (items) => (items as Item[]).find((i) => i.next === next) });
const pickSpellings = (all: boolean): PromptAnswer => ({ pick: (items) => (items as Item[])[all ? 0 : 1] });
const input = (text: string): PromptAnswer => ({ input: text });
const email = (value: string): ProfileQuery => ({ keys: [{ keyName: '_email', values: [value] }], operator: 'OR' });

describe('profile search (Search Profiles…, the Profiles item)', function () {
  this.timeout(90_000);
  let api: CustomerProfilesTestApi;
  let first: RunningSandbox;
  let second: RunningSandbox;

  before(async () => {
    api = await extensionApi();
    [first, second] = await Promise.all([startTestSandbox({ demo: true }), startTestSandbox({ demo: true })]);
    await connectTo(api, first.endpoint);
  });
  after(async () => {
    api.profileSearch.reset();
    await setSetting('explorer.pageSize', undefined);
    await connectTo(api, undefined);
    await Promise.all([first?.stop(), second?.stop()]);
  });

  const domain = async (name = 'demo-retail'): Promise<DomainNode> =>
    waitFor(`domain ${name}`, async () => (await api.explorer.getChildren()).find((n): n is DomainNode => n.kind === 'domain' && n.domainName === name));
  const profilesItem = async (name = 'demo-retail'): Promise<ProfilesNode> =>
    (await api.explorer.getChildren(await domain(name))).find((n): n is ProfilesNode => n.kind === 'profiles')!;
  const rows = async (name = 'demo-retail'): Promise<ExplorerNode[]> => api.explorer.getChildren(await profilesItem(name));
  const found = async (name = 'demo-retail'): Promise<string[]> => labels(api, (await rows(name)).filter((n) => n.kind === 'profile')).sort();
  const search = async (arg: unknown, answers: PromptAnswer[] = []): Promise<ProfileSearchOutcome | undefined> => {
    api.profileSearch.script(answers);
    return vscode.commands.executeCommand<ProfileSearchOutcome | undefined>(SEARCH_PROFILES_COMMAND, arg);
  };

  it('by e-mail from the Profiles item: the picker offers the standard and the object types\' keys; exactly the customer', async () => {
    const outcome = await search(await profilesItem(), [pickKey('_email'), input('johndoe@anycompany.com'), pickNext('run')]);
    assert.deepStrictEqual(outcome, { shown: 1, more: false });
    const keyItems = api.profileSearch.offered()[0].items as Item[];
    const described = (k: string): string | undefined => keyItems.find((i) => i.key?.keyName === k)?.description;
    assert.strictEqual(described('_email'), 'standard · defined by SalesforceContact, ShopifyCustomer, ZendeskUser');
    assert.strictEqual(described('_ctrContactId'), 'standard · defined by CTR');
    assert.strictEqual(described('_caseId'), 'standard');
    assert.deepStrictEqual(keyItems.slice(0, 5).map((i) => i.label), ['_email', '_phone', '_fullName', '_account', '_profileId']);

    const [header, profile] = await rows();
    assert.strictEqual(api.explorer.present(header).label, '1 shown');
    assert.strictEqual(api.explorer.present(header).description, '_email = johndoe@anycompany.com');
    assert.strictEqual(api.explorer.present(await profilesItem()).description, '_email = johndoe@anycompany.com');
    const item = await api.explorer.getTreeItem(profile);
    assert.strictEqual(item.label, 'Jhn Doe');
    assert.strictEqual(item.contextValue, 'profile');
    assert.match(String(item.description), /^johndoe@anycompany\.com · \+1-555-010-0000/);
    assert.strictEqual(item.command?.command, OPEN_PROFILE_COMMAND);
    const arg = item.command?.arguments?.[0] as ProfileNode;
    assert.strictEqual(arg.domainName, 'demo-retail');
    assert.match(arg.profileId, /^[a-f0-9]{32}$/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Found by \| \\_email = johndoe@anycompany\\\.com/);
  });

  it('by phone: as typed finds the profile spelled that way; the usual spellings find every spelling of the number', async () => {
    assert.deepStrictEqual(await search('demo-retail', [pickKey('_phone'), input('555-010-0000'), pickSpellings(false), pickNext('run')]), { shown: 1, more: false });
    assert.deepStrictEqual(await found(), ['John Doe']);
    assert.deepStrictEqual(await search('demo-retail', [pickKey('_phone'), input('5550100000'), pickSpellings(false), pickNext('run')]), { shown: 0, more: false });
    const outcome = await search('demo-retail', [pickKey('_phone'), input('5550100000'), pickSpellings(true), pickNext('run')]);
    assert.deepStrictEqual(outcome, { shown: 2, more: false });
    const spellingsPrompt = api.profileSearch.offered()[2].items as Item[];
    assert.ok(spellingsPrompt[0].values?.includes('+1-555-010-0000') && spellingsPrompt[0].values?.includes('555-010-0000'), JSON.stringify(spellingsPrompt[0]));
    assert.deepStrictEqual(await found(), ['Jhn Doe', 'John Doe']);
  });

  it('an empty value is refused by the input box (nothing is searched)', async () => {
    assert.strictEqual(await search('demo-retail', [pickKey('_email'), input('   ')]), undefined);
    assert.strictEqual(api.profileSearch.offered()[1].validation, 'Type a value to search for.');
  });

  it('AND needs every key, OR any (AdditionalSearchKeys + LogicalOperator)', async () => {
    const both = (op: 'AND' | 'OR'): PromptAnswer[] => [pickKey('_email'), input('johndoe@anycompany.com'), pickNext(op), pickKey('_phone'), input('555-010-0000'), pickSpellings(false), pickNext('run')];
    assert.deepStrictEqual(await search('demo-retail', both('AND')), { shown: 0, more: false });
    assert.strictEqual(api.explorer.present((await rows())[0]).description, '_email = johndoe@anycompany.com AND _phone = 555-010-0000');
    assert.deepStrictEqual(await search('demo-retail', both('OR')), { shown: 2, more: false });
    assert.deepStrictEqual(await found(), ['Jhn Doe', 'John Doe']);
  });

  it('Load more with a small page size', async () => {
    await setSetting('explorer.pageSize', 1);
    try {
      assert.deepStrictEqual(await search({ domainName: 'demo-retail', query: { keys: [{ keyName: '_fullName', values: ['John Doe', 'Jhn Doe'] }], operator: 'OR' } }), { shown: 1, more: true });
      const more = (await rows()).find((n): n is LoadMoreNode => n.kind === 'loadMore');
      assert.ok(more, 'a Load more… row');
      await api.explorer.loadMore(more);
      assert.deepStrictEqual(await found(), ['Jhn Doe', 'John Doe']);
      assert.strictEqual((await rows()).find((n) => n.kind === 'loadMore'), undefined);
    } finally {
      await setSetting('explorer.pageSize', undefined);
    }
  });

  it('recent searches: offered first in the picker and under the cleared Profiles item, per connection and domain', async () => {
    await search('demo-retail', [pickKey('_email'), input('sguzman163@example.org'), pickNext('run')]);
    api.profileSearch.script([]);
    await vscode.commands.executeCommand(SEARCH_PROFILES_COMMAND, 'demo-retail'); // cancelled at the first prompt
    const offered = api.profileSearch.offered()[0].items as Item[];
    assert.strictEqual(offered[0].label, 'Recent searches');
    assert.strictEqual(offered[1].label, '$(history) _email = sguzman163@example.org');
    await vscode.commands.executeCommand('customerProfiles.clearProfileSearch', (await rows())[0]);
    const recent = labels(api, await rows());
    assert.strictEqual(recent[0], 'Search Profiles…');
    assert.strictEqual(recent[1], '_email = sguzman163@example.org');
    assert.ok(recent.includes('_fullName = John Doe, Jhn Doe'), JSON.stringify(recent));
    assert.deepStrictEqual(labels(api, await rows('demo-rules')), ['Search Profiles…'], 'another domain has its own list');

    await connectTo(api, second.endpoint);
    assert.deepStrictEqual(labels(api, await rows()), ['Search Profiles…'], 'another connection: no search, no recent searches of the first');
    await search({ domainName: 'demo-retail', query: email('johndoe@anycompany.com') });
    await connectTo(api, first.endpoint);
    const back = labels(api, await rows());
    assert.strictEqual(back[0], 'Search Profiles…', 'the first connection shows no result of the second');
    assert.strictEqual(back[1], '_email = sguzman163@example.org');
  });

  it('a recent row runs its search again; a stopped endpoint gives an error and keeps the old results', async () => {
    const recentRow = (await rows())[1];
    assert.strictEqual(api.explorer.present(recentRow).command?.id, SEARCH_PROFILES_COMMAND);
    assert.deepStrictEqual(await vscode.commands.executeCommand(SEARCH_PROFILES_COMMAND, recentRow), { shown: 2, more: false });
    const before = await found();
    await first.stop();
    assert.strictEqual(await search({ domainName: 'demo-retail', query: email('johndoe@anycompany.com') }), undefined, 'the command wrapper reported the failure');
    assert.deepStrictEqual(await found(), before, 'the previous results are still shown');
    assert.strictEqual(api.explorer.present(await profilesItem()).description, '_email = sguzman163@example.org');
    const log = await waitFor('the failure in the log', () => {
      const files = fs.readdirSync(api.logUri.fsPath, { recursive: true }).map(String).filter((f) => f.endsWith('.log'));
      const text = files.map((f) => fs.readFileSync(path.join(api.logUri.fsPath, f), 'utf8')).join('\n');
      return /customerProfiles\.searchProfiles failed/.test(text) ? text : undefined;
    });
    assert.ok(log);
  });
});
