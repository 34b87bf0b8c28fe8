// Helpers for the domain-JSON editor integration tests (not a test file itself).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CustomerProfilesApi } from '../../src/aws/client';
import { createCustomerProfilesApi } from '../../src/aws/index';
import type { ConfirmChoice, ConflictChoice, ConflictInfo, Prompts } from '../../src/host/domainJson/prompts';
import type { ConfirmationText } from '../../src/host/domainJson/saveSummary';
import { silentLogger } from '../../src/shared/logger';
import type { CustomerProfilesTestApi } from '../../src/extension';
import type { RunningSandbox, SandboxOptions } from '../../src/sandbox/index';
import { connectTo, extensionApi, startTestSandbox, waitFor } from './explorerSupport';

export const SCHEME = 'customer-profiles';

/** A direct SDK client on the sandbox: the "someone else" that changes things behind the editor's back. */
export function directClient(sandbox: RunningSandbox): Promise<CustomerProfilesApi> {
  return createCustomerProfilesApi({ sandbox: true, endpoint: sandbox.endpoint }, silentLogger);
}

/** Scripted answers for the editor's prompts, with a record of what was asked. */
export class ScriptedPrompts {
  conflictAnswers: ConflictChoice[] = [];
  confirmAnswers: ConfirmChoice[] = [];
  deletionAnswers: boolean[] = [];
  /** Answers of the IN_PROGRESS rule warning (true = Send Anyway); none scripted = the test fails if asked. */
  ruleLockAnswers: boolean[] = [];
  readonly ruleLocks: { message: string; detail: string }[] = [];
  readonly conflicts: ConflictInfo[] = [];
  readonly confirmations: { text: ConfirmationText; destructive: boolean }[] = [];
  readonly deletions: { expected: string; message: string }[] = [];
  readonly picks: string[][] = [];
  /** Messages of saves that were not applied (each must be shown exactly once). */
  readonly notApplied: { message: string; severity: string }[] = [];
  /** Index of the item `pick` chooses (the stub records every item's label). */
  pickIndex = 0;

  prompts(): Partial<Prompts> {
    return {
      conflict: async (info) => {
        this.conflicts.push(info);
        return this.conflictAnswers.shift() ?? assert.fail(`unexpected conflict prompt for ${info.subject}`);
      },
      confirmSave: async (text, destructive) => {
        this.confirmations.push({ text, destructive });
        return this.confirmAnswers.shift() ?? 'apply';
      },
      confirmDeletion: async (request) => {
        this.deletions.push({ expected: request.expected, message: request.message });
        return this.deletionAnswers.shift() ?? false;
      },
      pick: async (items) => {
        this.picks.push(items.map((i) => i.label));
        return items[this.pickIndex]?.value;
      },
      ruleMatchingLocked: async (warning) => {
        this.ruleLocks.push({ message: warning.message, detail: warning.detail });
        return this.ruleLockAnswers.shift() ?? assert.fail(`unexpected rule-lock warning: ${warning.message}`);
      },
      notApplied: (message, severity) => {
        this.notApplied.push({ message, severity });
      },
    };
  }
}

/** Replaces the whole text of a document (like a user's edit: the document becomes dirty). */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit was not applied');
}

/** Parses the document, lets `mutate` change it, and writes it back pretty-printed. */
export async function rewrite(document: vscode.TextDocument, mutate: (value: Record<string, unknown>) => void): Promise<string> {
  const value = JSON.parse(document.getText()) as Record<string, unknown>;
  mutate(value);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await setText(document, text);
  return text;
}

/** Replaces the first occurrence of `from` in the document. */
export async function replaceFirst(document: vscode.TextDocument, from: string, to: string): Promise<vscode.Range> {
  const offset = document.getText().indexOf(from);
  assert.ok(offset >= 0, `"${from}" not in ${document.getText()}`);
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + from.length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, to);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return new vscode.Range(range.start, document.positionAt(offset + to.length));
}

export function tabPaths(): string[] {
  const paths: string[] = [];
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText && input.uri.scheme === SCHEME) paths.push(input.uri.path);
      if (input instanceof vscode.TabInputTextDiff) paths.push(`diff:${input.original.scheme}:${input.modified.path}`);
    }
  }
  return paths;
}

/**
 * An explicit save, as Ctrl+S does it (workbench.action.files.save saves even a clean editor, e.g. one whose text
 * an auto-save staged): resolves when VS Code has finished the save.
 */
export async function saveExplicitly(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.save');
}

/** Throws away unsaved changes of our documents and closes every editor (test cleanup). */
export async function discardAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme !== SCHEME || !document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('all editors closed', () => vscode.window.tabGroups.all.every((g) => g.tabs.length === 0), 10_000);
}

/** Diagnostics from VS Code's JSON language service (not ours: those have source "Customer Profiles (save)"). */
export function languageServiceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => !String(d.source).startsWith('Customer Profiles'));
}

export async function openCommand(command: string, arg: unknown): Promise<vscode.TextDocument> {
  const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(command, arg);
  assert.ok(document, `${command} returned no document (see the log)`);
  return document;
}

/** What every domain-JSON suite works with; filled in by the hooks useDomainJsonSuite registers. */
export interface DomainJsonSuite {
  api: CustomerProfilesTestApi;
  sandbox: RunningSandbox;
  /** A separate SDK client on the same sandbox, to check the service's state behind the editor. */
  client: CustomerProfilesApi;
  /** Fresh scripted answers for the editor's prompts in every test. */
  scripted: ScriptedPrompts;
  /** Operations the sandbox answered, in order (from its request log), since the test started. */
  operations: string[];
}

/** Operations that change the service: none of them may run without an explicit save. */
export const WRITE_OPERATIONS = ['CreateDomain', 'UpdateDomain', 'PutProfileObjectType', 'TagResource', 'UntagResource'];

/**
 * Registers the suite's hooks (call it inside `describe`): a small demo sandbox the extension is connected to,
 * scripted prompts per test, every editor discarded after each test, and everything undone at the end.
 */
export function useDomainJsonSuite(sandboxOptions: SandboxOptions = {}): DomainJsonSuite {
  const suite = {} as DomainJsonSuite;
  before(async () => {
    suite.api = await extensionApi();
    suite.operations = [];
    // One line per request: `METHOD path status Operation ms requestId`.
    suite.sandbox = await startTestSandbox({ demo: { profiles: 40, clusters: 4 }, ...sandboxOptions, log: (line) => suite.operations.push(line.split(' ')[3] ?? line) });
    await connectTo(suite.api, suite.sandbox.endpoint);
    suite.client = await directClient(suite.sandbox);
  });
  beforeEach(() => {
    suite.operations.length = 0;
    suite.scripted = new ScriptedPrompts();
    suite.api.domainJson.setPrompts(suite.scripted.prompts());
  });
  afterEach(async () => {
    suite.api.domainJson.discardAllPending();
    await discardAll();
  });
  after(async () => {
    suite.api?.domainJson.setPrompts(undefined);
    suite.client?.dispose();
    if (suite.api) await connectTo(suite.api, undefined);
    await suite.sandbox?.stop();
  });
  return suite;
}
