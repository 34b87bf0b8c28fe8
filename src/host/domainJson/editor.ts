// Entry of the lazily loaded dist/domainJsonEditor.js bundle: the whole domain/object-type JSON editor (file
// system, save flow with ajv and the generated schemas, commands). index.ts, in the entry bundle, only forwards
// to it, so activation pays for none of this; it loads on the first command or customer-profiles: document.
import vscode = require('vscode');
import type { ConnectionManager } from '../connection/connectionManager';
import type { Logger } from '../../shared/logger';
import type { ResourceArns } from '../connection/accountIds';
import { CREATE_OBJECT_TYPE_FROM_SAMPLES_COMMAND, EDIT_PROFILE_COMMAND } from '../profiles/commandIds';
import type { DomainJsonContext } from './context';
import { SaveDiagnostics } from './diagnostics';
import { RemoteSnapshots } from './diffView';
import { DocumentStore } from './documentStore';
import { DOCUMENT_SCHEME, type DocumentRef } from './documentUris';
import { createDomain, deleteDomain, editDomain } from './domainCommands';
import { DocumentEditors, uriOf } from './editors';
import { DomainJsonFileSystem } from './fileSystemProvider';
import { createObjectType, deleteObjectType, editObjectType } from './objectTypeCommands';
import { applyPendingChanges, discardPendingChanges } from './pendingCommands';
import { AutoMergingPreview, PREVIEW_AUTO_MERGING_COMMAND } from './autoMergingPreview';
import { PendingMarkers } from './pendingMarkers';
import { editProfile } from './profileCommands';
import { vscodePrompts, type Prompts } from './prompts';
import { RuleEditing, type RuleMatchCountsSource } from './ruleEditing';
import { createObjectTypeFromSamples } from './sampleCommands';
import { SaveFlow } from './saveFlow';
import { SavePipeline } from './savePipeline';

export const CONFIRM_BEFORE_SAVE = 'customerProfiles.domainJson.confirmBeforeSave';

export interface DomainJsonEditorDeps {
  readonly connection: ConnectionManager;
  readonly log: Logger;
  /** Shared with "Copy ARN": the account id is asked once per window. */
  readonly arns: ResourceArns;
  refreshTree(): void;
  /** DeleteDomain succeeded on the current connection. */
  domainDeleted(domainName: string): void;
  /** An API error as one line (the aws bundle's describeError). */
  describeError(err: unknown): string;
  /** Per-level counts of the rule-based results the matches panel loaded (the rule hover shows them). */
  readonly ruleMatches?: RuleMatchCountsSource;
}

export const COMMANDS = {
  'customerProfiles.editDomain': editDomain,
  'customerProfiles.createDomain': createDomain,
  'customerProfiles.deleteDomain': deleteDomain,
  'customerProfiles.editObjectType': editObjectType,
  'customerProfiles.createObjectType': createObjectType,
  'customerProfiles.deleteObjectType': deleteObjectType,
  'customerProfiles.applyPendingChanges': (_ctx: DomainJsonContext, arg: unknown) => applyPendingChanges(arg),
  'customerProfiles.discardPendingChanges': (ctx: DomainJsonContext, arg: unknown) => discardPendingChanges(ctx.store, arg),
  [EDIT_PROFILE_COMMAND]: editProfile,
  [CREATE_OBJECT_TYPE_FROM_SAMPLES_COMMAND]: createObjectTypeFromSamples,
  [PREVIEW_AUTO_MERGING_COMMAND]: (ctx: DomainJsonContext, arg: unknown) => ctx.autoMergingPreview.run(arg),
} as const;
export type DomainJsonCommand = keyof typeof COMMANDS;

/** TEST-ONLY hooks (see CustomerProfilesTestApi). */
export interface DomainJsonTestHooks {
  /** Replaces some prompts (modals cannot be answered in tests); undefined restores the real ones. */
  setPrompts(prompts: Partial<Prompts> | undefined): void;
  uriOf(ref: Omit<DocumentRef, 'connection'>): vscode.Uri;
  /** Diagnostics published by the save (not the JSON language service's). */
  saveDiagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** Diagnostics of the live rule checks (source "Customer Profiles (rules)"). */
  ruleDiagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** The document's text that was written but not applied to the service (undefined: none). */
  pendingText(uri: vscode.Uri): string | undefined;
  /** Drops every pending text (test cleanup: the next test opens the service's version). */
  discardAllPending(): void;
}

export interface DomainJsonEditor extends vscode.Disposable {
  readonly fileSystem: vscode.FileSystemProvider;
  run(command: DomainJsonCommand, arg: unknown): Promise<unknown>;
  readonly testHooks: DomainJsonTestHooks;
}

export function createDomainJsonEditor(deps: DomainJsonEditorDeps): DomainJsonEditor {
  const { connection } = deps;
  let prompts: Prompts = vscodePrompts;
  const currentPrompts = (): Prompts => prompts;
  const segment = (): string => connection.segment();
  const store = new DocumentStore();
  const diagnostics = new SaveDiagnostics();
  const remoteDiff = new RemoteSnapshots();
  const pipeline = new SavePipeline();
  const saveFlow = new SaveFlow({
    api: () => connection.api(),
    store,
    prompts: currentPrompts,
    diagnostics,
    remoteDiff,
    confirmBeforeSave: () => vscode.workspace.getConfiguration().get<boolean>(CONFIRM_BEFORE_SAVE, true),
    resourceArn: (ref) => deps.arns.arnOf(ref, (label) => currentPrompts().accountId(label)),
    describeError: deps.describeError,
    afterSave: (uri, ref) => {
      deps.refreshTree();
      // Once VS Code has finished saving the draft (its tab is clean): show the created resource's own document.
      if (ref.kind === 'newDomain' || ref.kind === 'newObjectType') {
        pipeline.afterSave(uri, () => void editors.replaceDraft(uri, ref).catch((e: unknown) => deps.log.error(`Could not open the created resource: ${String(e)}`)));
      }
    },
    pipeline,
    showNotApplied: (message, severity) => currentPrompts().notApplied(message, severity),
    log: deps.log,
  });
  const fileSystem = new DomainJsonFileSystem({ store, saveFlow, pipeline, currentConnection: segment, api: () => connection.api(), describeError: deps.describeError });
  // Declared after the save flow that refers to it: that callback runs only after a save, long after this line.
  const editors = new DocumentEditors(fileSystem, store);
  const autoMergingPreview = new AutoMergingPreview({ api: () => connection.api(), connectionSegment: segment, describeError: deps.describeError });
  const ctx: DomainJsonContext = { api: () => connection.api(), prompts: currentPrompts, editors, store, connectionSegment: segment, refreshTree: deps.refreshTree, domainDeleted: deps.domainDeleted, autoMergingPreview };
  const ruleEditing = new RuleEditing({ connectionSegment: segment, connectionKey: () => connection.key(), ruleMatches: deps.ruleMatches });
  const disposables: vscode.Disposable[] = [
    ruleEditing,
    autoMergingPreview,
    store,
    diagnostics,
    remoteDiff,
    pipeline,
    new PendingMarkers(store),
    // A closed draft is forgotten unless its text is pending (auto-saved, not created yet): "Create…" with the same
    // name brings that text back.
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === DOCUMENT_SCHEME && /\/new-(domains|object-types)\//.test(d.uri.path) && !store.hasPending(d.uri)) store.delete(d.uri, false);
    }),
  ];

  return {
    fileSystem,
    run: (command, arg) => COMMANDS[command](ctx, arg),
    testHooks: {
      setPrompts: (partial) => {
        prompts = partial ? { ...vscodePrompts, ...partial } : vscodePrompts;
      },
      uriOf: (ref) => uriOf({ ...ref, connection: segment() } as DocumentRef),
      saveDiagnostics: (uri) => diagnostics.get(uri),
      ruleDiagnostics: (uri) => ruleEditing.get(uri),
      pendingText: (uri) => {
        const pending = store.get(uri)?.pending;
        return pending && new TextDecoder().decode(pending);
      },
      discardAllPending: () => {
        for (const uri of store.uris()) store.unstage(uri, true);
      },
    },
    dispose: () => {
      for (const d of disposables) d.dispose();
    },
  };
}
